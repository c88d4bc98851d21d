package org.psoexplorer.edit;

/** A pasted reference that cannot be read; the message says why in words for the user. */
public final class SourceParseException extends Exception {

    private static final long serialVersionUID = 1L;

    SourceParseException(String message) {
        super(message);
    }
}
