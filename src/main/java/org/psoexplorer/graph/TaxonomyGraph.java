package org.psoexplorer.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/**
 * The taxonomy as a JGraphT graph (concept ids as vertices, relations as edges), with the
 * questions the explorer asks of it: neighbours, neighbourhoods, hierarchy.
 */
public final class TaxonomyGraph {

    private final Taxonomy taxonomy;
    private final Graph<String, RelationEdge> graph;

    public TaxonomyGraph(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        Graph<String, RelationEdge> g = new DirectedPseudograph<>(null, null, false);
        for (Concept c : taxonomy.concepts()) {
            g.addVertex(c.id());
        }
        List<Relation> relations = taxonomy.relations();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            g.addEdge(r.from(), r.to(), new RelationEdge(i, r));
        }
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The read-only JGraphT graph, for algorithms. */
    public Graph<String, RelationEdge> graph() {
        return graph;
    }

    public Set<RelationEdge> edgesOf(String id) {
        return graph.containsVertex(id) ? graph.edgesOf(id) : Set.of();
    }

    /** Concepts one relation away, in either direction, in a stable order. */
    public List<String> neighbours(String id) {
        if (!graph.containsVertex(id)) {
            return List.of();
        }
        return Graphs.neighborListOf(graph, id).stream().distinct().toList();
    }

    /** The concepts within {@code depth} relations of {@code centre} (either direction), the centre included. */
    public Set<String> neighbourhood(String centre, int depth) {
        return neighbourhood(centre, depth, graph.edgeSet());
    }

    /** As {@link #neighbourhood(String, int)}, walking only the given edges. */
    public Set<String> neighbourhood(String centre, int depth, Collection<RelationEdge> allowed) {
        Set<RelationEdge> walkable = allowed instanceof Set<RelationEdge> s ? s : Set.copyOf(allowed);
        Map<String, Integer> distance = new LinkedHashMap<>();
        if (!graph.containsVertex(centre)) {
            return Set.of();
        }
        distance.put(centre, 0);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(centre));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            int d = distance.get(v);
            if (d == depth) {
                continue;
            }
            for (RelationEdge e : graph.edgesOf(v)) {
                String w = e.other(v);
                if (walkable.contains(e) && !distance.containsKey(w)) {
                    distance.put(w, d + 1);
                    queue.add(w);
                }
            }
        }
        return distance.keySet();
    }

    public boolean isHierarchical(RelationEdge e) {
        return taxonomy.relationType(e.type()).map(RelationType::hierarchical).orElse(false);
    }

    /**
     * Every concept below {@code id} in the hierarchy: hierarchical relations point from the more
     * specific concept to the more general ("peacekeeping is a kind of PSO"), so these are the
     * sources of incoming hierarchical edges, transitively.
     */
    public Set<String> descendants(String id) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (RelationEdge e : graph.incomingEdgesOf(v)) {
                if (isHierarchical(e) && seen.add(e.from()) && !e.from().equals(id)) {
                    queue.add(e.from());
                }
            }
        }
        seen.remove(id);
        return seen;
    }

    /** Whether the concept has anything below it in the hierarchy (so it can be collapsed). */
    public boolean hasChildren(String id) {
        return graph.containsVertex(id) && graph.incomingEdgesOf(id).stream().anyMatch(this::isHierarchical);
    }
}
