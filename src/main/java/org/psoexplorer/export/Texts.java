package org.psoexplorer.export;

/**
 * Makes any text safe to put in an export: characters that XML 1.0 forbids even as references
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, and line breaks and tabs
 * become spaces, since labels are single lines until the diagram wraps them. Escaping for each
 * format is the writer's job; this only removes what no escaping can carry.
 */
final class Texts {

    static final char REPLACEMENT = '\uFFFD';

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(i + 1));
                i++;
            } else if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (bad(c) || Character.isSurrogate(c)) {
                sb.append(REPLACEMENT);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (bad(c) || c == '\n' || c == '\r' || c == '\t') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** C0 controls, DEL and the C1 controls, and the two non-characters XML rejects. */
    private static boolean bad(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
