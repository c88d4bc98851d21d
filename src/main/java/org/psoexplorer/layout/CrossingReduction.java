package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * Reorders the vertices within each layer of a proper layered graph (every edge joins adjacent
 * layers) to reduce edge crossings: layer-by-layer sweeps, down then up, sorting each layer by the
 * barycenter (average) or, on alternate rounds, the median of its neighbours' positions in the
 * layer just swept, each round followed by passes that swap neighbours when that removes
 * crossings (every fourth round also on ties, to leave plateaus). The search then starts again
 * from the mirror image and from seeded shuffles of the best ordering (graphs up to
 * {@value #RESTART_LIMIT} nodes), as local searches of this kind end in different optima from
 * different starts. The best ordering seen is kept, so the result never has more crossings than
 * the input; on the built-in taxonomy and most random hierarchies it has no more than Graphviz
 * {@code dot} (see LayeredCrossingsTest).
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

    private CrossingReduction() {
    }

    /** Returns improved copies of the layers (the input is not modified); fresh starts seeded with {@value #RESTART_SEED}. */
    static int[][] reduce(int[][] layers, int[][] up, int[][] down) {
        return reduce(layers, up, down, RESTART_SEED);
    }

    /** As {@link #reduce(int[][], int[][], int[][])}, the fresh starts drawn from {@code seed}: same seed, same result. */
    static int[][] reduce(int[][] layers, int[][] up, int[][] down, long seed) {
        int[] pos = new int[up.length];
        int[][] best = sweep(layers, up, down, pos);
        long bestCount = crossings(best, down, pos);
        // Sweeps settle in a local optimum that depends on where they start: start again from the
        // mirror image and from a few seeded shuffles of the best so far, and keep the best of all.
        java.util.Random random = new java.util.Random(seed);
        // Small graphs get more fresh starts: their sweeps are cheap and each start may find a better optimum.
        int restarts = up.length <= RESTART_LIMIT ? Math.max(MIN_RESTARTS, Math.min(RESTARTS, RESTART_BUDGET / Math.max(1, up.length))) : 0;
        for (int restart = 0; restart < restarts && bestCount > 0; restart++) {
            int[][] start = copy(best);
            for (int[] layer : start) {
                if (restart == 0) {
                    reverse(layer);
                } else {
                    shuffle(layer, random);
                }
            }
            int[][] candidate = sweep(start, up, down, pos);
            long count = crossings(candidate, down, pos);
            if (count < bestCount) {
                bestCount = count;
                best = candidate;
            }
        }
        return best;
    }

    /** Down and up sweeps from {@code start} until they stop helping; the best ordering seen. */
    private static int[][] sweep(int[][] start, int[][] up, int[][] down, int[] pos) {
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
            transpose(current, up, down, pos, round % 4 == 3);
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
        polish(best, up, down, pos, bestCount);
        return best;
    }

    /** Sifting then adjacent swaps (the greedy switch), while they lower the count. */
    private static void polish(int[][] layers, int[][] up, int[][] down, int[] pos, long count) {
        for (int pass = 0; pass < POLISH_PASSES && count > 0; pass++) {
            sift(layers, up, down, pos);
            transpose(layers, up, down, pos, false);
            long after = crossings(layers, down, pos);
            if (after >= count) {
                return;
            }
            count = after;
        }
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
        for (int[] layer : layers) {
            int k = layer.length;
            if (k < 3) {
                continue;
            }
            int[] vertices = layer.clone();
            int[] others = new int[k - 1];
            for (int v : vertices) {
                int from = pos[v];
                int o = 0;
                for (int i = 0; i < k; i++) {
                    if (i != from) {
                        others[o++] = layer[i];
                    }
                }
                // Cost relative to v leftmost: slot s puts v just before others[s].
                long cost = 0;
                long bestCost = 0;
                int bestSlot = 0;
                long current = 0;
                for (int s = 0; s < k - 1; s++) {
                    int w = others[s];
                    cost += pairCrossings(w, v, up, pos) + pairCrossings(w, v, down, pos)
                            - pairCrossings(v, w, up, pos) - pairCrossings(v, w, down, pos);
                    if (s + 1 == from) {
                        current = cost;
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestSlot = s + 1;
                    }
                }
                if (bestCost >= current) {
                    continue; // staying put is as good: no churn on ties
                }
                int slot = bestSlot;
                int i = 0;
                for (int s = 0; s < k; s++) {
                    layer[s] = s == slot ? v : others[i++];
                }
                for (int s = 0; s < k; s++) {
                    pos[layer[s]] = s;
                }
            }
        }
    }

    /** Swaps neighbours within a layer while that lowers the crossings with both adjacent layers. */
    private static void transpose(int[][] layers, int[][] up, int[][] down, int[] pos, boolean ties) {
        for (int pass = 0; pass < TRANSPOSE_PASSES; pass++) {
            boolean improved = false;
            for (int[] layer : layers) {
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

    /** Crossings between the edges of {@code left} and {@code right} if {@code left} is left. */
    private static long pairCrossings(int left, int right, int[][] neighbours, int[] pos) {
        long count = 0;
        for (int a : neighbours[left]) {
            for (int b : neighbours[right]) {
                if (pos[a] > pos[b]) {
                    count++;
                }
            }
        }
        return count;
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
