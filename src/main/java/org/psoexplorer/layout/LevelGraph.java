package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * One level of the multilevel force layout: a weighted undirected graph in compressed rows, the
 * neighbours of {@code v} being {@code adj[start[v] .. start[v + 1])}. A vertex of a coarse level
 * stands for a cluster of vertices of the level below: its weight is how many original vertices it
 * holds, an edge's weight how many original edges it merges. Plain arrays because the force loop
 * walks them thousands of times per level and boxed collections would dominate its cost.
 */
final class LevelGraph {

    final int n;
    final int[] start;
    final int[] adj;
    final double[] edgeWeight;
    final double[] vertexWeight;

    LevelGraph(int[] start, int[] adj, double[] edgeWeight, double[] vertexWeight) {
        this.n = vertexWeight.length;
        this.start = start;
        this.adj = adj;
        this.edgeWeight = edgeWeight;
        this.vertexWeight = vertexWeight;
    }

    /**
     * The finest level: one connected component, vertex {@code i} being {@code component[i]}, every
     * vertex and every distinct pair of neighbours of weight 1.
     */
    static LevelGraph of(LayoutGraph graph, int[] component) {
        int n = component.length;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + graph.neighbours(component[i]).length;
        }
        int[] adj = new int[start[n]];
        for (int i = 0; i < n; i++) {
            int k = start[i];
            for (int u : graph.neighbours(component[i])) {
                // Components are sorted and closed under adjacency, so the search always succeeds.
                adj[k++] = Arrays.binarySearch(component, u);
            }
        }
        double[] edgeWeight = new double[adj.length];
        Arrays.fill(edgeWeight, 1);
        double[] vertexWeight = new double[n];
        Arrays.fill(vertexWeight, 1);
        return new LevelGraph(start, adj, edgeWeight, vertexWeight);
    }

    int degree(int v) {
        return start[v + 1] - start[v];
    }

    /** Mean vertex weight: how many original vertices a vertex of this level stands for. */
    double meanVertexWeight() {
        double sum = 0;
        for (double w : vertexWeight) {
            sum += w;
        }
        return sum / n;
    }

    /** Mean edge weight over all adjacency entries; 1 when there are no edges. */
    double meanEdgeWeight() {
        if (adj.length == 0) {
            return 1;
        }
        double sum = 0;
        for (double w : edgeWeight) {
            sum += w;
        }
        return sum / adj.length;
    }
}
