package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first two steps of the layered layout, on local vertex indices {@code 0..n-1} and edges
 * pointing downwards (from the vertex to draw above to the one below):
 *
 * <ol>
 *   <li>Cycle breaking: a depth-first search, started from the sources in index order and then
 *       from any vertex left, reverses every edge that closes a cycle (a back edge). Starting from
 *       the sources keeps the edges of an almost acyclic hierarchy in their intended direction.</li>
 *   <li>Layering: first by longest path from the sources (a vertex one layer below its lowest
 *       predecessor, so every edge points strictly down), then improved by {@link NetworkSimplex}
 *       to the least total edge span, as Graphviz {@code dot} ranks.</li>
 * </ol>
 */
final class LayerAssignment {

    /**
     * @param layer    the layer of each vertex, 0 at the top
     * @param reversed for each edge, whether cycle breaking turned it upwards
     */
    record Result(int[] layer, boolean[] reversed) {
    }

    private LayerAssignment() {
    }

    /**
     * The layering of {@link #assign}, and with {@code alternatives} up to two more of the same least
     * span: one found from the layering by longest path from the sinks (every sink on the bottom
     * layer), and the first balanced as dot balances it. Network simplex ends in different optima
     * from different starts, and their crossings differ.
     */
    static List<Result> candidates(int n, int[] from, int[] to, boolean alternatives) {
        Result top = assign(n, from, to);
        if (!alternatives) {
            return List.of(top);
        }
        Result bottom = assign(n, from, to, true);
        List<Result> results = new ArrayList<>(List.of(top));
        for (Result r : List.of(bottom, balanced(top, from, to))) {
            if (results.stream().noneMatch(c -> Arrays.equals(c.layer(), r.layer()))) {
                results.add(r);
            }
        }
        return results;
    }

    /**
     * The layering with dot's balancing (Gansner et al., section 2.3): a vertex with as many edges
     * in as out may sit on any layer between its predecessors and successors without changing the
     * total span; each such vertex moves to the least crowded of those layers, so wide layers thin
     * out and edges have more room to avoid each other.
     */
    private static Result balanced(Result base, int[] from, int[] to) {
        int[] layer = base.layer().clone();
        int n = layer.length;
        int[] in = new int[n];
        int[] out = new int[n];
        int[] low = new int[n];
        int[] high = new int[n];
        int depth = 0;
        for (int v = 0; v < n; v++) {
            depth = Math.max(depth, layer[v] + 1);
        }
        int[] population = new int[depth];
        for (int v = 0; v < n; v++) {
            population[layer[v]]++;
        }
        List<List<Integer>> edgesOf = lists(n);
        for (int e = 0; e < from.length; e++) {
            if (from[e] != to[e]) {
                edgesOf.get(from[e]).add(e);
                edgesOf.get(to[e]).add(e);
            }
        }
        for (int v = 0; v < n; v++) {
            low[v] = 0;
            high[v] = depth - 1;
            for (int e : edgesOf.get(v)) {
                int a = base.reversed()[e] ? to[e] : from[e];
                int b = base.reversed()[e] ? from[e] : to[e];
                if (a == v) {
                    out[v]++;
                    high[v] = Math.min(high[v], layer[b] - 1);
                } else {
                    in[v]++;
                    low[v] = Math.max(low[v], layer[a] + 1);
                }
            }
            if (in[v] != out[v] || in[v] == 0) {
                continue;
            }
            int choice = layer[v];
            for (int r = low[v]; r <= high[v]; r++) {
                if (population[r] < population[choice]) {
                    choice = r;
                }
            }
            population[layer[v]]--;
            population[choice]++;
            layer[v] = choice;
        }
        return new Result(layer, base.reversed());
    }

    static Result assign(int n, int[] from, int[] to) {
        return assign(n, from, to, false);
    }

    private static Result assign(int n, int[] from, int[] to, boolean fromSinks) {
        boolean[] reversed = breakCycles(n, from, to);
        int m = from.length;
        List<List<Integer>> successors = lists(n);
        int[] inDegree = new int[n];
        for (int e = 0; e < m; e++) {
            int a = reversed[e] ? to[e] : from[e];
            int b = reversed[e] ? from[e] : to[e];
            successors.get(a).add(b);
            inDegree[b]++;
        }
        int[] layer = new int[n];
        int[] remaining = inDegree.clone();
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (remaining[v] == 0) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int u : successors.get(v)) {
                layer[u] = Math.max(layer[u], layer[v] + 1);
                if (--remaining[u] == 0) {
                    queue[tail++] = u;
                }
            }
        }
        if (fromSinks) {
            sinkAligned(n, successors, layer);
        }
        optimizeSpans(n, from, to, reversed, layer);
        return new Result(layer, reversed);
    }

    /**
     * Network simplex on the acyclic edges (self-loops left out: no layering satisfies them), per
     * connected part, so the total edge span is the least possible.
     */
    private static void optimizeSpans(int n, int[] from, int[] to, boolean[] reversed, int[] layer) {
        int[] part = new int[n];
        Arrays.fill(part, -1);
        List<List<Integer>> adjacent = lists(n);
        for (int e = 0; e < from.length; e++) {
            if (from[e] != to[e]) {
                adjacent.get(from[e]).add(e);
                adjacent.get(to[e]).add(e);
            }
        }
        int[] queue = new int[n];
        int[] local = new int[n];
        for (int start = 0; start < n; start++) {
            if (part[start] >= 0) {
                continue;
            }
            int size = 0;
            queue[size++] = start;
            part[start] = start;
            List<Integer> edges = new ArrayList<>();
            for (int h = 0; h < size; h++) {
                int v = queue[h];
                local[v] = h;
                for (int e : adjacent.get(v)) {
                    int u = from[e] == v ? to[e] : from[e];
                    if (from[e] == v) {
                        edges.add(e);
                    }
                    if (part[u] < 0) {
                        part[u] = start;
                        queue[size++] = u;
                    }
                }
            }
            int[] tail = new int[edges.size()];
            int[] head = new int[edges.size()];
            for (int k = 0; k < tail.length; k++) {
                int e = edges.get(k);
                tail[k] = local[reversed[e] ? to[e] : from[e]];
                head[k] = local[reversed[e] ? from[e] : to[e]];
            }
            int[] rank = new int[size];
            for (int h = 0; h < size; h++) {
                rank[h] = layer[queue[h]];
            }
            NetworkSimplex.optimize(size, tail, head, rank);
            for (int h = 0; h < size; h++) {
                layer[queue[h]] = rank[h];
            }
        }
    }

    /** Longest path to a sink, counted from the bottom: every sink on the deepest layer. */
    private static void sinkAligned(int n, List<List<Integer>> successors, int[] layer) {
        Integer[] byLayer = new Integer[n];
        for (int v = 0; v < n; v++) {
            byLayer[v] = v;
        }
        // Deepest first: successors (always on deeper layers) are done before their predecessors.
        Arrays.sort(byLayer, (a, b) -> Integer.compare(layer[b], layer[a]));
        int[] height = new int[n];
        int deepest = 0;
        for (int v : byLayer) {
            for (int u : successors.get(v)) {
                height[v] = Math.max(height[v], height[u] + 1);
            }
            deepest = Math.max(deepest, height[v]);
        }
        for (int v = 0; v < n; v++) {
            layer[v] = deepest - height[v];
        }
    }

    private static boolean[] breakCycles(int n, int[] from, int[] to) {
        int m = from.length;
        List<List<Integer>> outEdges = lists(n);
        boolean[] hasIn = new boolean[n];
        for (int e = 0; e < m; e++) {
            outEdges.get(from[e]).add(e);
            hasIn[to[e]] = true;
        }
        boolean[] reversed = new boolean[m];
        byte[] state = new byte[n]; // 0 unseen, 1 on the DFS stack, 2 finished
        int[] stack = new int[n];
        int[] cursor = new int[n];
        int[] starts = new int[n];
        int s = 0;
        for (int v = 0; v < n; v++) {
            if (!hasIn[v]) {
                starts[s++] = v;
            }
        }
        for (int v = 0; v < n; v++) {
            if (hasIn[v]) {
                starts[s++] = v;
            }
        }
        for (int start : starts) {
            if (state[start] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = start;
            cursor[0] = 0;
            state[start] = 1;
            while (top >= 0) {
                int v = stack[top];
                List<Integer> out = outEdges.get(v);
                if (cursor[top] == out.size()) {
                    state[v] = 2;
                    top--;
                    continue;
                }
                int e = out.get(cursor[top]++);
                int u = to[e];
                if (state[u] == 1) {
                    reversed[e] = true;
                } else if (state[u] == 0) {
                    state[u] = 1;
                    top++;
                    stack[top] = u;
                    cursor[top] = 0;
                }
            }
        }
        return reversed;
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    /** Convenience for tests: the layers as lists of vertices, top first. */
    static List<List<Integer>> byLayer(int[] layer) {
        int depth = Arrays.stream(layer).max().orElse(-1) + 1;
        List<List<Integer>> layers = lists(depth);
        for (int v = 0; v < layer.length; v++) {
            layers.get(layer[v]).add(v);
        }
        return layers;
    }
}
