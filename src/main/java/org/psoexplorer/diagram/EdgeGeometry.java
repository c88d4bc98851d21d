package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

/** Clips edge polylines at the outline of the shapes they join, so arrowheads touch the border. */
final class EdgeGeometry {

    private EdgeGeometry() {
    }

    /**
     * The drawn polyline from {@code from} to {@code to} through {@code bends}, shifted sideways by
     * {@code offset} (to separate parallel relations) and cut at both outlines.
     */
    static List<Point> route(NodeBox from, NodeShape fromShape, NodeBox to, NodeShape toShape, List<Point> bends,
                             double offset) {
        Point start = new Point(from.x(), from.y());
        Point end = new Point(to.x(), to.y());
        if (offset != 0 && bends.isEmpty()) {
            double dx = end.x() - start.x();
            double dy = end.y() - start.y();
            double len = Math.hypot(dx, dy);
            if (len > 0) {
                double nx = -dy / len * offset;
                double ny = dx / len * offset;
                start = start.translate(nx, ny);
                end = end.translate(nx, ny);
            }
        }
        List<Point> points = new ArrayList<>();
        Point firstTarget = bends.isEmpty() ? end : bends.get(0);
        Point lastSource = bends.isEmpty() ? start : bends.get(bends.size() - 1);
        points.add(border(from, fromShape, start, firstTarget));
        points.addAll(bends);
        points.add(border(to, toShape, end, lastSource));
        return points;
    }

    /** How far before and after a bend its rounding starts, at most. */
    static final double BEND_RADIUS = 8;
    private static final int BEND_STEPS = 6;

    /**
     * The polyline with every bend replaced by a short quadratic curve, so routed and layered
     * edges read as smooth lines. The curve starts at most {@value #BEND_RADIUS} px before the bend
     * (never beyond half a segment), which keeps it within the clearance a detour leaves around a
     * concept. Ends are kept, so arrowheads and clipping are unchanged.
     */
    static List<Point> rounded(List<Point> line) {
        if (line.size() < 3) {
            return line;
        }
        List<Point> out = new ArrayList<>();
        out.add(line.get(0));
        for (int i = 1; i < line.size() - 1; i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            Point c = line.get(i + 1);
            double ab = Math.hypot(b.x() - a.x(), b.y() - a.y());
            double bc = Math.hypot(c.x() - b.x(), c.y() - b.y());
            double r = Math.min(BEND_RADIUS, Math.min(ab, bc) / 2);
            if (r <= 0.5) {
                out.add(b);
                continue;
            }
            Point p0 = new Point(b.x() + (a.x() - b.x()) * r / ab, b.y() + (a.y() - b.y()) * r / ab);
            Point p2 = new Point(b.x() + (c.x() - b.x()) * r / bc, b.y() + (c.y() - b.y()) * r / bc);
            for (int k = 0; k <= BEND_STEPS; k++) {
                double t = (double) k / BEND_STEPS;
                double u = 1 - t;
                out.add(new Point(u * u * p0.x() + 2 * u * t * b.x() + t * t * p2.x(),
                        u * u * p0.y() + 2 * u * t * b.y() + t * t * p2.y()));
            }
        }
        out.add(line.get(line.size() - 1));
        return out;
    }

    /** Where the segment from {@code inside} towards {@code outside} leaves the shape drawn in {@code box}. */
    static Point border(NodeBox box, NodeShape shape, Point inside, Point outside) {
        double dx = outside.x() - inside.x();
        double dy = outside.y() - inside.y();
        if (dx == 0 && dy == 0) {
            return inside;
        }
        double hw = box.width() / 2;
        double hh = box.height() / 2;
        // The inside point may be shifted off-centre for parallel edges; measure from the box centre.
        double ox = inside.x() - box.x();
        double oy = inside.y() - box.y();
        double t;
        NodeShape s = shape == null ? NodeShape.ROUNDED : shape;
        double[] polygon = ShapeOutline.polygon(s, box.width(), box.height());
        if (s == NodeShape.ELLIPSE) {
            t = ellipseExit(ox, oy, dx, dy, hw, hh);
        } else if (polygon != null) {
            t = polygonExit(polygon, ox, oy, dx, dy);
        } else {
            t = rectExit(ox, oy, dx, dy, hw, hh);
        }
        t = Math.max(0, Math.min(1, t));
        return new Point(inside.x() + dx * t, inside.y() + dy * t);
    }

    private static double rectExit(double ox, double oy, double dx, double dy, double hw, double hh) {
        double tx = dx > 0 ? (hw - ox) / dx : dx < 0 ? (-hw - ox) / dx : Double.POSITIVE_INFINITY;
        double ty = dy > 0 ? (hh - oy) / dy : dy < 0 ? (-hh - oy) / dy : Double.POSITIVE_INFINITY;
        return Math.min(tx, ty);
    }

    private static double ellipseExit(double ox, double oy, double dx, double dy, double hw, double hh) {
        double a = (dx * dx) / (hw * hw) + (dy * dy) / (hh * hh);
        double b = 2 * ((ox * dx) / (hw * hw) + (oy * dy) / (hh * hh));
        double c = (ox * ox) / (hw * hw) + (oy * oy) / (hh * hh) - 1;
        double disc = b * b - 4 * a * c;
        return disc < 0 ? 0 : (-b + Math.sqrt(disc)) / (2 * a);
    }

    private static double polygonExit(double[] polygon, double ox, double oy, double dx, double dy) {
        // The shapes are convex: step to the border by bisection along the segment.
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (ShapeOutline.insideConvex(polygon, ox + dx * mid, oy + dy * mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
