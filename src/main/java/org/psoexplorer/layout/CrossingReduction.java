package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * Reorders the vertices within each layer of a proper layered graph (every edge joins adjacent
 * layers) to reduce edge crossings: layer-by-layer sweeps, down then up, sorting each layer by the
 * barycenter (average) or, on alternate rounds, the median of its neighbours' positions in the
 * layer just swept, each round followed by passes that swap neighbours when that removes
 * crossings (every fourth round also on ties, to leave plateaus). The search then starts again
 * from the mirror image, from depth- and breadth-first traversals from the top and from the bottom
 * (the initial orders dot tries), and from seeded shuffles of the best ordering (graphs up to
 * {@value #RESTART_LIMIT} nodes in layers: ids in no layer, such as a folded hierarchy's leaves,
 * do not count), as local searches of this kind end in different optima from
 * different starts. Last, an iterated local search refines the best: many small kicks (a short
 * run of one or two layers shuffled), each repaired by sifting and swaps on the layers around it
 * and kept when it crosses no more. The best ordering seen is kept, so the result never has more
 * crossings than the input; on the built-in taxonomy and on 30 random hierarchies it has no more
 * than Graphviz {@code dot} (see LayeredCrossingsTest).
 *
 * <p>Layers are arrays of node ids; {@code up[v]} and {@code down[v]} are v's neighbours in the
 * layers above and below.
 */
final class CrossingReduction {

    /** Rounds without improvement after which the search stops. */
    private static final int PATIENCE = 6;
    private static final int MAX_ROUNDS = 32;
    /** Transpose passes run until one changes nothing, at most this many. */
    private static final int TRANSPOSE_PASSES = 16;
    /** Fresh starts after the first search: the mirror image, then seeded shuffles. */
    private static final int RESTARTS = 100;
    private static final int MIN_RESTARTS = 4;
    /** Restarts times nodes: bounds the work of the fresh starts on mid-sized graphs. */
    private static final int RESTART_BUDGET = 8000;
    private static final long RESTART_SEED = 42;
    /** Layered graphs with more nodes (dummies included) get one search only, to stay fast on large files. */
    private static final int RESTART_LIMIT = 3000;
    private static final int POLISH_PASSES = 8;
    /** Kicks of the iterated local search after the restarts, at most. */
    private static final int MAX_KICKS = 500;
    /** Kicks times nodes: bounds the kicks' work on mid-sized graphs. */
    private static final int KICK_BUDGET = 200_000;

    private CrossingReduction() {
    }

    /** Returns improved copies of the layers (the input is not modified); fresh starts seeded with {@value #RESTART_SEED}. */
    static int[][] reduce(int[][] layers, int[][] up, int[][] down) {
        return reduce(layers, up, down, RESTART_SEED);
    }

    /** As {@link #reduce(int[][], int[][], int[][])}, the fresh starts drawn from {@code seed}: same seed, same result. */
    static int[][] reduce(int[][] layers, int[][] up, int[][] down, long seed) {
        int[] pos = new int[up.length];
        int[][] upMerged = merged(up);
        int[][] downMerged = merged(down);
        int[][] best = sweep(layers, up, down, upMerged, downMerged, pos);
        long bestCount = crossings(best, down, pos);
        // Sweeps settle in a local optimum that depends on where they start: start again from the
        // mirror image and from a few seeded shuffles of the best so far, and keep the best of all.
        java.util.Random random = new java.util.Random(seed);
        // Small graphs get more fresh starts: their sweeps are cheap and each start may find a better optimum.
        // Only the nodes in layers count: ids of nodes in no layer (a folded hierarchy's leaves) cost nothing here.
        int size = 0;
        for (int[] layer : layers) {
            size += layer.length;
        }
        int restarts = size <= RESTART_LIMIT ? Math.max(MIN_RESTARTS, Math.min(RESTARTS, RESTART_BUDGET / Math.max(1, size))) : 0;
        int[][][] structured = restarts == 0 ? new int[0][][] : new int[][][] {
            traversal(layers, down, up, false), traversal(layers, up, down, false),
            traversal(layers, down, up, true), traversal(layers, up, down, true)};
        for (int restart = 0; restart < restarts && bestCount > 0; restart++) {
            int[][] start;
            if (restart > 0 && restart <= structured.length) {
                start = structured[restart - 1];
            } else {
                start = copy(best);
                for (int[] layer : start) {
                    if (restart == 0) {
                        reverse(layer);
                    } else {
                        shuffle(layer, random);
                    }
                }
            }
            int[][] candidate = sweep(start, up, down, upMerged, downMerged, pos);
            long count = crossings(candidate, down, pos);
            if (count < bestCount) {
                bestCount = count;
                best = candidate;
            }
        }
        int kicks = restarts == 0 ? 0 : Math.min(MAX_KICKS, KICK_BUDGET / Math.max(1, size));
        return kicked(best, bestCount, kicks, up, down, upMerged, downMerged, pos, random);
    }

    /**
     * Iterated local search from {@code start}: each kick shuffles a short run of one or two
     * adjacent layers, then sifting and swaps repair the layers around it; the kicked ordering is
     * kept when it crosses no more than before (so the search drifts across plateaus) and the best
     * seen is returned. Restarts from scratch forget a good ordering; kicks refine it.
     */
    private static int[][] kicked(int[][] start, long startCount, int kicks, int[][] up, int[][] down,
                                  int[][] upMerged, int[][] downMerged, int[] pos, java.util.Random random) {
        int[][] current = copy(start);
        long currentCount = startCount;
        int[][] best = start;
        long bestCount = startCount;
        positions(current, pos);
        for (int k = 0; k < kicks && bestCount > 0; k++) {
            int l = random.nextInt(current.length);
            int last = Math.min(current.length - 1, l + random.nextInt(2));
            int lo = Math.max(0, l - 1);
            int hi = Math.min(current.length, last + 2);
            long before = crossingsAround(current, lo, hi, down, pos);
            int[][] saved = new int[hi - lo][];
            for (int i = lo; i < hi; i++) {
                saved[i - lo] = current[i].clone();
            }
            for (int i = l; i <= last; i++) {
                shuffleRun(current[i], random);
                for (int s = 0; s < current[i].length; s++) {
                    pos[current[i][s]] = s;
                }
            }
            long after = Long.MAX_VALUE;
            for (int pass = 0; pass < POLISH_PASSES; pass++) {
                sift(current, lo, hi, up, down, pos);
                transpose(current, lo, hi, upMerged, downMerged, pos, false);
                long count = crossingsAround(current, lo, hi, down, pos);
                if (count >= after) {
                    break;
                }
                after = count;
            }
            if (after <= before) {
                currentCount += after - before;
                if (currentCount < bestCount) {
                    bestCount = currentCount;
                    best = copy(current);
                }
            } else {
                for (int i = lo; i < hi; i++) {
                    current[i] = saved[i - lo];
                    for (int s = 0; s < current[i].length; s++) {
                        pos[current[i][s]] = s;
                    }
                }
            }
        }
        return best;
    }

    /** Shuffles a run of 2 to 7 neighbours somewhere in the layer. */
    private static void shuffleRun(int[] layer, java.util.Random random) {
        if (layer.length < 2) {
            return;
        }
        int width = 2 + random.nextInt(Math.min(6, layer.length - 1));
        int from = random.nextInt(layer.length - width + 1);
        for (int i = from + width - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int t = layer[i];
            layer[i] = layer[j];
            layer[j] = t;
        }
    }

    /** Crossings between the layer pairs that touch layers {@code lo} to {@code hi - 1}. */
    private static long crossingsAround(int[][] layers, int lo, int hi, int[][] down, int[] pos) {
        long total = 0;
        for (int l = Math.max(0, lo - 1); l < hi && l + 1 < layers.length; l++) {
            total += crossingsBetween(layers[l], layers[l + 1].length, down, pos);
        }
        return total;
    }

    /**
     * A starting order by traversal, as dot builds its initial ranks: from every node without
     * {@code back} neighbours (taken in their layer order, top layers first when {@code forward}
     * runs along down-edges), depth- or breadth-first along {@code forward}, each node appended to
     * its layer when first reached. Subtrees start out contiguous, from whichever end.
     */
    private static int[][] traversal(int[][] layers, int[][] forward, int[][] back, boolean breadth) {
        int size = 0;
        for (int[] layer : layers) {
            for (int v : layer) {
                size = Math.max(size, v + 1);
            }
        }
        int[] layerOf = new int[size];
        for (int l = 0; l < layers.length; l++) {
            for (int v : layers[l]) {
                layerOf[v] = l;
            }
        }
        boolean downwards = forward != back && isDown(layers, forward, layerOf);
        int[][] out = new int[layers.length][];
        int[] fill = new int[layers.length];
        for (int l = 0; l < layers.length; l++) {
            out[l] = new int[layers[l].length];
        }
        boolean[] seen = new boolean[size];
        int[] work = new int[size];
        int[] cursor = new int[size];
        for (int i = 0; i < layers.length; i++) {
            int[] layer = layers[downwards ? i : layers.length - 1 - i];
            for (int root : layer) {
                if (seen[root] || back[root].length > 0 && i > 0 && hasUnseen(back[root], seen)) {
                    continue;
                }
                seen[root] = true;
                out[layerOf[root]][fill[layerOf[root]]++] = root;
                if (breadth) {
                    int head = 0;
                    int tail = 0;
                    work[tail++] = root;
                    while (head < tail) {
                        for (int u : forward[work[head++]]) {
                            if (!seen[u]) {
                                seen[u] = true;
                                out[layerOf[u]][fill[layerOf[u]]++] = u;
                                work[tail++] = u;
                            }
                        }
                    }
                } else {
                    int top = 0;
                    work[0] = root;
                    cursor[0] = 0;
                    while (top >= 0) {
                        int v = work[top];
                        if (cursor[top] == forward[v].length) {
                            top--;
                            continue;
                        }
                        int u = forward[v][cursor[top]++];
                        if (!seen[u]) {
                            seen[u] = true;
                            out[layerOf[u]][fill[layerOf[u]]++] = u;
                            work[++top] = u;
                            cursor[top] = 0;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasUnseen(int[] nodes, boolean[] seen) {
        for (int v : nodes) {
            if (!seen[v]) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code forward} points to the layer below (true for down-neighbours). */
    private static boolean isDown(int[][] layers, int[][] forward, int[] layerOf) {
        for (int[] layer : layers) {
            for (int v : layer) {
                if (forward[v].length > 0) {
                    return layerOf[forward[v][0]] > layerOf[v];
                }
            }
        }
        return true;
    }

    /** Down and up sweeps from {@code start} until they stop helping; the best ordering seen. */
    private static int[][] sweep(int[][] start, int[][] up, int[][] down, int[][] upMerged, int[][] downMerged,
                                 int[] pos) {
        int[][] current = copy(start);
        positions(current, pos);
        int[][] best = copy(current);
        long bestCount = crossings(current, down, pos);
        int stale = 0;
        for (int round = 0; round < MAX_ROUNDS && bestCount > 0 && stale < PATIENCE; round++) {
            boolean median = round % 2 == 1;
            for (int l = 1; l < current.length; l++) {
                sortLayer(current[l], up, pos, median);
            }
            for (int l = current.length - 2; l >= 0; l--) {
                sortLayer(current[l], down, pos, median);
            }
            transpose(current, upMerged, downMerged, pos, round % 4 == 3);
            long count = crossings(current, down, pos);
            if (count < bestCount) {
                bestCount = count;
                best = copy(current);
                stale = 0;
            } else {
                stale++;
            }
        }
        positions(best, pos);
        polish(best, up, down, upMerged, downMerged, pos, bestCount);
        return best;
    }

    /** Sifting then adjacent swaps (the greedy switch), while they lower the count. */
    private static long polish(int[][] layers, int[][] up, int[][] down, int[][] upMerged, int[][] downMerged,
                               int[] pos, long count) {
        for (int pass = 0; pass < POLISH_PASSES && count > 0; pass++) {
            sift(layers, up, down, pos);
            transpose(layers, upMerged, downMerged, pos, false);
            long after = crossings(layers, down, pos);
            if (after >= count) {
                return after;
            }
            count = after;
        }
        return count;
    }

    private static void reverse(int[] layer) {
        for (int i = 0, j = layer.length - 1; i < j; i++, j--) {
            int t = layer[i];
            layer[i] = layer[j];
            layer[j] = t;
        }
    }

    private static void shuffle(int[] layer, java.util.Random random) {
        for (int i = layer.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = layer[i];
            layer[i] = layer[j];
            layer[j] = t;
        }
    }

    /** Total crossings of a proper layered graph in the given order. */
    static long crossings(int[][] layers, int[][] down) {
        int size = 0;
        for (int[] layer : layers) {
            for (int v : layer) {
                size = Math.max(size, v + 1);
            }
        }
        int[] pos = new int[Math.max(size, down.length)];
        positions(layers, pos);
        return crossings(layers, down, pos);
    }

    private static long crossings(int[][] layers, int[][] down, int[] pos) {
        long total = 0;
        for (int l = 0; l + 1 < layers.length; l++) {
            total += crossingsBetween(layers[l], layers[l + 1].length, down, pos);
        }
        return total;
    }

    /**
     * Crossings between one layer and the next: edges sorted by upper then lower position, the
     * crossings are the inversions among lower positions, counted with a Fenwick tree in
     * O(e log n) (Barth, Jünger and Mutzel).
     */
    static long crossingsBetween(int[] upper, int lowerSize, int[][] down, int[] pos) {
        long[] tree = new long[lowerSize + 1];
        long seen = 0;
        long count = 0;
        int[] buffer = new int[8];
        for (int u : upper) {
            int[] nb = down[u];
            if (buffer.length < nb.length) {
                buffer = new int[nb.length];
            }
            for (int k = 0; k < nb.length; k++) {
                buffer[k] = pos[nb[k]];
            }
            Arrays.sort(buffer, 0, nb.length);
            for (int k = 0; k < nb.length; k++) {
                int p = buffer[k];
                // Edges already seen that end strictly right of p cross this one.
                count += seen - prefix(tree, p + 1);
                for (int i = p + 1; i <= lowerSize; i += i & -i) {
                    tree[i]++;
                }
                seen++;
            }
        }
        return count;
    }

    private static long prefix(long[] tree, int i) {
        long sum = 0;
        for (; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /**
     * Sorts one layer by its neighbours' positions. Vertices without neighbours there keep their
     * slot, the others fill the remaining slots in key order; ties keep the current order.
     */
    private static void sortLayer(int[] layer, int[][] neighbours, int[] pos, boolean median) {
        int k = layer.length;
        double[] key = new double[k];
        Integer[] movable = new Integer[k];
        int movableCount = 0;
        boolean[] fixed = new boolean[k];
        for (int i = 0; i < k; i++) {
            int[] nb = neighbours[layer[i]];
            if (nb.length == 0) {
                fixed[i] = true;
                continue;
            }
            key[i] = median ? median(nb, pos) : barycenter(nb, pos);
            movable[movableCount++] = i;
        }
        Arrays.sort(movable, 0, movableCount, (a, b) -> {
            int c = Double.compare(key[a], key[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] old = layer.clone();
        int next = 0;
        for (int i = 0; i < k; i++) {
            if (!fixed[i]) {
                layer[i] = old[movable[next++]];
            }
        }
        for (int i = 0; i < k; i++) {
            pos[layer[i]] = i;
        }
    }

    private static double barycenter(int[] nb, int[] pos) {
        double sum = 0;
        for (int u : nb) {
            sum += pos[u];
        }
        return sum / nb.length;
    }

    /**
     * The weighted median of Gansner et al.: the median position, or for an even count the two
     * middle positions weighted towards the side where the neighbours are packed closer.
     */
    private static double median(int[] nb, int[] pos) {
        int[] p = new int[nb.length];
        for (int i = 0; i < nb.length; i++) {
            p[i] = pos[nb[i]];
        }
        Arrays.sort(p);
        int mid = p.length / 2;
        if (p.length % 2 == 1) {
            return p[mid];
        }
        if (p.length == 2) {
            return (p[0] + p[1]) / 2.0;
        }
        double left = p[mid - 1] - p[0];
        double right = p[p.length - 1] - p[mid];
        if (left + right == 0) {
            return (p[mid - 1] + p[mid]) / 2.0;
        }
        return (p[mid - 1] * right + p[mid] * left) / (left + right);
    }

    /**
     * Sifting (Matuszewski, Schönfeld and Molitor): each vertex in turn tries every slot of its
     * layer, the others keeping their order, and takes the one with the fewest crossings with both
     * adjacent layers. Moving a vertex across one neighbour changes the count only by their pair's
     * crossings, so a whole layer costs O(k² · degree). Escapes optima that adjacent swaps cannot.
     */
    private static void sift(int[][] layers, int[][] up, int[][] down, int[] pos) {
        sift(layers, 0, layers.length, up, down, pos);
    }

    /** Sifting on layers {@code from} (inclusive) to {@code to} (exclusive) only. */
    private static void sift(int[][] layers, int first, int end, int[][] up, int[][] down, int[] pos) {
        for (int l = first; l < end; l++) {
            int[] layer = layers[l];
            int k = layer.length;
            if (k < 3) {
                continue;
            }
            int[] vertices = layer.clone();
            SiftCosts costs = new SiftCosts(vertices, up, down, pos);
            int[] current = new int[k];
            for (int i = 0; i < k; i++) {
                current[i] = i;
            }
            int[] others = new int[k - 1];
            for (int v = 0; v < k; v++) {
                int from = -1;
                int o = 0;
                for (int i = 0; i < k; i++) {
                    if (current[i] == v) {
                        from = i;
                    } else {
                        others[o++] = current[i];
                    }
                }
                // Cost relative to v leftmost: slot s puts v just before others[s].
                long cost = 0;
                long bestCost = 0;
                int bestSlot = 0;
                long stay = 0;
                for (int s = 0; s < k - 1; s++) {
                    int w = others[s];
                    cost += costs.costOfPassing(w, v);
                    if (s + 1 == from) {
                        stay = cost;
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestSlot = s + 1;
                    }
                }
                if (bestCost >= stay) {
                    continue; // staying put is as good: no churn on ties
                }
                int i = 0;
                for (int s = 0; s < k; s++) {
                    current[s] = s == bestSlot ? v : others[i++];
                }
            }
            for (int s = 0; s < k; s++) {
                layer[s] = vertices[current[s]];
                pos[layer[s]] = s;
            }
        }
    }

    /**
     * Swaps neighbours within a layer while that lowers the crossings with both adjacent layers;
     * {@code up} and {@code down} {@link #merged}.
     */
    private static void transpose(int[][] layers, int[][] up, int[][] down, int[] pos, boolean ties) {
        transpose(layers, 0, layers.length, up, down, pos, ties);
    }

    /** Adjacent swaps on layers {@code from} (inclusive) to {@code to} (exclusive) only. */
    private static void transpose(int[][] layers, int first, int end, int[][] up, int[][] down, int[] pos,
                                  boolean ties) {
        for (int pass = 0; pass < TRANSPOSE_PASSES; pass++) {
            boolean improved = false;
            for (int l = first; l < end; l++) {
                int[] layer = layers[l];
                for (int i = 0; i + 1 < layer.length; i++) {
                    int v = layer[i];
                    int w = layer[i + 1];
                    long keep = pairCrossings(v, w, up, pos) + pairCrossings(v, w, down, pos);
                    long swap = pairCrossings(w, v, up, pos) + pairCrossings(w, v, down, pos);
                    // Swapping on ties too, now and then, lets the search leave a plateau (as dot does).
                    if (swap < keep || ties && swap == keep && swap > 0) {
                        layer[i] = w;
                        layer[i + 1] = v;
                        pos[w] = i;
                        pos[v] = i + 1;
                        improved = true;
                    }
                }
            }
            if (!improved || ties) {
                return;
            }
        }
    }

    /** Crossings between the edges of {@code left} and {@code right} if {@code left} is left; {@code neighbours} {@link #merged}. */
    private static long pairCrossings(int left, int right, int[][] neighbours, int[] pos) {
        long count = 0;
        int[] l = neighbours[left];
        int[] r = neighbours[right];
        for (int i = 0; i < l.length; i += 2) {
            int p = pos[l[i]];
            for (int j = 0; j < r.length; j += 2) {
                if (p > pos[r[j]]) {
                    count += (long) l[i + 1] * r[j + 1];
                }
            }
        }
        return count;
    }

    /**
     * Each node's neighbours with parallel edges merged, as (neighbour, number of edges) pairs in
     * one array: a block's trunk is linked once per leaf (up to a cap), and adjacent swaps would
     * otherwise compare every copy with every other.
     */
    private static int[][] merged(int[][] neighbours) {
        int[][] out = new int[neighbours.length][];
        for (int v = 0; v < neighbours.length; v++) {
            int[] nb = neighbours[v].clone();
            Arrays.sort(nb);
            int[] pairs = new int[2 * nb.length];
            int size = 0;
            for (int i = 0; i < nb.length; i++) {
                if (i == 0 || nb[i] != nb[i - 1]) {
                    pairs[size] = nb[i];
                    size += 2;
                }
                pairs[size - 1]++;
            }
            out[v] = Arrays.copyOf(pairs, size);
        }
        return out;
    }

    private static void positions(int[][] layers, int[] pos) {
        for (int[] layer : layers) {
            for (int i = 0; i < layer.length; i++) {
                pos[layer[i]] = i;
            }
        }
    }

    private static int[][] copy(int[][] layers) {
        int[][] copy = new int[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            copy[l] = layers[l].clone();
        }
        return copy;
    }
}
