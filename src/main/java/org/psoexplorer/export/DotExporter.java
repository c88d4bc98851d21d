package org.psoexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.RelationType;

/**
 * Graphviz DOT through JGraphT's exporter, styled like the diagram (shapes, fills, line colours,
 * dashed contested relations) so {@code dot -Tsvg} gives a recognisable picture. Parents are
 * drawn above their children ({@code rankdir=BT}, as hierarchical relations point from the
 * specific concept to the general one). Besides Graphviz's own attributes each node carries
 * {@code kind} and each edge {@code type} and {@code relation} (its label). Labels are wrapped
 * as in the diagram, one line of the DOT string per line of the label.
 *
 * <p>JGraphT escapes double quotes in attribute values but not backslashes, with which a label
 * ending in "\" would swallow the closing quote; this writer doubles backslashes first, so every
 * text stays inside its quotes and Graphviz's escapes ({@code \N}, {@code \n}) stay literal.
 */
public final class DotExporter implements Exporter {

    /** Characters kept of any text. */
    static final int MAX_TEXT = 1_000;
    /** Characters kept of a concept id before its digest. */
    static final int MAX_ID = 200;
    /** Lines kept of a wrapped label. */
    static final int MAX_LINES = 12;

    @Override
    public ExportFormat format() {
        return ExportFormat.DOT;
    }

    @Override
    public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
        SceneGraph data = new SceneGraph(scene);
        DOTExporter<String, RelationEdge> exporter = new DOTExporter<>(DotExporter::id);
        exporter.setGraphIdProvider(() -> "taxonomy");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("BT"));
            return a;
        });
        String font = SceneGraph.text(scene.diagram().style().fontFamily());
        exporter.setVertexAttributeProvider(id -> vertex(data, id, font));
        exporter.setEdgeAttributeProvider(e -> edge(data, e));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(data.graph(), w);
        } catch (ExportException e) {
            throw new IOException("Cannot write DOT: " + e.getMessage(), e);
        }
        w.flush();
    }

    /** A quoted DOT id: any concept id is valid this way; a very long one is cut and made unique by a digest. */
    static String id(String conceptId) {
        return "\"" + escape(shortId(conceptId)).replace("\"", "\\\"") + "\"";
    }

    /** Makes a text safe inside a DOT quoted string, before JGraphT escapes its double quotes. */
    static String escape(String s) {
        return cap(SceneGraph.text(s)).replace("\\", "\\\\");
    }

    /**
     * The label wrapped as in the diagram, at most {@link #MAX_LINES} lines. Lines are joined by a
     * real line break, which Graphviz centres like its {@code \n} escape; other DOT readers
     * (JGraphT's) reject that escape.
     */
    static String lines(List<String> lines) {
        StringBuilder label = new StringBuilder();
        int budget = MAX_TEXT;
        for (int i = 0; i < lines.size() && budget > 0; i++) {
            String line = SceneGraph.text(lines.get(i));
            if (i > 0) {
                label.append('\n');
            }
            boolean last = i == MAX_LINES - 1 && lines.size() > MAX_LINES;
            if (line.length() > budget || last) {
                label.append(line, 0, Math.min(line.length(), budget)).append('…');
                break;
            }
            label.append(line);
            budget -= line.length();
        }
        return label.toString().replace("\\", "\\\\");
    }

    /**
     * Graphviz refuses quoted strings of 16,384 bytes and more, and draws absurdly large nodes long
     * before; the validator allows texts of 1,000,000 characters. Every text is cut to
     * {@link #MAX_TEXT} characters (at most 4 bytes each in UTF-8, twice that if all were
     * backslashes: still within the limit) and says how long it was.
     */
    static String cap(String s) {
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end) + "… (" + String.format(java.util.Locale.ENGLISH, "%,d", s.length()) + " characters)";
    }

    /** Ids over {@link #MAX_ID} characters keep their start and a digest of the whole, so they stay distinct. */
    static String shortId(String id) {
        if (id.length() <= MAX_ID) {
            return id;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return id.substring(0, MAX_ID) + "…" + java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Attribute text(String s) {
        return DefaultAttribute.createAttribute(escape(s));
    }

    private static Map<String, Attribute> vertex(SceneGraph data, String id, String font) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        DiagramNode n = data.drawn(id);
        a.put("label", n != null ? DefaultAttribute.createAttribute(lines(n.lines())) : text(data.label(id)));
        a.put("kind", text(data.concept(id).kind()));
        NodeShape shape = n != null ? n.shape() : NodeShape.ROUNDED;
        a.put("shape", DefaultAttribute.createAttribute(switch (shape) {
            case ROUNDED, RECTANGLE -> "box";
            case ELLIPSE -> "ellipse";
            case HEXAGON -> "hexagon";
            case DIAMOND -> "diamond";
            case NOTE -> "note";
        }));
        a.put("style", DefaultAttribute.createAttribute(shape == NodeShape.ROUNDED ? "rounded,filled" : "filled"));
        if (n != null) {
            a.put("fillcolor", text(n.fill()));
            a.put("color", text(n.stroke()));
        }
        a.put("fontname", text(font));
        return a;
    }

    private static Map<String, Attribute> edge(SceneGraph data, RelationEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        RelationType type = data.type(e);
        a.put("type", text(e.type()));
        a.put("relation", text(data.typeLabel(e)));
        DiagramEdge drawn = data.drawn(e);
        if (drawn != null) {
            a.put("color", text(drawn.color()));
        }
        if (data.contested(e)) {
            a.put("style", DefaultAttribute.createAttribute("dashed"));
        }
        if (!type.directed()) {
            a.put("dir", DefaultAttribute.createAttribute("none"));
        }
        return a;
    }
}
