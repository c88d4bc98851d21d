package org.psoexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.model.Concept;

/**
 * GraphML through JGraphT's exporter (a real XML writer, so every text is escaped), for yEd and
 * Gephi. Nodes carry {@code label}, {@code kind}, {@code kindLabel}, {@code definition} and, as
 * drawn, {@code x}, {@code y}, {@code width}, {@code height} and {@code fill}; edges carry
 * {@code type}, {@code label}, {@code hierarchical}, {@code contested} and {@code directed}. Texts are
 * in the scene's language.
 */
public final class GraphMlExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.GRAPHML;
    }

    @Override
    public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
        SceneGraph data = new SceneGraph(scene);
        GraphMLExporter<String, RelationEdge> exporter = new GraphMLExporter<>(id -> SceneGraph.text(id));
        exporter.setEdgeIdProvider(e -> "r" + e.index());
        // One "label" key for nodes and edges: JGraphT keys attributes by name alone, and Gephi reads "label".
        exporter.registerAttribute("label", AttributeCategory.ALL, AttributeType.STRING);
        for (String name : new String[] {"kind", "kindLabel", "definition", "fill"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("since", AttributeCategory.NODE, AttributeType.INT);
        for (String name : new String[] {"x", "y", "width", "height"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
        for (String name : new String[] {"hierarchical", "contested", "directed"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.BOOLEAN);
        }
        exporter.setVertexAttributeProvider(id -> vertex(data, id));
        exporter.setEdgeAttributeProvider(e -> edge(data, e));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(data.graph(), w);
        } catch (ExportException e) {
            throw new IOException("Cannot write GraphML: " + e.getMessage(), e);
        }
        w.flush();
    }

    private static Map<String, Attribute> vertex(SceneGraph data, String id) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        Concept c = data.concept(id);
        a.put("label", DefaultAttribute.createAttribute(data.label(id)));
        a.put("kind", DefaultAttribute.createAttribute(SceneGraph.text(c.kind())));
        a.put("kindLabel", DefaultAttribute.createAttribute(data.kindLabel(id)));
        String definition = data.definition(id);
        if (!definition.isEmpty()) {
            a.put("definition", DefaultAttribute.createAttribute(definition));
        }
        if (c.since() != null) {
            a.put("since", DefaultAttribute.createAttribute(c.since()));
        }
        DiagramNode n = data.drawn(id);
        if (n != null) {
            a.put("x", DefaultAttribute.createAttribute(round(n.x())));
            a.put("y", DefaultAttribute.createAttribute(round(n.y())));
            a.put("width", DefaultAttribute.createAttribute(round(n.width())));
            a.put("height", DefaultAttribute.createAttribute(round(n.height())));
            a.put("fill", DefaultAttribute.createAttribute(n.fill()));
        }
        return a;
    }

    private static Map<String, Attribute> edge(SceneGraph data, RelationEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("type", DefaultAttribute.createAttribute(SceneGraph.text(e.type())));
        a.put("label", DefaultAttribute.createAttribute(data.typeLabel(e)));
        a.put("hierarchical", DefaultAttribute.createAttribute(data.type(e).hierarchical()));
        a.put("contested", DefaultAttribute.createAttribute(data.contested(e)));
        a.put("directed", DefaultAttribute.createAttribute(data.type(e).directed()));
        return a;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
