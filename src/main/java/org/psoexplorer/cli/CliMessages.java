package org.psoexplorer.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.psoexplorer.graph.MessagePathWords;

/**
 * The window's translated messages read by the command line, so that {@code path --lang fr} says
 * its sentences in French as the relation explorer does. A language without a bundle gets English.
 */
final class CliMessages implements MessagePathWords.Messages {

    private static final String BUNDLE = "org.psoexplorer.ui.messages";

    private final ResourceBundle bundle;

    CliMessages(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
        // No fallback to the machine's language: English asked on a French machine stays English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
