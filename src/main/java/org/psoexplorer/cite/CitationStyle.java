package org.psoexplorer.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The citation styles a course may ask for, each an official Citation Style Language style shipped
 * in the {@code org.citationstyles:styles} artifact.
 */
public enum CitationStyle {
    CHICAGO("chicago", "chicago-author-date", "Chicago author-date", null),
    APA("apa", "apa", "APA", null),
    HARVARD("harvard", "harvard-cite-them-right", "Harvard (Cite Them Right)", null),
    MLA("mla", "modern-language-association", "MLA", null),
    ISO690_FR("iso690-fr", "iso690-author-date-fr", "ISO 690 auteur-date (français)", "fr");

    /** The style used when none is chosen. */
    public static final CitationStyle DEFAULT = CHICAGO;

    private final String id;
    private final String cslName;
    private final String displayName;
    private final String language;

    CitationStyle(String id, String cslName, String displayName, String language) {
        this.id = id;
        this.cslName = cslName;
        this.displayName = displayName;
        this.language = language;
    }

    /** The id on the command line and in preferences: {@code chicago}, {@code apa}... */
    public String id() {
        return id;
    }

    /** The CSL style's file name without {@code .csl}. */
    public String cslName() {
        return cslName;
    }

    /** The style's usual name, the same in every language. */
    public String displayName() {
        return displayName;
    }

    /** The language the style is written for, or empty when it follows the reader's. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The style with this id or CSL name, ignoring case. */
    public static Optional<CitationStyle> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted) || s.cslName.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CitationStyle::id).toList();
    }
}
