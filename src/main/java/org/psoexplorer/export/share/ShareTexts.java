package org.psoexplorer.export.share;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The fixed words of the documents handed to students (the interactive page, the handout), in
 * English or French: they follow the document's language, not the language of the window.
 */
public final class ShareTexts {

    private static final String BUNDLE = "org.psoexplorer.export.share.texts";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ShareTexts(String language) {
        this.locale = isFrench(language) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static boolean isFrench(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr");
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Every text whose key starts with {@code prefix}, for the page's script. */
    public Map<String, String> all(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith(prefix)).sorted()
                .forEach(k -> out.put(k, bundle.getString(k)));
        return out;
    }
}
