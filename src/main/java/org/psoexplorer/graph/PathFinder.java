package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.psoexplorer.io.Suggestions;
import org.psoexplorer.model.RelationType;

/**
 * Finds how two concepts relate: the k shortest simple paths between them, walking relations in
 * either direction over the relation types a {@link PathQuery} includes.
 *
 * <p>The search runs Yen's algorithm on an undirected view of the taxonomy graph (so "peacekeeping
 * is a kind of PSO" can be walked from PSO to peacekeeping too); each {@link PathStep} remembers
 * which way its relation was walked so it can be read the right way round. The graph is a
 * multigraph: two relations between the same concepts are two different paths.
 *
 * <p>Order is deterministic ({@link #ranking()}): shorter paths first; among paths of one length,
 * those with fewer unsourced steps, then those that read more along the relations' own direction
 * (a chain of claims "A precedes B precedes C" says more than a detour up to a common parent and
 * down again, "A is a kind of P, P has kind C"), then the file order of the relations walked. Yen's
 * algorithm breaks ties its own way, so the search keeps reading paths as long as they are as short
 * as the k-th one and sorts them before cutting.
 */
public final class PathFinder {

    /**
     * How many paths as short as the k-th one are read beyond k, so that ties are ranked by
     * {@link #ranking()} rather than by Yen's search order. Small taxonomies never reach it; on a huge
     * one it keeps a question from running away (the order is then still deterministic, just not
     * strictly ranked among the last ties).
     */
    static final int TIE_READ_LIMIT = 500;

    private final TaxonomyGraph graph;
    private final Comparator<ConceptPath> ranking;

    public PathFinder(TaxonomyGraph graph) {
        this.graph = graph;
        this.ranking = Comparator.comparingInt(ConceptPath::length)
                .thenComparingInt(ConceptPath::unsourcedSteps)
                .thenComparingInt(this::stepsAgainstDirection)
                .thenComparing(ConceptPath::relationIndices, ConceptPath::compareLexicographically);
    }

    /** The order of the paths in an answer; see the class comment. */
    public Comparator<ConceptPath> ranking() {
        return ranking;
    }

    /** Steps that walk a directed relation backward (an undirected one has no wrong way). */
    int stepsAgainstDirection(ConceptPath path) {
        return (int) path.steps().stream()
                .filter(s -> s.backward() && graph.taxonomy().relationType(s.relationType())
                        .map(RelationType::directed).orElse(true))
                .count();
    }

    /**
     * Answers the query.
     *
     * @throws IllegalArgumentException when a concept id or a relation type id is not in the taxonomy
     *                                  (resolve user input first with {@link ConceptResolver})
     */
    public PathAnswer find(PathQuery query) {
        requireConcept(query.from());
        requireConcept(query.to());
        for (String type : query.relationTypes()) {
            if (graph.taxonomy().relationType(type).isEmpty()) {
                List<String> known = graph.taxonomy().relationTypes().stream().map(RelationType::id).toList();
                throw new IllegalArgumentException("Unknown relation type: " + type
                        + Suggestions.closest(type, known).map(s -> " (did you mean " + s + "?)").orElse(""));
            }
        }
        if (query.from().equals(query.to())) {
            return new PathAnswer(query, PathAnswer.Outcome.SAME_CONCEPT, List.of(), false);
        }
        List<ConceptPath> paths = shortestPaths(walkable(query.relationTypes()), query.from(), query.to(),
                query.maxPaths());
        if (paths.isEmpty()) {
            boolean wider = query.restrictsTypes()
                    && new ConnectivityInspector<>(walkable(Set.of())).pathExists(query.from(), query.to());
            return new PathAnswer(query, PathAnswer.Outcome.NOT_CONNECTED, List.of(), wider);
        }
        PathAnswer.Outcome outcome = paths.get(0).isDirect() ? PathAnswer.Outcome.DIRECT : PathAnswer.Outcome.CONNECTED;
        return new PathAnswer(query, outcome, paths, false);
    }

    /** The paths alone, for callers that need no outcome: the default number over every relation type. */
    public List<ConceptPath> paths(String from, String to) {
        return find(PathQuery.between(from, to)).paths();
    }

    private void requireConcept(String id) {
        if (!graph.graph().containsVertex(id)) {
            List<String> known = graph.taxonomy().concepts().stream().map(c -> c.id()).toList();
            throw new IllegalArgumentException("Unknown concept: " + id
                    + Suggestions.closest(id, known).map(s -> " (did you mean " + s + "?)").orElse(""));
        }
    }

    /** The taxonomy as an undirected view, keeping only relations of the given types (all if empty). */
    private Graph<String, RelationEdge> walkable(Set<String> types) {
        Graph<String, RelationEdge> g = graph.graph();
        if (!types.isEmpty()) {
            g = new MaskSubgraph<>(g, v -> false, e -> !types.contains(e.type()));
        }
        return new AsUndirectedGraph<>(g);
    }

    private List<ConceptPath> shortestPaths(Graph<String, RelationEdge> g, String from, String to, int k) {
        YenShortestPathIterator<String, RelationEdge> it = new YenShortestPathIterator<>(g, from, to);
        List<ConceptPath> found = new ArrayList<>();
        while (it.hasNext() && found.size() < k + TIE_READ_LIMIT) {
            ConceptPath p = toConceptPath(it.next(), from, to);
            // Yen yields paths in non-decreasing length: past the k-th length nothing can tie any more.
            if (found.size() >= k && p.length() > found.get(k - 1).length()) {
                break;
            }
            found.add(p);
        }
        found.sort(ranking);
        return List.copyOf(found.subList(0, Math.min(k, found.size())));
    }

    private static ConceptPath toConceptPath(GraphPath<String, RelationEdge> path, String from, String to) {
        List<PathStep> steps = new ArrayList<>(path.getLength());
        String at = from;
        for (RelationEdge e : path.getEdgeList()) {
            PathStep step = PathStep.walking(e, at);
            steps.add(step);
            at = step.to();
        }
        return new ConceptPath(from, to, steps);
    }
}
