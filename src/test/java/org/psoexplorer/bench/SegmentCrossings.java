package org.psoexplorer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.layout.Geometry;
import org.psoexplorer.layout.Point;

/**
 * Crossings between drawn edges that share no end, for drawings of thousands of edges: segments
 * go into the cells of a uniform grid their bounding boxes cover, pairs are tested per cell, and a
 * crossing counts only in the cell that holds its point, so none counts twice.
 */
final class SegmentCrossings {

    private SegmentCrossings() {
    }

    static long count(List<List<Point>> lines, List<String[]> ends) {
        long[] count = new long[1];
        each(lines, ends, (a, b, x, y) -> count[0]++);
        return count[0];
    }

    /** Receives each crossing once: the two edges' indices and the crossing point. */
    interface Visitor {
        void crossing(int edgeA, int edgeB, double x, double y);
    }

    /** Calls {@code visitor} once per crossing counted by {@link #count}. */
    static void each(List<List<Point>> lines, List<String[]> ends, Visitor visitor) {
        List<double[]> segs = new ArrayList<>(); // x0, y0, x1, y1, edge
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double length = 0;
        for (int e = 0; e < lines.size(); e++) {
            List<Point> l = lines.get(e);
            for (int i = 1; i < l.size(); i++) {
                Point a = l.get(i - 1);
                Point b = l.get(i);
                segs.add(new double[] {a.x(), a.y(), b.x(), b.y(), e});
                minX = Math.min(minX, Math.min(a.x(), b.x()));
                minY = Math.min(minY, Math.min(a.y(), b.y()));
                maxX = Math.max(maxX, Math.max(a.x(), b.x()));
                maxY = Math.max(maxY, Math.max(a.y(), b.y()));
                length += Math.hypot(b.x() - a.x(), b.y() - a.y());
            }
        }
        if (segs.isEmpty()) {
            return;
        }
        double cell = Math.max(1, length / segs.size() * 2);
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int s = 0; s < segs.size(); s++) {
            double[] g = segs.get(s);
            long cx0 = (long) Math.floor((Math.min(g[0], g[2]) - minX) / cell);
            long cx1 = (long) Math.floor((Math.max(g[0], g[2]) - minX) / cell);
            long cy0 = (long) Math.floor((Math.min(g[1], g[3]) - minY) / cell);
            long cy1 = (long) Math.floor((Math.max(g[1], g[3]) - minY) / cell);
            for (long cx = cx0; cx <= cx1; cx++) {
                for (long cy = cy0; cy <= cy1; cy++) {
                    grid.computeIfAbsent(cx * 4_000_003L + cy, k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Map.Entry<Long, List<Integer>> entry : grid.entrySet()) {
            long cx = Math.floorDiv(entry.getKey(), 4_000_003L);
            long cy = entry.getKey() - cx * 4_000_003L;
            List<Integer> in = entry.getValue();
            for (int i = 0; i < in.size(); i++) {
                double[] a = segs.get(in.get(i));
                for (int j = i + 1; j < in.size(); j++) {
                    double[] b = segs.get(in.get(j));
                    int ea = (int) a[4];
                    int eb = (int) b[4];
                    if (ea == eb || shareEnd(ends.get(ea), ends.get(eb))) {
                        continue;
                    }
                    Point a0 = new Point(a[0], a[1]);
                    Point a1 = new Point(a[2], a[3]);
                    Point b0 = new Point(b[0], b[1]);
                    Point b1 = new Point(b[2], b[3]);
                    if (!Geometry.segmentsCross(a0, a1, b0, b1)) {
                        continue;
                    }
                    double[] p = intersection(a, b);
                    if ((long) Math.floor((p[0] - minX) / cell) == cx && (long) Math.floor((p[1] - minY) / cell) == cy) {
                        visitor.crossing(ea, eb, p[0], p[1]);
                    }
                }
            }
        }
    }

    private static boolean shareEnd(String[] a, String[] b) {
        return a[0].equals(b[0]) || a[0].equals(b[1]) || a[1].equals(b[0]) || a[1].equals(b[1]);
    }

    private static double[] intersection(double[] a, double[] b) {
        double dx1 = a[2] - a[0];
        double dy1 = a[3] - a[1];
        double dx2 = b[2] - b[0];
        double dy2 = b[3] - b[1];
        double den = dx1 * dy2 - dy1 * dx2;
        double t = den == 0 ? 0 : ((b[0] - a[0]) * dy2 - (b[1] - a[1]) * dx2) / den;
        return new double[] {a[0] + t * dx1, a[1] + t * dy1};
    }
}
