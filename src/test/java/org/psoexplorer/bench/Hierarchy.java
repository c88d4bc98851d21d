package org.psoexplorer.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A noun hierarchy in the shape of WordNet's (concepts with a label, gloss, example and one of six
 * broad kinds; "is a kind of" and "is an instance of" links, some concepts with several parents),
 * written as a PSO taxonomy for the scale benchmarks.
 */
final class Hierarchy {

    /** id, label, shape: six broad classes of WordNet's 26 lexicographer files. */
    static final String[][] KINDS = {{"top", "Unique beginner", "hexagon"}, {"living", "Living thing or body", "ellipse"},
        {"thing", "Artifact, object or substance", "rectangle"}, {"idea", "Abstraction", "rounded"},
        {"happening", "Act, event or process", "diamond"}, {"group", "Group or place", "note"}};
    static final int KIND_OF = 0;
    static final int INSTANCE_OF = 1;

    record Node(String id, String label, int kind, String gloss, String example) {
    }

    private final List<Node> nodes = new ArrayList<>();
    /** from (the specific concept), type, to (the general one). */
    private final List<int[]> links = new ArrayList<>();

    int add(Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    void link(int specific, int type, int general) {
        links.add(new int[] {specific, type, general});
    }

    int size() {
        return nodes.size();
    }

    String label(int index) {
        return nodes.get(index).label();
    }

    int links() {
        return links.size();
    }

    void write(Path out, String title, String sourceTitle) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (JsonGenerator g = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "pso-taxonomy/1");
            g.writeStringField("title", title);
            g.writeStringField("defaultLanguage", "en");
            g.writeArrayFieldStart("sources");
            g.writeStartObject();
            g.writeStringField("id", "wordnet");
            g.writeStringField("type", "book");
            g.writeStringField("title", sourceTitle);
            g.writeStringField("author", "Princeton University");
            g.writeNumberField("year", 2006);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("kinds");
            for (String[] k : KINDS) {
                g.writeStartObject();
                g.writeStringField("id", k[0]);
                g.writeStringField("label", k[1]);
                g.writeStringField("shape", k[2]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relationTypes");
            writeType(g, "kind-of", "is a kind of");
            writeType(g, "instance-of", "is an instance of");
            g.writeEndArray();
            g.writeArrayFieldStart("concepts");
            for (Node n : nodes) {
                g.writeStartObject();
                g.writeStringField("id", n.id());
                g.writeStringField("kind", KINDS[n.kind()][0]);
                g.writeStringField("label", n.label());
                g.writeStringField("definition", n.gloss());
                g.writeArrayFieldStart("quotes");
                g.writeStartObject();
                g.writeStringField("text", n.example());
                g.writeStringField("source", "wordnet");
                g.writeStringField("locator", "synset " + n.id());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (int[] l : links) {
                g.writeStartObject();
                g.writeStringField("from", nodes.get(l[0]).id());
                g.writeStringField("type", l[1] == KIND_OF ? "kind-of" : "instance-of");
                g.writeStringField("to", nodes.get(l[2]).id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeType(JsonGenerator g, String id, String label) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("label", label);
        g.writeBooleanField("directed", true);
        g.writeBooleanField("hierarchical", true);
        g.writeEndObject();
    }
}
