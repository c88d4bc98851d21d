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
        return segmentEntersBox(a.x(), a.y(), b.x(), b.y(), minX, minY, maxX, maxY);
    }

    /**
     * {@link #segmentEntersBox(Point, Point, double, double, double, double)} on coordinates: the
     * label placer asks it about a million times for a 1,000-concept export, and on the client
     * compiler (no escape analysis) each call's points and clipping arrays were real garbage, about
     * 30 MB of it. The clipping is unrolled, with the same arithmetic in the same order.
     */
    public static boolean segmentEntersBox(double ax, double ay, double bx, double by,
                                           double minX, double minY, double maxX, double maxY) {
        if (minX >= maxX || minY >= maxY) {
            return false;
        }
        double dx = bx - ax;
        double dy = by - ay;
        // Each side of the box: p is the segment's motion towards its outside, q the distance inside it.
        double t0 = clipEnter(0, -dx, ax - minX);
        double t1 = clipLeave(1, -dx, ax - minX);
        t0 = clipEnter(t0, dx, maxX - ax);
        t1 = clipLeave(t1, dx, maxX - ax);
        t0 = clipEnter(t0, -dy, ay - minY);
        t1 = clipLeave(t1, -dy, ay - minY);
        t0 = clipEnter(t0, dy, maxY - ay);
        t1 = clipLeave(t1, dy, maxY - ay);
        // A segment parallel to a side and outside it: no parameter range at all.
        if ((dx == 0 && (ax - minX <= 0 || maxX - ax <= 0)) || (dy == 0 && (ay - minY <= 0 || maxY - ay <= 0))) {
            return false;
        }
        return t1 - t0 > 1e-9;
    }

    /**
     * The part {@code [t0, t1]} of the segment from a to b that lies inside the box, edges included
     * (Liang and Barsky's clipping, as {@link #segmentEntersBox}), or null when none of it does.
     */
    public static double[] clipToBox(double ax, double ay, double bx, double by,
                                     double minX, double minY, double maxX, double maxY) {
        double dx = bx - ax;
        double dy = by - ay;
        if ((dx == 0 && (ax < minX || ax > maxX)) || (dy == 0 && (ay < minY || ay > maxY))) {
            return null;
        }
        double t0 = clipEnter(0, -dx, ax - minX);
        double t1 = clipLeave(1, -dx, ax - minX);
        t0 = clipEnter(t0, dx, maxX - ax);
        t1 = clipLeave(t1, dx, maxX - ax);
        t0 = clipEnter(t0, -dy, ay - minY);
        t1 = clipLeave(t1, -dy, ay - minY);
        t0 = clipEnter(t0, dy, maxY - ay);
        t1 = clipLeave(t1, dy, maxY - ay);
        return t0 > t1 ? null : new double[] {t0, t1};
    }

    private static double clipEnter(double t0, double p, double q) {
        return p < 0 ? Math.max(t0, q / p) : t0;
    }

    private static double clipLeave(double t1, double p, double q) {
        return p < 0 || p == 0 ? t1 : Math.min(t1, q / p);
    }

    /** Whether any segment of the polyline enters the box shrunk by {@code inset} on every side. */
    public static boolean polylineEntersBox(List<Point> line, NodeBox box, double inset) {
        return polylineEntersBox(line, box.minX() + inset, box.minY() + inset, box.maxX() - inset, box.maxY() - inset);
    }

    /** Whether any segment of the polyline passes through the open rectangle [minX, maxX] × [minY, maxY]. */
    public static boolean polylineEntersBox(List<Point> line, double minX, double minY, double maxX, double maxY) {
        for (int i = 1; i < line.size(); i++) {
            if (segmentEntersBox(line.get(i - 1), line.get(i), minX, minY, maxX, maxY)) {
                return true;
            }
        }
        return false;
    }

    /** How far (x, y) is from segment ab. */
    public static double distanceToSegment(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / len2));
        return Math.hypot(a.x() + dx * t - x, a.y() + dy * t - y);
    }

    /** How far (x, y) is from the polyline (from its one point, if it has one). */
    public static double distanceToPolyline(List<Point> line, double x, double y) {
        if (line.size() == 1) {
            return Math.hypot(line.get(0).x() - x, line.get(0).y() - y);
        }
        double best = Double.MAX_VALUE;
        for (int k = 1; k < line.size(); k++) {
            best = Math.min(best, distanceToSegment(line.get(k - 1), line.get(k), x, y));
        }
        return best;
    }

    /**
     * How far the box [minX, maxX] × [minY, maxY] is from the polyline: 0 where the line runs through
     * it or touches it, else the shortest distance between the two (from a segment's end to the box,
     * or from a corner of the box to a segment).
     */
    public static double gapToPolyline(List<Point> line, double minX, double minY, double maxX, double maxY) {
        if (line.size() == 1) {
            return gapToBox(line.get(0).x(), line.get(0).y(), minX, minY, maxX, maxY);
        }
        double best = Double.MAX_VALUE;
        for (int k = 1; k < line.size(); k++) {
            Point a = line.get(k - 1);
            Point b = line.get(k);
            if (segmentEntersBox(a, b, minX, minY, maxX, maxY)) {
                return 0;
            }
            best = Math.min(best, Math.min(gapToBox(a.x(), a.y(), minX, minY, maxX, maxY),
                    gapToBox(b.x(), b.y(), minX, minY, maxX, maxY)));
            best = Math.min(best, Math.min(Math.min(distanceToSegment(a, b, minX, minY), distanceToSegment(a, b, maxX, minY)),
                    Math.min(distanceToSegment(a, b, minX, maxY), distanceToSegment(a, b, maxX, maxY))));
        }
        return best;
    }

    private static double gapToBox(double x, double y, double minX, double minY, double maxX, double maxY) {
        return gapBetweenBoxes(x, y, x, y, minX, minY, maxX, maxY);
    }

    /** How far apart two boxes are: 0 where they meet or overlap, else the shortest distance between them. */
    public static double gapBetweenBoxes(double aMinX, double aMinY, double aMaxX, double aMaxY,
                                         double bMinX, double bMinY, double bMaxX, double bMaxY) {
        return Math.hypot(Math.max(0, Math.max(bMinX - aMaxX, aMinX - bMaxX)),
                Math.max(0, Math.max(bMinY - aMaxY, aMinY - bMaxY)));
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
