package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * Optimal layering of a connected acyclic graph by the network simplex method of Gansner,
 * Koutsofios, North and Vo ("A technique for drawing directed graphs", 1993), the ranking Graphviz
 * {@code dot} uses: among all layerings where every edge points down at least one layer, one with
 * the least total edge span, so the fewest dummy vertices, hence shorter edges and fewer chances of
 * crossings.
 *
 * <p>Starting from a feasible layering, it grows a spanning tree of tight edges (span exactly 1),
 * then repeatedly swaps a tree edge whose cut value is negative (lengthening it would shorten the
 * drawing) for the non-tree edge of least slack across the same cut. Cut values are recomputed in
 * one post-order pass after each swap, which is simple and fast enough for the graphs the window
 * shows (a swap costs O(V + E); the number of swaps is capped).
 */
final class NetworkSimplex {

    /** Swaps allowed per vertex; dot caps its iterations too (nslimit). */
    private static final int SWAPS_PER_VERTEX = 4;

    private final int n;
    private final int m;
    private final int[] tail;
    private final int[] head;
    private final int[] rank;
    // Incidence lists in compressed rows: edges of v are inc[incStart[v] .. incStart[v + 1]).
    private final int[] incStart;
    private final int[] inc;
    private final boolean[] inTree;
    private final int[] parentEdge;
    private final int[] low;
    private final int[] lim;
    private final long[] cut;

    private NetworkSimplex(int n, int[] tail, int[] head, int[] rank) {
        this.n = n;
        this.m = tail.length;
        this.tail = tail;
        this.head = head;
        this.rank = rank;
        incStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            incStart[tail[e] + 1]++;
            incStart[head[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            incStart[v + 1] += incStart[v];
        }
        inc = new int[2 * m];
        int[] fill = Arrays.copyOf(incStart, n);
        for (int e = 0; e < m; e++) {
            inc[fill[tail[e]]++] = e;
            inc[fill[head[e]]++] = e;
        }
        inTree = new boolean[m];
        parentEdge = new int[n];
        low = new int[n];
        lim = new int[n];
        cut = new long[m];
    }

    /**
     * Improves {@code rank} in place. The graph (edges {@code tail[e] → head[e]}, every one meant
     * to point down) must be connected and acyclic, and {@code rank} feasible: {@code rank[head] >
     * rank[tail]} for every edge. The result is normalized so the top layer is 0.
     */
    static void optimize(int n, int[] tail, int[] head, int[] rank) {
        if (n < 2 || tail.length == 0) {
            return;
        }
        new NetworkSimplex(n, tail, head, rank).run();
    }

    private int slack(int e) {
        return rank[head[e]] - rank[tail[e]] - 1;
    }

    private void run() {
        feasibleTree();
        computeTree();
        int limit = SWAPS_PER_VERTEX * n + 100;
        int cursor = 0;
        for (int swaps = 0; swaps < limit; swaps++) {
            int leave = -1;
            // Cyclic search from where the last one stopped, as dot does: cheaper than the most negative.
            for (int k = 0; k < m; k++) {
                int e = (cursor + k) % m;
                if (inTree[e] && cut[e] < 0) {
                    leave = e;
                    cursor = e + 1;
                    break;
                }
            }
            if (leave < 0) {
                break;
            }
            int enter = enterEdge(leave);
            if (enter < 0) {
                break;
            }
            inTree[leave] = false;
            inTree[enter] = true;
            computeTree();
            rerankFromTree();
        }
        int min = Integer.MAX_VALUE;
        for (int r : rank) {
            min = Math.min(min, r);
        }
        for (int v = 0; v < n; v++) {
            rank[v] -= min;
        }
    }

    /** Gansner's feasible_tree: a spanning tree of tight edges, shifting the tree's ranks as it grows. */
    private void feasibleTree() {
        boolean[] reached = new boolean[n];
        int[] queue = new int[n];
        int size = 0;
        reached[0] = true;
        queue[size++] = 0;
        int head0 = 0;
        while (true) {
            // Grow through tight edges.
            while (head0 < size) {
                int v = queue[head0++];
                for (int k = incStart[v]; k < incStart[v + 1]; k++) {
                    int e = inc[k];
                    int u = tail[e] == v ? head[e] : tail[e];
                    if (!reached[u] && slack(e) == 0) {
                        reached[u] = true;
                        inTree[e] = true;
                        queue[size++] = u;
                    }
                }
            }
            if (size == n) {
                return;
            }
            // The incident edge of least slack; moving the whole tree by it makes it tight.
            int best = -1;
            int bestSlack = Integer.MAX_VALUE;
            for (int e = 0; e < m; e++) {
                if (reached[tail[e]] != reached[head[e]] && slack(e) < bestSlack) {
                    bestSlack = slack(e);
                    best = e;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("graph is not connected");
            }
            int delta = reached[tail[best]] ? bestSlack : -bestSlack;
            for (int i = 0; i < size; i++) {
                rank[queue[i]] += delta;
            }
            // Re-scan the tree's frontier: the best edge (and maybe others) are tight now.
            head0 = 0;
        }
    }

    /** Post-order numbers (low, lim) of the tree rooted at vertex 0, then every tree edge's cut value. */
    private void computeTree() {
        Arrays.fill(parentEdge, -1);
        int[] stack = new int[n];
        int[] cursor = new int[n];
        int top = 0;
        stack[0] = 0;
        cursor[0] = incStart[0];
        int counter = 1;
        low[0] = 1;
        int[] order = new int[n];
        int ordered = 0;
        boolean[] visited = new boolean[n];
        visited[0] = true;
        low[0] = counter;
        while (top >= 0) {
            int v = stack[top];
            if (cursor[top] == incStart[v + 1]) {
                lim[v] = counter++;
                order[ordered++] = v;
                top--;
                continue;
            }
            int e = inc[cursor[top]++];
            if (!inTree[e]) {
                continue;
            }
            int u = tail[e] == v ? head[e] : tail[e];
            if (visited[u]) {
                continue;
            }
            visited[u] = true;
            parentEdge[u] = e;
            low[u] = counter;
            stack[++top] = u;
            cursor[top] = incStart[u];
        }
        // Children before parents: each cut value needs those of the tree edges below it.
        for (int i = 0; i < ordered; i++) {
            int v = order[i];
            if (parentEdge[v] >= 0) {
                cut[parentEdge[v]] = cutValue(v);
            }
        }
    }

    private boolean inSubtree(int root, int x) {
        return low[root] <= lim[x] && lim[x] <= lim[root];
    }

    /**
     * Cut value of the tree edge joining {@code v} to its parent, from the edges at {@code v} alone:
     * the edges leaving v's subtree count directly, those staying inside it bring the cut values of
     * the tree edges below (Gansner et al., section 2.4). Positive is the edge's own direction.
     */
    private long cutValue(int v) {
        int f = parentEdge[v];
        boolean vIsTail = tail[f] == v;
        long sum = 0;
        for (int k = incStart[v]; k < incStart[v + 1]; k++) {
            int e = inc[k];
            int other = tail[e] == v ? head[e] : tail[e];
            // +1 when e crosses the cut of f in f's direction (tail side to head side).
            boolean eOutOfV = tail[e] == v;
            if (!inSubtree(v, other)) {
                // e leaves v's subtree (only v is inside); same direction as f when it leaves from
                // the same end of the cut.
                sum += eOutOfV == vIsTail ? 1 : -1;
            } else {
                // e goes down into a child's subtree; it crosses f's cut only via the edges crossing
                // the child's cut, which the child's cut value already counts (with e itself there).
                long value = (inTree[e] ? cut[e] : 0) - 1;
                // Map the child's edge direction onto f's: e points away from v like f points away
                // from its tail when both agree.
                boolean same = eOutOfV == vIsTail;
                sum += same ? -value : value;
            }
        }
        return sum;
    }

    /**
     * The non-tree edge of least slack going from the head side of {@code leave}'s cut to its tail
     * side: swapping it in keeps the tree tight once the ranks follow.
     */
    private int enterEdge(int leave) {
        // The side that is a subtree in the rooted tree.
        int sub = parentEdge[tail[leave]] == leave ? tail[leave] : head[leave];
        boolean subIsTail = sub == tail[leave];
        int best = -1;
        int bestSlack = Integer.MAX_VALUE;
        for (int e = 0; e < m; e++) {
            if (inTree[e]) {
                continue;
            }
            boolean tailIn = inSubtree(sub, tail[e]);
            boolean headIn = inSubtree(sub, head[e]);
            if (tailIn == headIn) {
                continue;
            }
            // Wanted: tail in the head side, head in the tail side.
            boolean tailOnHeadSide = subIsTail ? !tailIn : tailIn;
            if (tailOnHeadSide && slack(e) < bestSlack) {
                bestSlack = slack(e);
                best = e;
            }
        }
        return best;
    }

    /** Ranks from the tree: every tree edge tight, vertex 0 kept where it is. */
    private void rerankFromTree() {
        int[] stack = new int[n];
        boolean[] done = new boolean[n];
        int top = 0;
        stack[0] = 0;
        done[0] = true;
        while (top >= 0) {
            int v = stack[top--];
            for (int k = incStart[v]; k < incStart[v + 1]; k++) {
                int e = inc[k];
                if (!inTree[e]) {
                    continue;
                }
                int u = tail[e] == v ? head[e] : tail[e];
                if (!done[u]) {
                    done[u] = true;
                    rank[u] = tail[e] == v ? rank[v] + 1 : rank[v] - 1;
                    stack[++top] = u;
                }
            }
        }
    }
}
