package org.psoexplorer.ui.relate;

import org.psoexplorer.graph.MessagePathWords;
import org.psoexplorer.ui.I18n;

/** The relation explorer's sentences in the interface's language, from the resource bundles. */
public final class BundlePathWords extends MessagePathWords {

    public BundlePathWords() {
        super(I18n::get);
    }
}
