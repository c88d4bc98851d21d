package org.psoexplorer.edit;

/** Where an entry of a top-level list lies in a file's text, in 1-based lines (first, last). */
final class EntryLines {

    private EntryLines() {
    }

    static int[] of(String text, String section, int index) {
        Span root = SpanParser.parse(text);
        Span.Obj obj = (Span.Obj) root;
        Span.Arr list = (Span.Arr) obj.members().stream().filter(m -> m.key().equals(section)).findFirst()
                .orElseThrow().value();
        Span entry = list.items().get(index);
        return new int[] {line(text, entry.start()), line(text, entry.end())};
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
