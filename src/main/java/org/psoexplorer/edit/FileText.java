package org.psoexplorer.edit;

import com.fasterxml.jackson.databind.JsonNode;
import org.psoexplorer.model.Taxonomy;

/**
 * The text of a taxonomy file as its author wrote it, with the taxonomy read from it, able to write
 * another taxonomy by rewriting only the entries that differ: key order, indentation, line endings,
 * {@code $schema} and {@code x-} fields of the rest stay as they were, so {@code git diff} shows the
 * edit and nothing else.
 */
final class FileText {

    private final String text;
    private final Span root;
    private final JsonNode before;
    private final Splicer splicer;

    private FileText(String text, Span root, JsonNode before, Splicer splicer) {
        this.text = text;
        this.root = root;
        this.before = before;
        this.splicer = splicer;
    }

    /** @param taxonomy what the loader read from {@code text} */
    static FileText parse(String text, Taxonomy taxonomy) {
        Span root = SpanParser.parse(text);
        TextStyle style = TextStyle.of(text, root, taxonomy.defaultLanguage());
        return new FileText(text, root, Canon.taxonomy(taxonomy), new Splicer(text, style));
    }

    /** The file's text saying {@code target}: the original text wherever target agrees with it. */
    String render(Taxonomy target) {
        JsonNode after = Canon.taxonomy(target);
        if (after.equals(before)) {
            return text;
        }
        return text.substring(0, root.start()) + splicer.write(root, before, after, "") + text.substring(root.end());
    }
}
