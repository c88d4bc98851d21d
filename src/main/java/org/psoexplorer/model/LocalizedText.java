package org.psoexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A text in one or more languages, keyed by BCP 47 tag. Lookups fall back from the exact tag to
 * its primary language, then to the taxonomy's default language, then to any text at all, so a
 * partly translated taxonomy still shows something everywhere.
 */
public record LocalizedText(Map<String, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The text in exactly this language tag (or its primary language), if present. */
    public Optional<String> exactly(String language) {
        String direct = values.get(language);
        if (direct != null) {
            return Optional.of(direct);
        }
        String primary = primary(language);
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (primary(e.getKey()).equals(primary)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The best text for {@code language}, falling back to {@code defaultLanguage}, then any. */
    public String in(String language, String defaultLanguage) {
        return exactly(language)
                .or(() -> exactly(defaultLanguage))
                .or(() -> values.values().stream().findFirst())
                .orElse("");
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
