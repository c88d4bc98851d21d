package org.psoexplorer.layout;

import java.util.List;

/**
 * The few plane-geometry tests that edge routing, label placement and the legibility report share:
 * whether segments cross, whether a segment or a polyline enters a box.
 */
public final class Geometry {

    private Geometry() {
    }

    /** Whether segments ab and cd cross at a point inside both (touching at an end does not count). */
    public static boolean segmentsCross(Point a, Point b, Point c, Point d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double cross(Point o, Point p, Point q) {
        return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
    }

    /** Whether segment ab passes through the open rectangle [minX, maxX] × [minY, maxY] (Liang–Barsky clipping). */
    public static boolean segmentEntersBox(Point a, Point b, double minX, double minY, double maxX, double maxY) {
        if (minX >= maxX || minY >= maxY) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - minX, maxX - a.x(), a.y() - minY, maxY - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** Whether any segment of the polyline enters the box shrunk by {@code inset} on every side. */
    public static boolean polylineEntersBox(List<Point> line, NodeBox box, double inset) {
        double minX = box.minX() + inset;
        double minY = box.minY() + inset;
        double maxX = box.maxX() - inset;
        double maxY = box.maxY() - inset;
        for (int i = 1; i < line.size(); i++) {
            if (segmentEntersBox(line.get(i - 1), line.get(i), minX, minY, maxX, maxY)) {
                return true;
            }
        }
        return false;
    }

    /** How many times two polylines cross each other. */
    public static int crossings(List<Point> a, List<Point> b) {
        int count = 0;
        for (int i = 1; i < a.size(); i++) {
            Point a0 = a.get(i - 1);
            Point a1 = a.get(i);
            double aMinX = Math.min(a0.x(), a1.x());
            double aMaxX = Math.max(a0.x(), a1.x());
            double aMinY = Math.min(a0.y(), a1.y());
            double aMaxY = Math.max(a0.y(), a1.y());
            for (int j = 1; j < b.size(); j++) {
                Point b0 = b.get(j - 1);
                Point b1 = b.get(j);
                if (Math.max(b0.x(), b1.x()) < aMinX || Math.min(b0.x(), b1.x()) > aMaxX
                        || Math.max(b0.y(), b1.y()) < aMinY || Math.min(b0.y(), b1.y()) > aMaxY) {
                    continue;
                }
                if (segmentsCross(a0, a1, b0, b1)) {
                    count++;
                }
            }
        }
        return count;
    }
}
