package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Moves boxes apart until no two are closer than a gap, changing the arrangement as little as is
 * cheap. Every algorithm runs it last; on layouts that are already clean it only checks.
 *
 * <ol>
 *   <li>Boxes sharing a centre are spread on a tiny spiral, since no direction separates them.</li>
 *   <li>If the boxes cannot fit in the area their centres span, all centres are scaled about their
 *       mean: this keeps the picture and saves many local iterations.</li>
 *   <li>Each overlapping pair is pushed apart, half each, pass after pass (pairs found with a
 *       grid), for a bounded number of passes: along the axis where it overlaps least, the
 *       smallest move, unless the overlap is deep, then along the line of centres. Pushes can
 *       cycle where boxes are packed tight, so every few passes, while overlaps remain, all
 *       centres are spread slightly: scaling never creates an overlap and eventually resolves
 *       any.</li>
 *   <li>If overlaps remain, an exact fallback places boxes from left to right, moving each right
 *       of whatever it still overlaps; placed boxes never move again, so it always ends clean.</li>
 * </ol>
 * Deterministic: the result depends only on the input order and positions.
 */
public final class OverlapRemoval {

    /** Bounded so that a pathological input costs a known time before the fallback. */
    static final int MAX_PASSES = 200;

    /** Passes after which, if overlaps remain, all centres are spread by {@link #SPREAD}. */
    private static final int STALL_PASSES = 8;
    private static final double SPREAD = 1.08;

    /** Area the boxes are given when crowded, over the area they need (gaps included). */
    private static final double ROOM = 1.6;

    /**
     * Overlap depth (0 for coincident centres, 1 for touching) under which a pair is pushed apart
     * along its line of centres rather than along the axis of least overlap.
     */
    private static final double DEEP = 0.6;

    /** Pushes go a little further than needed so a resolved pair is not seen again from rounding. */
    private static final double SLACK = 1e-3;

    private OverlapRemoval() {
    }

    /**
     * Returns the boxes, in the same order, moved so that no two are closer than {@code gap}.
     * When none are, the boxes come back as they were.
     */
    public static Map<String, NodeBox> apply(Map<String, NodeBox> boxes, double gap) {
        BoxArrays a = BoxArrays.of(boxes);
        List<String> ids = a.ids();
        int n = ids.size();
        double[] x = a.x();
        double[] y = a.y();
        double[] w = a.w();
        double[] h = a.h();
        Map<String, NodeBox> result = new LinkedHashMap<>();
        if (!removeOverlaps(x, y, w, h, gap)) {
            result.putAll(boxes);
            return result;
        }
        for (int i = 0; i < n; i++) {
            result.put(ids.get(i), new NodeBox(x[i], y[i], w[i], h[i]));
        }
        return result;
    }

    /** Works in place on centres {@code x, y}; returns whether anything moved. */
    static boolean removeOverlaps(double[] x, double[] y, double[] w, double[] h, double gap) {
        return removeOverlaps(x, y, w, h, gap, true);
    }

    /**
     * As {@link #removeOverlaps}, by pushing the overlapping pairs alone, never spreading the whole:
     * for a clean drawing where a few boxes changed ({@link KeptLayout}), whose other boxes must stay
     * put (spreading all moved every concept of the built-in taxonomy by some 8 %).
     */
    static boolean removeOverlapsLocally(double[] x, double[] y, double[] w, double[] h, double gap) {
        return removeOverlaps(x, y, w, h, gap, false);
    }

    private static boolean removeOverlaps(double[] x, double[] y, double[] w, double[] h, double gap,
                                          boolean spreadAll) {
        if (!BoxIndex.anyOverlap(x, y, w, h, gap)) {
            return false;
        }
        spreadCoincident(x, y, w, h, gap);
        if (spreadAll) {
            expandIfCrowded(x, y, w, h, gap);
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int[] resolved = {0};
            BoxIndex.forEachOverlap(x, y, w, h, gap, (i, j) -> {
                push(x, y, w, h, gap, i, j);
                resolved[0]++;
            });
            if (resolved[0] == 0) {
                return true;
            }
            if (spreadAll && pass % STALL_PASSES == STALL_PASSES - 1) {
                // Local pushes can cycle in a crowded spot; a slight spread makes room everywhere.
                Extent.scaleAboutCentroid(x, y, SPREAD);
            }
        }
        if (BoxIndex.anyOverlap(x, y, w, h, gap)) {
            sweepRight(x, y, w, h, gap);
        }
        return true;
    }

    private static void push(double[] x, double[] y, double[] w, double[] h, double gap, int i, int j) {
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double sx = (w[i] + w[j]) / 2 + gap;
        double sy = (h[i] + h[j]) / 2 + gap;
        // In units of the separation needed on each axis, the pair overlaps while both |u| and |v|
        // are under 1.
        double u = dx / sx;
        double v = dy / sy;
        double depth = Math.max(Math.abs(u), Math.abs(v));
        if (depth < DEEP && depth > 1e-9) {
            // Deep overlap: push along the line of centres (in those units) until one axis clears.
            // Pushing on the cheaper axis instead would stack crowds into columns of wide labels.
            double f = (1 + SLACK / Math.min(sx, sy)) / depth - 1;
            x[i] -= dx * f / 2;
            x[j] += dx * f / 2;
            y[i] -= dy * f / 2;
            y[j] += dy * f / 2;
        } else if (sx - Math.abs(dx) <= sy - Math.abs(dy)) {
            double shift = (sx - Math.abs(dx) + SLACK) / 2 * (dx < 0 ? -1 : 1);
            x[i] -= shift;
            x[j] += shift;
        } else {
            double shift = (sy - Math.abs(dy) + SLACK) / 2 * (dy < 0 ? -1 : 1);
            y[i] -= shift;
            y[j] += shift;
        }
    }

    private static void spreadCoincident(double[] x, double[] y, double[] w, double[] h, double gap) {
        int n = x.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i])
                .thenComparingInt(i -> i));
        double unit = 1e-3 * (averageSize(w, h) + gap + 1);
        double goldenAngle = Math.PI * (3 - Math.sqrt(5));
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        int run = 0;
        for (int k = 1; k < n; k++) {
            int prev = order[k - 1];
            int cur = order[k];
            run = x0[cur] == x0[prev] && y0[cur] == y0[prev] ? run + 1 : 0;
            if (run > 0) {
                double r = unit * Math.sqrt(run);
                x[cur] += r * Math.cos(run * goldenAngle);
                y[cur] += r * Math.sin(run * goldenAngle);
            }
        }
    }

    private static void expandIfCrowded(double[] x, double[] y, double[] w, double[] h, double gap) {
        int n = x.length;
        double need = 0;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double avgW = 0;
        double avgH = 0;
        for (int i = 0; i < n; i++) {
            need += (w[i] + gap) * (h[i] + gap);
            avgW += w[i] + gap;
            avgH += h[i] + gap;
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        avgW /= n;
        avgH /= n;
        double spanW = maxX - minX;
        double spanH = maxY - minY;
        // Area the boxes would cover if the centres spread by s: (s*spanW + avgW) * (s*spanH + avgH).
        double target = need * ROOM;
        double a = spanW * spanH;
        double b = spanW * avgH + spanH * avgW;
        double c = avgW * avgH - target;
        if (c >= 0 || (a == 0 && b == 0)) {
            return;
        }
        double s = a == 0 ? -c / b : (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        if (!(s > 1) || !Double.isFinite(s)) {
            return;
        }
        Extent.scaleAboutCentroid(x, y, s);
    }


    /** The exact fallback: left to right, each box moves right past what it overlaps. */
    static void sweepRight(double[] x, double[] y, double[] w, double[] h, double gap) {
        int n = x.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> x[i] - w[i] / 2).thenComparingInt(i -> i));
        double cellW = averageWidth(w) + gap + 1;
        double cellH = averageHeight(h) + gap + 1;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i : order) {
            while (true) {
                double rightmost = Double.NEGATIVE_INFINITY;
                for (int j : candidates(grid, x[i], y[i], w[i], h[i], gap, cellW, cellH)) {
                    if (BoxIndex.overlaps(x, y, w, h, gap, i, j)) {
                        rightmost = Math.max(rightmost, x[j] + (w[j] + w[i]) / 2 + gap + SLACK);
                    }
                }
                if (rightmost == Double.NEGATIVE_INFINITY) {
                    break;
                }
                x[i] = rightmost;
            }
            forCells(x[i], y[i], w[i], h[i], gap, cellW, cellH,
                    k -> grid.computeIfAbsent(k, key -> new ArrayList<>()).add(i));
        }
    }

    private static List<Integer> candidates(Map<Long, List<Integer>> grid, double x, double y, double w, double h,
                                            double gap, double cellW, double cellH) {
        List<Integer> found = new ArrayList<>();
        forCells(x, y, w, h, gap, cellW, cellH, k -> {
            List<Integer> cell = grid.get(k);
            if (cell != null) {
                found.addAll(cell);
            }
        });
        return found;
    }

    private static void forCells(double x, double y, double w, double h, double gap, double cellW, double cellH,
                                 LongConsumer action) {
        double half = gap / 2;
        long x0 = (long) Math.floor((x - w / 2 - half) / cellW);
        long x1 = (long) Math.floor((x + w / 2 + half) / cellW);
        long y0 = (long) Math.floor((y - h / 2 - half) / cellH);
        long y1 = (long) Math.floor((y + h / 2 + half) / cellH);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                action.accept((cx << 32) ^ (cy & 0xffffffffL));
            }
        }
    }

    private static double averageSize(double[] w, double[] h) {
        return (averageWidth(w) + averageHeight(h)) / 2;
    }

    private static double averageWidth(double[] w) {
        return Arrays.stream(w).average().orElse(0);
    }

    private static double averageHeight(double[] h) {
        return Arrays.stream(h).average().orElse(0);
    }
}
