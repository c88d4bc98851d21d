package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds pairs of boxes closer than a gap with a uniform grid, so that overlap checks stay near
 * linear on thousands of boxes whatever their arrangement (a sweep line degrades on tall columns).
 * Pairs are visited in a fixed order (by first index, then by grid cell), because overlap removal
 * moves boxes as it visits pairs and must stay deterministic.
 */
final class BoxIndex {

    /** Receives one pair of overlapping boxes, {@code i < j}. */
    interface PairVisitor {
        void visit(int i, int j);
    }

    private BoxIndex() {
    }

    /**
     * All pairs of boxes (centres x, y, sizes w, h) closer than {@code gap} on both axes, sorted by
     * first then second index.
     */
    static List<int[]> overlappingPairs(double[] x, double[] y, double[] w, double[] h, double gap) {
        List<int[]> pairs = new ArrayList<>();
        forEachOverlap(x, y, w, h, gap, (i, j) -> pairs.add(new int[] {i, j}));
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    /** Whether any two boxes are closer than {@code gap}. */
    static boolean anyOverlap(double[] x, double[] y, double[] w, double[] h, double gap) {
        return scan(x, y, w, h, gap, null) > 0;
    }

    /**
     * Visits every pair closer than {@code gap}. Positions read are those at the time a box's
     * candidates are examined; the grid itself is built from the positions on entry.
     */
    static void forEachOverlap(double[] x, double[] y, double[] w, double[] h, double gap, PairVisitor visitor) {
        scan(x, y, w, h, gap, visitor);
    }

    /**
     * {@link #forEachOverlap}, returning how many pairs it visited; without a visitor it stops at
     * the first pair. Overlap removal runs it dozens of times over thousands of boxes, so the test
     * is written out in the loop (the same arithmetic as {@link #overlaps}, in the same order).
     */
    private static int scan(double[] x, double[] y, double[] w, double[] h, double gap, PairVisitor visitor) {
        int n = x.length;
        if (n < 2) {
            return 0;
        }
        double half = gap / 2;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double sumW = 0;
        double sumH = 0;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i] - w[i] / 2 - half);
            maxX = Math.max(maxX, x[i] + w[i] / 2 + half);
            minY = Math.min(minY, y[i] - h[i] / 2 - half);
            maxY = Math.max(maxY, y[i] + h[i] / 2 + half);
            sumW += w[i];
            sumH += h[i];
        }
        // Cells about the size of an average grown box, so each box touches a few cells; coarser
        // when the drawing is sparse, so the grid stays within a few cells per box.
        double cellW = Math.max(sumW / n + gap, 1e-3);
        double cellH = Math.max(sumH / n + gap, 1e-3);
        double cellsWanted = (maxX - minX) / cellW * ((maxY - minY) / cellH);
        double limit = 4.0 * n + 16;
        if (cellsWanted > limit) {
            double grow = Math.sqrt(cellsWanted / limit);
            cellW *= grow;
            cellH *= grow;
        }
        int cols = (int) Math.min(Integer.MAX_VALUE / 4, Math.floor((maxX - minX) / cellW) + 1);
        int rows = (int) Math.min(Integer.MAX_VALUE / 4 / Math.max(cols, 1), Math.floor((maxY - minY) / cellH) + 1);
        int[] range = new int[4 * n];
        int[] start = new int[cols * rows + 1];
        for (int i = 0; i < n; i++) {
            int c0 = clamp((int) ((x[i] - w[i] / 2 - half - minX) / cellW), cols);
            int c1 = clamp((int) ((x[i] + w[i] / 2 + half - minX) / cellW), cols);
            int r0 = clamp((int) ((y[i] - h[i] / 2 - half - minY) / cellH), rows);
            int r1 = clamp((int) ((y[i] + h[i] / 2 + half - minY) / cellH), rows);
            range[4 * i] = c0;
            range[4 * i + 1] = c1;
            range[4 * i + 2] = r0;
            range[4 * i + 3] = r1;
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    start[r * cols + c + 1]++;
                }
            }
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] fill = Arrays.copyOf(start, start.length - 1);
        int[] entries = new int[start[start.length - 1]];
        for (int i = 0; i < n; i++) {
            for (int r = range[4 * i + 2]; r <= range[4 * i + 3]; r++) {
                for (int c = range[4 * i]; c <= range[4 * i + 1]; c++) {
                    entries[fill[r * cols + c]++] = i;
                }
            }
        }
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        // A cell lists its boxes in increasing order and boxes are taken in increasing order, so
        // each cell keeps a cursor past the boxes already taken: only later ones can pair with i.
        int[] after = fill;
        System.arraycopy(start, 0, after, 0, after.length);
        int visited = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            double yi = y[i];
            double wi = w[i];
            double hi = h[i];
            for (int r = range[4 * i + 2]; r <= range[4 * i + 3]; r++) {
                for (int c = range[4 * i]; c <= range[4 * i + 1]; c++) {
                    int cell = r * cols + c;
                    int end = start[cell + 1];
                    int k = after[cell];
                    while (k < end && entries[k] <= i) {
                        k++;
                    }
                    after[cell] = k;
                    for (; k < end; k++) {
                        int j = entries[k];
                        if (stamp[j] == i) {
                            continue;
                        }
                        stamp[j] = i;
                        if (Math.abs(xi - x[j]) < (wi + w[j]) / 2 + gap - NodeBox.EPSILON
                                && Math.abs(yi - y[j]) < (hi + h[j]) / 2 + gap - NodeBox.EPSILON) {
                            visited++;
                            if (visitor == null) {
                                return visited;
                            }
                            visitor.visit(i, j);
                            // The visitor may move box i (overlap removal pushes both boxes).
                            xi = x[i];
                            yi = y[i];
                        }
                    }
                }
            }
        }
        return visited;
    }

    private static int clamp(int cell, int count) {
        return Math.max(0, Math.min(count - 1, cell));
    }

    static boolean overlaps(double[] x, double[] y, double[] w, double[] h, double gap, int i, int j) {
        return Math.abs(x[i] - x[j]) < (w[i] + w[j]) / 2 + gap - NodeBox.EPSILON
                && Math.abs(y[i] - y[j]) < (h[i] + h[j]) / 2 + gap - NodeBox.EPSILON;
    }
}
