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
        for (String word : words(text)) {
            String candidate = line.length() == 0 ? word : joined(line, word);
            if (line.length() > 0 && measurer.width(candidate.strip(), fontSize, bold) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(word);
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

    private static String joined(StringBuilder line, String word) {
        boolean afterHyphen = line.charAt(line.length() - 1) == '-';
        return line + (afterHyphen ? "" : " ") + word;
    }

    /** Splits at whitespace and keeps a hyphen at the end of the part before it ("peace-" "keeping"). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            int start = 0;
            for (int i = 1; i < token.length() - 1; i++) {
                if (token.charAt(i) == '-' && Character.isLetter(token.charAt(i - 1))
                        && Character.isLetter(token.charAt(i + 1))) {
                    words.add(token.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < token.length()) {
                words.add(token.substring(start));
            }
        }
        return words;
    }
}
