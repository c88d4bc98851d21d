package org.psoexplorer.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parser messages into sentences a lecturer editing JSON by hand can act on. */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");

    private SyntaxMessages() {
    }

    static String explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("closing quote")) {
                return "The file ends inside a text: a closing \" is missing";
            }
            return "The file ends too early: a closing } or ] is missing (is the file truncated?)";
        }
        if (m.contains("Illegal unquoted character")) {
            return "A text contains a raw line break or control character";
        }
        if (m.contains("Unrecognized character escape")) {
            return "A text contains an invalid backslash escape";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "A closing bracket does not match the one that was opened";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(m);
        if (token.find()) {
            return "Unexpected word '" + token.group(1) + "': texts must be in double quotes";
        }
        Matcher ch = UNEXPECTED_CHAR.matcher(m);
        if (ch.find()) {
            String c = ch.group(1);
            if (m.contains("double-quote to start field name") && c.equals("}")) {
                return "A comma before } is not allowed in JSON";
            }
            if (m.contains("comma to separate Object entries") || m.contains("comma to separate Array entries")) {
                return "A comma is missing before " + named(c);
            }
            if (m.contains("colon to separate field name and value")) {
                return "A colon (:) is missing after the key, before " + named(c);
            }
            if (c.equals("/") || c.equals("#")) {
                return "Comments are not allowed in JSON";
            }
            if (c.equals("'")) {
                return "Texts must be in double quotes (\"), not single quotes";
            }
            if (c.equals("]")) {
                return "A comma before ] is not allowed in JSON";
            }
            return "Unexpected character: " + named(c);
        }
        return "The file is not valid JSON: " + m.lines().findFirst().orElse(m);
    }

    /**
     * The character Jackson stopped at, in words: quoting a quote as '"' reads like an empty text,
     * and the end of input or an invisible character has no glyph to show.
     */
    static String named(String c) {
        if (c.isEmpty() || c.startsWith("(") || c.equals("\uFFFF")) {
            return "the end of the file";
        }
        return switch (c.codePointAt(0)) {
            case '"' -> "the double quote (\") that opens the next text";
            case '{' -> "the opening brace {";
            case '}' -> "the closing brace }";
            case '[' -> "the opening bracket [";
            case ']' -> "the closing bracket ]";
            case ',' -> "the comma";
            case ':' -> "the colon";
            case ' ', '\t' -> "a space";
            case '\n', '\r' -> "the end of the line";
            default -> invisible(c.codePointAt(0))
                    ? String.format("an invisible character (U+%04X)", c.codePointAt(0))
                    : "\u201C" + c + "\u201D";
        };
    }

    private static boolean invisible(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT;
    }

    static String hint(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Unexpected end-of-input")) {
            return "Check that every { has its } and every [ its ]";
        }
        if (m.contains("Illegal unquoted character")) {
            return "Write a line break inside a text as \\n";
        }
        if (m.contains("Unrecognized character escape")) {
            return "Write a backslash as \\\\";
        }
        if (m.contains("comma to separate")) {
            return "Separate the entries of an object or list with commas";
        }
        return "A JSON-aware editor (e.g. VS Code) shows such mistakes as you type";
    }
}
