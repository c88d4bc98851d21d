package org.psoexplorer.export.html;

/**
 * Escaping for the two places taxonomy text enters the page: HTML text and attributes, and the
 * JSON inside a script element, where {@code </script>} or {@code <!--} would end or change the
 * element and U+2028/U+2029 used to end a JavaScript string.
 */
final class HtmlEscapes {

    private HtmlEscapes() {
    }

    /** Text safe in HTML content and in double- or single-quoted attributes. */
    static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * JSON text safe inside {@code <script type="application/json">}: the characters that could
     * close the element or open a comment there are written as JSON escapes, which parse back to
     * the same string. They can only occur inside JSON strings, so replacing them everywhere is safe.
     */
    static String scriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
