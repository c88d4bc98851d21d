package org.psoexplorer.edit;

import java.util.HashMap;
import java.util.Map;

/**
 * How the author laid the file out, so that what the writer adds looks like what is there: the
 * line ending, the indentation step, the space around colons, and which kinds of list or object
 * are written on one line (learned per place in the document, such as {@code concepts[].label}).
 */
final class TextStyle {

    final String newline;
    final String unit;
    final String colon;
    final String defaultLanguage;
    private final Map<String, Boolean> inline = new HashMap<>();

    private TextStyle(String newline, String unit, String colon, String defaultLanguage) {
        this.newline = newline;
        this.unit = unit;
        this.colon = colon;
        this.defaultLanguage = defaultLanguage;
    }

    static TextStyle of(String text, Span root, String defaultLanguage) {
        int nl = text.indexOf('\n');
        String newline = nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
        String unit = "  ";
        String colon = ": ";
        if (root instanceof Span.Obj o && !o.members().isEmpty()) {
            Span.Member first = o.members().get(0);
            String lead = text.substring(o.start() + 1, first.keyStart());
            String indent = lastLine(lead);
            if (lead.contains("\n") && !indent.isEmpty()) {
                unit = indent;
            }
            colon = text.substring(first.keyEnd(), first.value().start());
        }
        TextStyle style = new TextStyle(newline, unit, colon, defaultLanguage);
        style.learn(text, root, "");
        return style;
    }

    /** Whether the author writes non-empty containers at this place on one line; {@code null} if never seen. */
    Boolean inline(String place) {
        return inline.get(place);
    }

    private void learn(String text, Span span, String place) {
        if (span instanceof Span.Obj o) {
            if (!o.members().isEmpty()) {
                inline.putIfAbsent(place, text.indexOf('\n', o.start()) < 0 || text.indexOf('\n', o.start()) > o.end());
            }
            for (Span.Member m : o.members()) {
                learn(text, m.value(), child(place, m.key()));
            }
        } else if (span instanceof Span.Arr a) {
            if (!a.items().isEmpty()) {
                inline.putIfAbsent(place, text.indexOf('\n', a.start()) < 0 || text.indexOf('\n', a.start()) > a.end());
            }
            for (Span item : a.items()) {
                learn(text, item, place + "[]");
            }
        }
    }

    static String child(String place, String key) {
        return place.isEmpty() ? key : place + "." + key;
    }

    /** The text after the last line break (all of it when there is none). */
    static String lastLine(String s) {
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1);
    }

    /** The leading blanks of the line {@code offset} lies on. */
    static String indentAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }
}
