package org.psoexplorer.export;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/**
 * The visible part of a scene as a JGraphT graph, with the texts the data exporters attach to it
 * in the scene's language, already cleaned of characters no format can carry.
 */
final class SceneGraph {

    private final ExportScene scene;
    private final Taxonomy taxonomy;
    private final Map<String, DiagramNode> drawn = new HashMap<>();
    private final Map<Integer, DiagramEdge> drawnEdges = new HashMap<>();

    SceneGraph(ExportScene scene) {
        this.scene = scene;
        this.taxonomy = scene.graph().taxonomy();
        scene.diagram().nodes().forEach(n -> drawn.put(n.id(), n));
        scene.diagram().edges().forEach(e -> drawnEdges.put(e.relationIndex(), e));
    }

    Graph<String, RelationEdge> graph() {
        return new AsSubgraph<>(scene.graph().graph(), new LinkedHashSet<>(scene.visible().concepts()),
                new LinkedHashSet<>(scene.visible().relations()));
    }

    Concept concept(String id) {
        return taxonomy.concept(id).orElseThrow();
    }

    String label(String id) {
        return text(taxonomy.text(concept(id).label(), scene.language()));
    }

    String definition(String id) {
        return text(taxonomy.text(concept(id).definition(), scene.language()));
    }

    String kindLabel(String id) {
        Concept c = concept(id);
        return taxonomy.kind(c.kind()).map(k -> text(taxonomy.text(k.label(), scene.language()))).orElse(c.kind());
    }

    Kind kind(String id) {
        return taxonomy.kind(concept(id).kind()).orElse(null);
    }

    RelationType type(RelationEdge e) {
        return taxonomy.relationType(e.type()).orElseThrow();
    }

    String typeLabel(RelationEdge e) {
        return text(taxonomy.text(type(e).label(), scene.language()));
    }

    boolean contested(RelationEdge e) {
        return e.relation().isContested(type(e));
    }

    /** The concept as drawn (position, colours), or {@code null} when the diagram does not show it. */
    DiagramNode drawn(String id) {
        return drawn.get(id);
    }

    /** The relation as drawn, or {@code null}. */
    DiagramEdge drawn(RelationEdge e) {
        return drawnEdges.get(e.index());
    }

    String language() {
        return scene.language();
    }

    static String text(String s) {
        return Texts.clean(s).strip();
    }
}
