package org.psoexplorer.io;

import java.util.List;
import java.util.Locale;

/**
 * Texts from the file as messages quote them: a hostile or broken file can hold a
 * 1,000,000-character id or a hierarchy cycle of 100,000 steps, which printed whole would bury the
 * message on one endless line. Long ones are cut and say how long they were.
 */
public final class Excerpt {

    /** Characters of a text kept in a message. */
    static final int MAX_CHARS = 80;
    /** Steps of a chain (a cycle) kept in a message, counting the first and the last. */
    static final int MAX_STEPS = 12;

    private Excerpt() {
    }

    /** The text, or its first characters followed by "… (1,000,000 characters)". */
    public static String of(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + String.format(Locale.ENGLISH, "%,d", text.length()) + " characters)";
    }

    /** Steps joined by {@code separator}; a long chain keeps its start and its end around "… (N steps) …". */
    public static String chain(List<String> steps, String separator) {
        if (steps.size() <= MAX_STEPS) {
            return String.join(separator, steps.stream().map(Excerpt::of).toList());
        }
        int head = MAX_STEPS - 2;
        List<String> start = steps.subList(0, head).stream().map(Excerpt::of).toList();
        return String.join(separator, start) + separator + "… (" + String.format(Locale.ENGLISH, "%,d", steps.size() - 1)
                + " steps) …" + separator + of(steps.get(steps.size() - 1));
    }
}
