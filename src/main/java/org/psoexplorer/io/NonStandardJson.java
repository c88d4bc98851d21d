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

    private NonStandardJson() {
    }

    /** Our message for Jackson's {@code original} message. */
    static Message explain(String original) {
        String m = original == null ? "" : original;
        Matcher token = NON_STANDARD.matcher(m);
        if (token.find()) {
            return Message.of("json.notANumber", Excerpt.of(token.group(1)));
        }
        Matcher control = CONTROL.matcher(m);
        if (m.startsWith("Illegal character") && control.find()) {
            return Message.of("json.controlCharacter", control.group(1));
        }
        if (m.contains("Leading zeroes not allowed")) {
            return Message.of("json.leadingZero");
        }
        Message worded = SyntaxMessages.explain(m);
        // Jackson's own words, or a sentence quoting its backquoted names, are never shown.
        return worded.key().equals(SyntaxMessages.NOT_JSON) || worded.format().contains("`")
                ? Message.of("json.notValidHere") : worded;
    }

    /** What to do about it. */
    static Message hint(String original) {
        String m = original == null ? "" : original;
        if (NON_STANDARD.matcher(m).find()) {
            return Message.of("json.hint.number");
        }
        if (m.startsWith("Illegal character")) {
            return Message.of("json.hint.controlCharacter");
        }
        if (m.contains("Leading zeroes not allowed")) {
            return Message.of("json.hint.leadingZero");
        }
        return SyntaxMessages.hint(m);
    }
}
