package org.psoexplorer.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parser messages into sentences a lecturer editing JSON by hand can act on. */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    /** The key of "The file is not valid JSON: " and Jackson's own words, which no rule here words. */
    static final String NOT_JSON = "syntax.notJson";

    private SyntaxMessages() {
    }

    static Message explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("closing quote")) {
                return Message.of("syntax.endsInText");
            }
            return Message.of("syntax.endsEarly");
        }
        if (m.contains("Illegal unquoted character")) {
            return Message.of("syntax.rawLineBreak");
        }
        if (m.contains("Unrecognized character escape")) {
            return Message.of("syntax.badEscape");
        }
        if (m.startsWith("Unexpected close marker")) {
            return Message.of("syntax.closeMismatch");
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(m);
        if (token.find()) {
            return Message.of("syntax.unquotedWord", token.group(1));
        }
        Matcher ch = UNEXPECTED_CHAR.matcher(m);
        if (ch.find()) {
            String c = ch.group(1);
            if (m.contains("double-quote to start field name") && c.equals("}")) {
                return Message.of("syntax.commaBeforeBrace");
            }
            if (m.contains("comma to separate Object entries") || m.contains("comma to separate Array entries")) {
                return Message.of("syntax.missingComma", named(c));
            }
            if (m.contains("colon to separate field name and value")) {
                return Message.of("syntax.missingColon", named(c));
            }
            if (c.equals("/") || c.equals("#")) {
                return Message.of("syntax.comments");
            }
            if (c.equals("'")) {
                return Message.of("syntax.singleQuotes");
            }
            if (c.equals("]")) {
                return Message.of("syntax.commaBeforeBracket");
            }
            return Message.of("syntax.unexpectedCharacter", named(c));
        }
        return Message.of(NOT_JSON, m.lines().findFirst().orElse(m));
    }

    /**
     * The character Jackson stopped at, in words: quoting a quote as '"' reads like an empty text,
     * and the end of input or an invisible character has no glyph to show.
     */
    static Message named(String c) {
        if (c.isEmpty() || c.startsWith("(") || c.equals("\uFFFF")) {
            return Message.of("character.endOfFile");
        }
        return switch (c.codePointAt(0)) {
            case '"' -> Message.of("character.doubleQuote");
            case '{' -> Message.of("character.openingBrace");
            case '}' -> Message.of("character.closingBrace");
            case '[' -> Message.of("character.openingBracket");
            case ']' -> Message.of("character.closingBracket");
            case ',' -> Message.of("character.comma");
            case ':' -> Message.of("character.colon");
            case ' ', '\t' -> Message.of("character.space");
            case '\n', '\r' -> Message.of("character.endOfLine");
            default -> invisible(c.codePointAt(0))
                    ? Message.of("character.invisible", String.format(Locale.ROOT, "%04X", c.codePointAt(0)))
                    : Message.of("character.quoted", c);
        };
    }

    private static boolean invisible(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT;
    }

    static Message hint(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Unexpected end-of-input")) {
            return Message.of("syntax.hint.brackets");
        }
        if (m.contains("Illegal unquoted character")) {
            return Message.of("syntax.hint.lineBreak");
        }
        if (m.contains("Unrecognized character escape")) {
            return Message.of("syntax.hint.backslash");
        }
        if (m.contains("comma to separate")) {
            return Message.of("syntax.hint.commas");
        }
        return Message.of("syntax.hint.editor");
    }
}
