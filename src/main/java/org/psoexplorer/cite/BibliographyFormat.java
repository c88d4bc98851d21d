package org.psoexplorer.cite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The files a bibliography can be written to: formatted text, or records for a reference manager. */
public enum BibliographyFormat {
    TEXT("text", List.of("txt", "text")),
    BIBTEX("bibtex", List.of("bib", "bibtex")),
    RIS("ris", List.of("ris")),
    CSL_JSON("csl-json", List.of("json"));

    private final String id;
    private final List<String> extensions;

    BibliographyFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    public String id() {
        return id;
    }

    public static Optional<BibliographyFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }

    /** The format a file's extension names; {@code .json} is CSL-JSON. */
    public static Optional<BibliographyFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(BibliographyFormat::id).toList());
    }
}
