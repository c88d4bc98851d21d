package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The input of every {@link LayoutAlgorithm}: vertices with the size of their drawn boxes, and
 * edges, some of them hierarchical. It knows nothing of the taxonomy model so that the layout can
 * be used and tested on its own.
 *
 * <p>Several edges may join the same pair of vertices, in either direction; self-loops are
 * rejected. Vertex and edge order is kept and is part of the input: algorithms break ties by it,
 * which is what makes them deterministic.
 */
public final class LayoutGraph {

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final double[] widths;
    private final double[] heights;
    private final List<LayoutEdge> edges;
    private final int[] edgeSources;
    private final int[] edgeTargets;
    private final int[][] neighbours;
    /** Free space left and right of a relation's name between two boxes side by side. */
    static final double NAME_CLEARANCE = 10;

    /**
     * The edges outside the hierarchy whose names need room between their boxes
     * ({@link LayoutEdge#nameWidth()}), in edge order; a hierarchical edge's name goes between layers.
     */
    private final int[] namedEdges;
    /** Made on first use: only the circular layout asks for it, and a JGraphT graph is slow to build cold. */
    private Graph<String, DefaultEdge> undirected;

    private LayoutGraph(List<LayoutVertex> vertices, List<LayoutEdge> edgeList) {
        int n = vertices.size();
        List<String> idList = new ArrayList<>(n);
        index = new HashMap<>(n * 2);
        widths = new double[n];
        heights = new double[n];
        for (LayoutVertex v : vertices) {
            if (index.putIfAbsent(v.id(), idList.size()) != null) {
                throw new IllegalArgumentException("duplicate vertex '" + v.id() + "'");
            }
            widths[idList.size()] = v.width();
            heights[idList.size()] = v.height();
            idList.add(v.id());
        }
        ids = Collections.unmodifiableList(idList);
        edges = List.copyOf(edgeList);
        edgeSources = new int[edges.size()];
        edgeTargets = new int[edges.size()];
        int named = 0;
        int[] namedSoFar = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            if (edges.get(e).nameWidth() > 0 && !edges.get(e).hierarchical()) {
                namedSoFar[named++] = e;
            }
        }
        namedEdges = Arrays.copyOf(namedSoFar, named);
        List<Set<Integer>> adjacency = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new LinkedHashSet<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            LayoutEdge edge = edges.get(e);
            int s = requireVertex(edge.source(), edge);
            int t = requireVertex(edge.target(), edge);
            if (s == t) {
                throw new IllegalArgumentException("self-loop on '" + edge.source() + "' is not supported");
            }
            edgeSources[e] = s;
            edgeTargets[e] = t;
            adjacency.get(s).add(t);
            adjacency.get(t).add(s);
        }
        neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            // A loop, not a stream: per vertex, a stream pipeline cost more than the sort on a cold start.
            Set<Integer> adjacent = adjacency.get(i);
            int[] sorted = new int[adjacent.size()];
            int k = 0;
            for (int j : adjacent) {
                sorted[k++] = j;
            }
            Arrays.sort(sorted);
            neighbours[i] = sorted;
        }
    }

    /** Builds a graph from vertices and edges; edges must join distinct, known vertices. */
    public static LayoutGraph of(Collection<LayoutVertex> vertices, Collection<LayoutEdge> edges) {
        return new LayoutGraph(List.copyOf(vertices), List.copyOf(edges));
    }

    /** Starts an empty graph builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Vertex ids in input order. */
    public List<String> vertexIds() {
        return ids;
    }

    public int vertexCount() {
        return ids.size();
    }

    /** Edges in input order; a {@link Layout}'s routes follow the same order. */
    public List<LayoutEdge> edges() {
        return edges;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    public double width(String id) {
        return widths[indexOf(id)];
    }

    public double height(String id) {
        return heights[indexOf(id)];
    }

    int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown vertex '" + id + "'");
        }
        return i;
    }

    String id(int i) {
        return ids.get(i);
    }

    double width(int i) {
        return widths[i];
    }

    double height(int i) {
        return heights[i];
    }

    int edgeSource(int e) {
        return edgeSources[e];
    }

    int edgeTarget(int e) {
        return edgeTargets[e];
    }

    /** The indices of the edges outside the hierarchy whose names need room between their boxes; do not modify. */
    int[] namedEdges() {
        return namedEdges;
    }

    /** The gap two boxes side by side need for the name of edge {@code e} on the line between them. */
    double nameGap(int e) {
        return edges.get(e).nameWidth() + 2 * NAME_CLEARANCE;
    }

    /** Distinct neighbours of a vertex, ignoring direction, in ascending vertex order. */
    int[] neighbours(int i) {
        return neighbours[i];
    }

    /** The simple undirected view (parallel and opposite edges merged), shared: do not modify. */
    synchronized Graph<String, DefaultEdge> undirected() {
        if (undirected == null) {
            Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            ids.forEach(g::addVertex);
            for (LayoutEdge edge : edges) {
                if (!g.containsEdge(edge.source(), edge.target())) {
                    g.addEdge(edge.source(), edge.target());
                }
            }
            undirected = g;
        }
        return undirected;
    }

    /**
     * Connected components, ignoring edge direction, ordered by their first vertex; each is sorted
     * by vertex order.
     */
    List<int[]> components() {
        int n = ids.size();
        boolean[] seen = new boolean[n];
        List<int[]> result = new ArrayList<>();
        int[] queue = new int[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = true;
            while (head < tail) {
                for (int u : neighbours[queue[head++]]) {
                    if (!seen[u]) {
                        seen[u] = true;
                        queue[tail++] = u;
                    }
                }
            }
            int[] component = Arrays.copyOf(queue, tail);
            Arrays.sort(component);
            result.add(component);
        }
        return result;
    }

    /** Collects vertices and edges, then checks them all at {@link #build()}. */
    public static final class Builder {
        private final List<LayoutVertex> vertices = new ArrayList<>();
        private final List<LayoutEdge> edges = new ArrayList<>();

        private Builder() {
        }

        public Builder vertex(String id, double width, double height) {
            vertices.add(new LayoutVertex(id, width, height));
            return this;
        }

        public Builder edge(String source, String target, boolean hierarchical) {
            edges.add(new LayoutEdge(source, target, hierarchical));
            return this;
        }

        public LayoutGraph build() {
            return new LayoutGraph(vertices, edges);
        }
    }

    private int requireVertex(String id, LayoutEdge edge) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("edge " + edge + " refers to unknown vertex '" + id + "'");
        }
        return i;
    }
}
