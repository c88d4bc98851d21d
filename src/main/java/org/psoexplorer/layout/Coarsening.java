package org.psoexplorer.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * One coarsening step of the multilevel force layout: a maximal matching merges pairs of
 * neighbours, then each vertex left unmatched joins a neighbouring pair.
 *
 * <p>Matching alone, as in Walshaw's method, barely shrinks a star (one pair per level), and
 * taxonomies are full of stars: a broad concept with dozens of kinds. Since a matching is maximal,
 * every unmatched vertex with an edge has only matched neighbours, so letting it join the lightest
 * of their clusters makes every cluster hold at least two vertices: each level at least halves the
 * graph, and there are at most log₂ n levels.
 *
 * <p>Vertices are visited in a seeded random order (a fixed order would match along the input's
 * biases, such as parents before children); neighbours are preferred lightest first, so that
 * clusters stay of similar weight and the coarse layouts stay faithful, then by heavier edge.
 *
 * @param coarse the coarser graph
 * @param parent for each vertex of the finer graph, its vertex in {@code coarse}
 */
record Coarsening(LevelGraph coarse, int[] parent) {

    static Coarsening of(LevelGraph fine, Random rng) {
        int n = fine.n;
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int clusters = 0;
        for (int v : shuffled(n, rng)) {
            if (parent[v] >= 0) {
                continue;
            }
            int best = -1;
            for (int k = fine.start[v]; k < fine.start[v + 1]; k++) {
                int u = fine.adj[k];
                if (parent[u] >= 0) {
                    continue;
                }
                if (best < 0 || fine.vertexWeight[u] < fine.vertexWeight[fine.adj[best]]
                        || fine.vertexWeight[u] == fine.vertexWeight[fine.adj[best]]
                        && fine.edgeWeight[k] > fine.edgeWeight[best]) {
                    best = k;
                }
            }
            if (best >= 0) {
                parent[v] = clusters;
                parent[fine.adj[best]] = clusters;
                clusters++;
            }
        }
        double[] clusterWeight = new double[n];
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                clusterWeight[parent[v]] += fine.vertexWeight[v];
            }
        }
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                continue;
            }
            // All neighbours are matched (the matching is maximal): join the lightest cluster, or
            // stay alone if there is no neighbour at all.
            int best = -1;
            for (int k = fine.start[v]; k < fine.start[v + 1]; k++) {
                int c = parent[fine.adj[k]];
                if (c >= 0 && (best < 0 || clusterWeight[c] < clusterWeight[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                best = clusters++;
            }
            parent[v] = best;
            clusterWeight[best] += fine.vertexWeight[v];
        }
        return new Coarsening(contract(fine, parent, clusters, Arrays.copyOf(clusterWeight, clusters)), parent);
    }

    /** The quotient graph: one vertex per cluster, parallel edges merged with their weights summed. */
    private static LevelGraph contract(LevelGraph fine, int[] parent, int clusters, double[] weight) {
        // Members of each cluster, by counting sort, so each cluster's edges are gathered at once.
        int[] memberStart = new int[clusters + 1];
        for (int v = 0; v < fine.n; v++) {
            memberStart[parent[v] + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] members = new int[fine.n];
        int[] fill = Arrays.copyOf(memberStart, clusters);
        for (int v = 0; v < fine.n; v++) {
            members[fill[parent[v]]++] = v;
        }
        int[] start = new int[clusters + 1];
        int[] adj = new int[fine.adj.length];
        double[] edgeWeight = new double[fine.adj.length];
        int[] slot = new int[clusters];
        Arrays.fill(slot, -1);
        int size = 0;
        for (int c = 0; c < clusters; c++) {
            start[c] = size;
            for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                int v = members[m];
                for (int k = fine.start[v]; k < fine.start[v + 1]; k++) {
                    int d = parent[fine.adj[k]];
                    if (d == c) {
                        continue;
                    }
                    // slot[d] is where edge c–d went if it is in c's row (rows are written in order).
                    if (slot[d] < start[c]) {
                        slot[d] = size;
                        adj[size] = d;
                        edgeWeight[size] = 0;
                        size++;
                    }
                    edgeWeight[slot[d]] += fine.edgeWeight[k];
                }
            }
        }
        start[clusters] = size;
        return new LevelGraph(start, Arrays.copyOf(adj, size), Arrays.copyOf(edgeWeight, size), weight);
    }

    private static int[] shuffled(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
