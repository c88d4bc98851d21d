package org.psoexplorer.cite;

import java.util.List;
import org.psoexplorer.model.Source;

/** Writes sources as a bibliography file in one {@link BibliographyFormat}. */
public final class BibliographyWriter {

    private BibliographyWriter() {
    }

    /**
     * The file's content. {@code style} and {@code language} shape the text format only: the
     * reference-manager formats carry data, which the manager formats itself.
     */
    public static String write(List<Source> sources, BibliographyFormat format, CitationStyle style, String language) {
        return switch (format) {
            case TEXT -> String.join("\n\n", new Citations(style, language).bibliography(sources).values()) + "\n";
            case BIBTEX -> BibTeXWriter.write(sources);
            case RIS -> RisWriter.write(sources);
            case CSL_JSON -> CslJsonWriter.write(sources);
        };
    }
}
