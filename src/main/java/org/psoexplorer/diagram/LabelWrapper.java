package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a limit, only at spaces (and after hyphens), never inside
 * a word: a word wider than the limit gets a line of its own and widens the box instead.
 */
public final class LabelWrapper {

    private final TextMeasurer measurer;

    public LabelWrapper(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public List<String> wrap(String text, double maxWidth, double fontSize, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Word word : words(text)) {
            String candidate = line.length() == 0 ? word.text() : line + (word.glued() ? "" : " ") + word.text();
            if (line.length() > 0 && measurer.width(candidate.strip(), fontSize, bold) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(word.text());
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** A piece of a label; {@code glued} when it follows a hyphen inside the same word, so no space goes before it. */
    private record Word(String text, boolean glued) {
    }

    /** Splits at whitespace and keeps a hyphen at the end of the part before it ("peace-" "keeping"). */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            int start = 0;
            for (int i = 1; i < token.length() - 1; i++) {
                if (token.charAt(i) == '-' && Character.isLetter(token.charAt(i - 1))
                        && Character.isLetter(token.charAt(i + 1))) {
                    words.add(new Word(token.substring(start, i + 1), start > 0));
                    start = i + 1;
                }
            }
            if (start < token.length()) {
                words.add(new Word(token.substring(start), start > 0));
            }
        }
        return words;
    }
}
