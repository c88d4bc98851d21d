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
 *   <li>Layering by longest path from the sources: a vertex sits one layer below its lowest
 *       predecessor, so every edge points strictly down. Sources are then lowered to just above
 *       their highest successor, which shortens their edges.</li>
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

    static Result assign(int n, int[] from, int[] to) {
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
        for (int v = 0; v < n; v++) {
            if (inDegree[v] == 0 && !successors.get(v).isEmpty()) {
                int highest = Integer.MAX_VALUE;
                for (int u : successors.get(v)) {
                    highest = Math.min(highest, layer[u]);
                }
                layer[v] = highest - 1;
            }
        }
        shortenEdges(n, successors, layer);
        return new Result(layer, reversed);
    }

    /**
     * Moves single vertices between the layers their edges allow, each to the end of its range
     * that shortens more of its edges (up when it has more edges above than below), until no move
     * helps. Every move lowers the total edge span, so fewer dummy vertices and usually fewer
     * crossings, as Graphviz's network-simplex ranking aims for; this greedy form is cheap and
     * deterministic (vertices visited in index order).
     */
    private static void shortenEdges(int n, List<List<Integer>> successors, int[] layer) {
        List<List<Integer>> predecessors = lists(n);
        int deepest = 0;
        for (int v = 0; v < n; v++) {
            for (int u : successors.get(v)) {
                predecessors.get(u).add(v);
            }
            deepest = Math.max(deepest, layer[v]);
        }
        for (int round = 0; round < MAX_SHORTENING_ROUNDS; round++) {
            boolean moved = false;
            for (int v = 0; v < n; v++) {
                int above = predecessors.get(v).size();
                int below = successors.get(v).size();
                if (above == below) {
                    continue;
                }
                int lo = 0;
                for (int u : predecessors.get(v)) {
                    lo = Math.max(lo, layer[u] + 1);
                }
                int hi = deepest;
                for (int u : successors.get(v)) {
                    hi = Math.min(hi, layer[u] - 1);
                }
                int target = above > below ? lo : hi;
                if (target != layer[v] && lo <= hi) {
                    layer[v] = target;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static final int MAX_SHORTENING_ROUNDS = 64;

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
