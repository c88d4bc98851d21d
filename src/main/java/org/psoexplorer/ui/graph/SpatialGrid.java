package org.psoexplorer.ui.graph;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Finds which of many boxes meet a rectangle (the part of the drawing in view) without visiting
 * them all: a uniform grid of cells, each listing the boxes that touch it. Built once per
 * diagram; a query costs the cells it covers plus the boxes found. A box spanning a great many
 * cells (a long edge across the drawing) is kept aside and checked on every query instead, so the
 * grid stays about as large as the number of boxes.
 */
final class SpatialGrid {

    private static final int MAX_CELLS_PER_BOX = 64;

    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final double originX;
    private final double originY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    private final int[] start;
    private final int[] entries;
    private final int[] wide;
    /** Marks boxes already reported by the current query, so a box in several cells is reported once. */
    private final int[] seen;
    private int stamp;

    /** Boxes as corner arrays, all the same length. */
    SpatialGrid(double[] minX, double[] minY, double[] maxX, double[] maxY) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        int n = minX.length;
        seen = new int[n];
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, minX[i]);
            y0 = Math.min(y0, minY[i]);
            x1 = Math.max(x1, maxX[i]);
            y1 = Math.max(y1, maxY[i]);
        }
        if (n == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        originX = x0;
        originY = y0;
        // About one cell per box, square in the drawing's units.
        double w = Math.max(x1 - x0, 1e-3);
        double h = Math.max(y1 - y0, 1e-3);
        double side = Math.sqrt(w * h / Math.max(n, 1));
        cols = (int) Math.max(1, Math.min(4096, Math.ceil(w / side)));
        rows = (int) Math.max(1, Math.min(4096, Math.ceil(h / side)));
        cellW = w / cols * (1 + 1e-9);
        cellH = h / rows * (1 + 1e-9);
        int[] counts = new int[cols * rows + 1];
        int[] wideList = new int[n];
        int wideCount = 0;
        boolean[] isWide = new boolean[n];
        for (int i = 0; i < n; i++) {
            int c0 = col(minX[i]);
            int c1 = col(maxX[i]);
            int r0 = row(minY[i]);
            int r1 = row(maxY[i]);
            if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_BOX) {
                isWide[i] = true;
                wideList[wideCount++] = i;
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    counts[r * cols + c + 1]++;
                }
            }
        }
        for (int k = 1; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        start = counts;
        int[] fill = Arrays.copyOf(counts, counts.length - 1);
        entries = new int[counts[counts.length - 1]];
        for (int i = 0; i < n; i++) {
            if (isWide[i]) {
                continue;
            }
            for (int r = row(minY[i]); r <= row(maxY[i]); r++) {
                for (int c = col(minX[i]); c <= col(maxX[i]); c++) {
                    entries[fill[r * cols + c]++] = i;
                }
            }
        }
        wide = Arrays.copyOf(wideList, wideCount);
    }

    private int col(double x) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((x - originX) / cellW)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - originY) / cellH)));
    }

    /** Reports every box meeting the rectangle once, in no particular order. */
    // Synchronized: the overview's own thread queries the same grids as the FX thread, and a query marks what it saw.
    synchronized void query(double qMinX, double qMinY, double qMaxX, double qMaxY, IntConsumer found) {
        if (minX.length == 0 || qMaxX < qMinX || qMaxY < qMinY) {
            return;
        }
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int c0 = col(qMinX);
        int c1 = col(qMaxX);
        int r0 = row(qMinY);
        int r1 = row(qMaxY);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * cols + c;
                for (int k = start[cell]; k < start[cell + 1]; k++) {
                    report(entries[k], qMinX, qMinY, qMaxX, qMaxY, found);
                }
            }
        }
        for (int i : wide) {
            report(i, qMinX, qMinY, qMaxX, qMaxY, found);
        }
    }

    private void report(int i, double qMinX, double qMinY, double qMaxX, double qMaxY, IntConsumer found) {
        if (seen[i] != stamp && maxX[i] >= qMinX && minX[i] <= qMaxX && maxY[i] >= qMinY && minY[i] <= qMaxY) {
            seen[i] = stamp;
            found.accept(i);
        }
    }

    int size() {
        return minX.length;
    }
}
