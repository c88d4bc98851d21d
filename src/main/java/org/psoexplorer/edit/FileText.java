package org.psoexplorer.edit;

import org.psoexplorer.model.Taxonomy;

/**
 * The text of a taxonomy file as its author wrote it, with the taxonomy read from it, able to write
 * another taxonomy by rewriting only the entries that differ.
 */
final class FileText {

    private final String text;
    private final Taxonomy taxonomy;

    private FileText(String text, Taxonomy taxonomy) {
        this.text = text;
        this.taxonomy = taxonomy;
    }

    static FileText parse(String text, Taxonomy taxonomy) {
        return new FileText(text, taxonomy);
    }

    /** The file's text saying {@code target}: the original text wherever target agrees with it. */
    String render(Taxonomy target) {
        if (TaxonomyContent.equal(target, taxonomy)) {
            return text;
        }
        throw new UnsupportedOperationException("not yet");
    }
}
