package org.psoexplorer.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our words for what Jackson reports with the names of its own switches ("enable
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}"), which mean nothing to a lecturer: numbers and
 * characters that other programs write but JSON does not allow. Anything Jackson says that no rule
 * here or in {@link SyntaxMessages} words becomes a plain "not valid JSON here", never Jackson's text.
 */
final class NonStandardJson {

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final String GENERIC = "The file is not valid JSON here";
    private static final String RAW_PREFIX = "The file is not valid JSON: ";

    private NonStandardJson() {
    }

    /** Our message for Jackson's {@code original} message. */
    static String explain(String original) {
        String m = original == null ? "" : original;
        Matcher token = NON_STANDARD.matcher(m);
        if (token.find()) {
            return "\"" + Excerpt.of(token.group(1)) + "\" is not a number JSON allows";
        }
        Matcher control = CONTROL.matcher(m);
        if (m.startsWith("Illegal character") && control.find()) {
            return "An invisible control character (code " + control.group(1) + ") stands between the values";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "A number starts with 0 (such as 01), which JSON does not allow";
        }
        String worded = SyntaxMessages.explain(m);
        return worded.startsWith(RAW_PREFIX) || worded.contains("`") ? GENERIC : worded;
    }

    /** What to do about it. */
    static String hint(String original) {
        String m = original == null ? "" : original;
        if (NON_STANDARD.matcher(m).find()) {
            return "Write a number such as 0 or 1.5; NaN and Infinity have no place in a taxonomy";
        }
        if (m.startsWith("Illegal character")) {
            return "Delete it; a plain-text editor that shows invisible characters helps to find it";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "Remove the leading zeros";
        }
        return SyntaxMessages.hint(m);
    }
}
