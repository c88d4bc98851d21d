package org.psoexplorer.cli;

/**
 * Makes text from a file harmless on a terminal. Ids, labels and file names are printed as they
 * are written in the file, so an ESC, BEL, CR or LF in them could clear the screen, retitle the
 * window or forge a line such as {@code file.json:1:1: OK}; a bidi override could reverse what
 * follows. Each such character is shown as a visible escape ({@code \u001B}) instead.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u2028' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
