package org.psoexplorer.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user interface's words, from resource bundles (English, French), in the chosen locale. */
public final class I18n {

    static final String BUNDLE = "org.psoexplorer.ui.messages";
    private static ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private I18n() {
    }

    public static void setLocale(Locale locale) {
        ResourceBundle chosen = ResourceBundle.getBundle(BUNDLE, locale);
        // Without a bundle for the language, getBundle falls back to the machine's language before the
        // base bundle: English chosen on a French machine would come out French.
        if (!chosen.getLocale().getLanguage().equals(locale.getLanguage())) {
            chosen = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
        bundle = chosen;
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so every message escapes apostrophes the same way (doubled).
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
