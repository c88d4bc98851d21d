package org.psoexplorer.edit;

import org.psoexplorer.io.LoadResult;

/** The file cannot be opened for editing: it does not load (its problems say why) or cannot be read. */
public final class CannotEditException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LoadResult result;

    CannotEditException(LoadResult result) {
        super(result.errors().isEmpty() ? result.file() + ": cannot be edited" : result.errors().get(0).format());
        this.result = result;
    }

    /** The loader's answer, with every problem located. */
    public LoadResult result() {
        return result;
    }
}
