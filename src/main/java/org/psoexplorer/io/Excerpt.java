package org.psoexplorer.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts from the file as messages quote them: a hostile or broken file can hold a
 * 1,000,000-character id or a hierarchy cycle of 100,000 steps, which printed whole would bury the
 * message on one endless line. Long ones are cut and say how long they were. Each is a
 * {@link Message} argument: the text itself, or the cut text with its length in the reader's words.
 */
final class Excerpt {

    /** Characters of a text kept in a message. */
    static final int MAX_CHARS = 80;
    /** Steps of a chain (a cycle) kept in a message, counting the first and the last. */
    static final int MAX_STEPS = 12;

    private Excerpt() {
    }

    /** The text, or its first characters followed by "… (1,000,000 characters)". */
    static Object of(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return Message.of("excerpt.cut", text.substring(0, end), (long) text.length());
    }

    /** Steps joined by {@code separator}; a long chain keeps its start and its end around "… (N steps) …". */
    static Object chain(List<String> steps, String separator) {
        if (steps.size() <= MAX_STEPS) {
            return new Message.Joined(separator, excerpts(steps));
        }
        int head = MAX_STEPS - 2;
        return Message.of("excerpt.chainCut", new Message.Joined(separator, excerpts(steps.subList(0, head))), separator,
                (long) (steps.size() - 1), of(steps.get(steps.size() - 1)));
    }

    private static List<Object> excerpts(List<String> steps) {
        List<Object> out = new ArrayList<>(steps.size());
        for (String s : steps) {
            out.add(of(s));
        }
        return out;
    }
}
