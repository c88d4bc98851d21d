package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * What sifting one layer of {@link CrossingReduction} needs: for each vertex of the layer (by its
 * index in the layer as given), the positions of its neighbours above and below, sorted, each
 * distinct position once with its number of edges. The layers above and below stay put while one
 * layer is sifted, so a pair's crossings are then one merge instead of a comparison of every pair
 * of edges (a block's trunk alone is up to 16 parallel edges).
 */
final class SiftCosts {

    private final int[][] upAt;
    private final int[][] upWeight;
    private final int[][] downAt;
    private final int[][] downWeight;

    /** {@code pos}: the current position of every node in its layer. */
    SiftCosts(int[] vertices, int[][] up, int[][] down, int[] pos) {
        int k = vertices.length;
        upAt = new int[k][];
        upWeight = new int[k][];
        downAt = new int[k][];
        downWeight = new int[k][];
        for (int i = 0; i < k; i++) {
            int[][] u = runs(up[vertices[i]], pos);
            upAt[i] = u[0];
            upWeight[i] = u[1];
            int[][] d = runs(down[vertices[i]], pos);
            downAt[i] = d[0];
            downWeight[i] = d[1];
        }
    }

    private static int[][] runs(int[] neighbours, int[] pos) {
        int[] p = new int[neighbours.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = pos[neighbours[i]];
        }
        Arrays.sort(p);
        int distinct = 0;
        for (int i = 0; i < p.length; i++) {
            if (i == 0 || p[i] != p[i - 1]) {
                distinct++;
            }
        }
        int[] at = new int[distinct];
        int[] weight = new int[distinct];
        int r = -1;
        for (int i = 0; i < p.length; i++) {
            if (i == 0 || p[i] != p[i - 1]) {
                at[++r] = p[i];
            }
            weight[r]++;
        }
        return new int[][] {at, weight};
    }

    /**
     * Crossings between the edges of {@code w} and {@code v} (local indices) with w left of v,
     * less those with v left of w: what moving v from just before w to just after it costs.
     */
    long costOfPassing(int w, int v) {
        return difference(upAt[w], upWeight[w], upAt[v], upWeight[v])
                + difference(downAt[w], downWeight[w], downAt[v], downWeight[v]);
    }

    /**
     * In one merge: pairs (a of the left, b of the right) with a right of b, less those with a
     * left of b, weighted. For each a: the right's weight before it counts, after it counts against.
     */
    private static long difference(int[] leftAt, int[] leftWeight, int[] rightAt, int[] rightWeight) {
        if (leftAt.length == 0 || rightAt.length == 0) {
            return 0;
        }
        long total = 0;
        for (int w : rightWeight) {
            total += w;
        }
        long count = 0;
        long before = 0; // weight of the right's neighbours left of the current one of the left
        int j = 0;
        for (int i = 0; i < leftAt.length; i++) {
            while (j < rightAt.length && rightAt[j] < leftAt[i]) {
                before += rightWeight[j++];
            }
            long same = j < rightAt.length && rightAt[j] == leftAt[i] ? rightWeight[j] : 0;
            count += leftWeight[i] * (2 * before + same - total);
        }
        return count;
    }
}
