package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Sends edges around the concepts they do not join. An edge whose route already clears every
 * other box keeps it; one that would run through a box is routed along the shortest path through
 * the corners of the boxes grown by half the free space around them (a visibility graph, the classic
 * obstacle-avoiding shortest path), so it passes beside each box instead of under it, and in a row
 * of boxes leaves through the top or bottom and runs midway between rows rather than along the row.
 * Corners only {@value #CLEARANCE} px out remain, at a price, for gaps too narrow for the middle.
 *
 * <p>Deterministic (no randomness, ties broken by corner order) and meant for the views a person
 * reads, up to {@value #MAX_VERTICES} concepts: beyond that the visibility graph grows with the
 * square of the corners and a drawing that large is read by zooming, not at a glance.
 */
public final class ObstacleRouter {

    /** How far a detour keeps from the boxes it goes around, in pixels. */
    public static final double CLEARANCE = 10;
    /** Layouts with more vertices are returned unchanged. */
    public static final int MAX_VERTICES = 150;
    /** The farthest a detour keeps from a box when there is room, so it runs between rows, not along one. */
    static final double WIDE_CLEARANCE = 36;
    /** The extra length a route pays for passing a box close by: it does so only where nothing roomier fits. */
    private static final double CLOSE_CORNER_COST = 80;
    /** How far a line left straight keeps from the boxes it passes (half the gap between parallel relations, and some). */
    private static final double KEEP_OFF = 6;

    private ObstacleRouter() {
    }

    /** The layout with every edge that ran through a box it does not join sent around the boxes instead. */
    public static Layout route(Layout layout) {
        if (layout.nodes().size() > MAX_VERTICES || layout.edges().isEmpty()) {
            return layout;
        }
        List<String> ids = new ArrayList<>(layout.nodes().keySet());
        List<NodeBox> boxes = new ArrayList<>(layout.nodes().values());
        Corners corners = null;
        List<EdgeRoute> routed = new ArrayList<>(layout.edges().size());
        // Per edge, the corners its detour passes (null: kept as it was).
        List<int[]> detours = new ArrayList<>(layout.edges().size());
        boolean changed = false;
        for (int e = 0; e < layout.edges().size(); e++) {
            EdgeRoute r = layout.edges().get(e);
            int s = ids.indexOf(r.source());
            int t = ids.indexOf(r.target());
            // A line kept as it is must pass a box by a few pixels: drawn beside a parallel relation it is
            // shifted sideways, and a graze would become a cut.
            if (s == t || clear(layout.path(e), boxes, s, t, -KEEP_OFF)) {
                routed.add(r);
                detours.add(null);
                continue;
            }
            if (corners == null) {
                corners = new Corners(boxes, layout.bounds());
            }
            int[] path = corners.shortestPath(s, t);
            detours.add(path);
            routed.add(path == null ? r : new EdgeRoute(r.source(), r.target(), r.hierarchical(), corners.points(path)));
            changed |= path != null;
        }
        if (!changed) {
            return layout;
        }
        separate(routed, detours, corners, ids, boxes);
        return new Layout(layout.nodes(), routed, layout.bounds());
    }

    /** How far apart detours passing the same corner run, in pixels. */
    static final double SEPARATION = 5;
    /** The most detours set apart at one corner; further ones share the outermost place. */
    private static final int MOST_APART = 4;

    /**
     * Detours that share a stretch, set apart: a route passing a corner next to which it runs along
     * another's stretch (between the same two corners, or between a concept and a corner) passes it
     * {@value #SEPARATION} px further out from its box than the route before it there, in the order
     * the edges come, so routes along a shared run of corners keep their order and run side by side
     * instead of one on top of the other (two relations drawn as one line read as neither). Routes
     * that only touch at a corner keep it: parting them there would only make them cross. A detour
     * that would then meet a box keeps its corners.
     */
    private static void separate(List<EdgeRoute> routed, List<int[]> detours, Corners corners, List<String> ids,
                                 List<NodeBox> boxes) {
        int n = corners.size();
        java.util.Map<Long, Integer> stretches = new java.util.HashMap<>();
        List<int[]> stops = new ArrayList<>(routed.size());
        for (int e = 0; e < routed.size(); e++) {
            int[] path = detours.get(e);
            stops.add(path == null ? null : stops(path, n + ids.indexOf(routed.get(e).source()),
                    n + ids.indexOf(routed.get(e).target())));
            if (path != null) {
                int[] at = stops.get(e);
                for (int k = 1; k < at.length; k++) {
                    stretches.merge(stretch(at[k - 1], at[k]), 1, Integer::sum);
                }
            }
        }
        int[] passing = new int[n];
        for (int e = 0; e < routed.size(); e++) {
            int[] path = detours.get(e);
            if (path == null) {
                continue;
            }
            int[] at = stops.get(e);
            List<Point> bends = new ArrayList<>(path.length);
            boolean moved = false;
            for (int k = 1; k < at.length - 1; k++) {
                int c = at[k];
                boolean shared = stretches.get(stretch(at[k - 1], c)) > 1 || stretches.get(stretch(c, at[k + 1])) > 1;
                int slot = shared ? Math.min(passing[c]++, MOST_APART) : 0;
                bends.add(corners.outward(c, slot * SEPARATION));
                moved |= slot > 0;
            }
            if (!moved) {
                continue;
            }
            EdgeRoute r = routed.get(e);
            int s = ids.indexOf(r.source());
            int t = ids.indexOf(r.target());
            List<Point> line = new ArrayList<>(bends.size() + 2);
            line.add(new Point(boxes.get(s).x(), boxes.get(s).y()));
            line.addAll(bends);
            line.add(new Point(boxes.get(t).x(), boxes.get(t).y()));
            if (clear(line, boxes, s, t, -CLEARANCE / 2)) {
                routed.set(e, new EdgeRoute(r.source(), r.target(), r.hierarchical(), bends));
            }
        }
    }

    /** A detour's stops: its source (numbered after the corners), its corners, its target. */
    private static int[] stops(int[] path, int source, int target) {
        int[] at = new int[path.length + 2];
        at[0] = source;
        System.arraycopy(path, 0, at, 1, path.length);
        at[at.length - 1] = target;
        return at;
    }

    /** The stretch between two stops, the same either way along it. */
    private static long stretch(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Whether the polyline stays out of every box but those of its two ends, each shrunk by {@code inset}. */
    static boolean clear(List<Point> line, List<NodeBox> boxes, int s, int t, double inset) {
        for (int i = 0; i < boxes.size(); i++) {
            if (i != s && i != t && Geometry.polylineEntersBox(line, boxes.get(i), inset)) {
                return false;
            }
        }
        return true;
    }

    /** The visibility graph over the corners of the grown boxes, built once for all edges of a layout. */
    private static final class Corners {

        private final List<NodeBox> boxes;
        private final List<Point> points = new ArrayList<>();
        /** Each corner's direction away from its box, a unit diagonal. */
        private final List<Point> away = new ArrayList<>();
        /** What passing each corner adds to a route's length: nothing for the roomy ones. */
        private final List<Double> costs = new ArrayList<>();
        private final byte[][] seen;

        private final Bounds area;

        /** {@code area}: the drawing's extent, which detours stay inside (an export is cut at its edge). */
        Corners(List<NodeBox> boxes, Bounds area) {
            this.boxes = boxes;
            this.area = area;
            for (NodeBox b : boxes) {
                // Each box's corners twice: out in the middle of the free space around it (a detour there
                // leaves the box through its top or bottom and runs between rows, not along one), and
                // close by, dearer, for where the free space is too narrow for the first.
                double[] room = room(b);
                addCorners(b, room[0], room[1], room[2], room[3], 0);
                addCorners(b, CLEARANCE, CLEARANCE, CLEARANCE, CLEARANCE, CLOSE_CORNER_COST);
            }
            // Whether two corners see each other is worked out when a search first asks, then kept
            // for the other edges: most pairs are never asked.
            seen = new byte[points.size()][points.size()];
        }

        private void addCorners(NodeBox b, double left, double top, double right, double bottom, double cost) {
            double x0 = b.minX() - left;
            double x1 = b.maxX() + right;
            double y0 = b.minY() - top;
            double y1 = b.maxY() + bottom;
            for (Point p : List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1))) {
                if (!insideAny(p) && !points.contains(p)) {
                    points.add(p);
                    away.add(new Point(Math.signum(p.x() - b.x()) * Math.sqrt(0.5), Math.signum(p.y() - b.y()) * Math.sqrt(0.5)));
                    costs.add(cost);
                }
            }
        }

        int size() {
            return points.size();
        }

        List<Point> points(int[] path) {
            List<Point> bends = new ArrayList<>(path.length);
            for (int c : path) {
                bends.add(points.get(c));
            }
            return bends;
        }

        /** Corner {@code c} moved {@code distance} px further from its box. */
        Point outward(int c, double distance) {
            Point p = points.get(c);
            Point d = away.get(c);
            return distance == 0 ? p : new Point(p.x() + d.x() * distance, p.y() + d.y() * distance);
        }

        /**
         * How far out a detour may pass this box on each side (left, top, right, bottom): half the free
         * space to the nearest box facing that side, between {@value #CLEARANCE} and {@value #WIDE_CLEARANCE} px.
         */
        private double[] room(NodeBox b) {
            double left = 2 * WIDE_CLEARANCE;
            double top = 2 * WIDE_CLEARANCE;
            double right = 2 * WIDE_CLEARANCE;
            double bottom = 2 * WIDE_CLEARANCE;
            for (NodeBox o : boxes) {
                if (o == b) {
                    continue;
                }
                boolean facingX = o.maxX() > b.minX() - WIDE_CLEARANCE && o.minX() < b.maxX() + WIDE_CLEARANCE;
                boolean facingY = o.maxY() > b.minY() - WIDE_CLEARANCE && o.minY() < b.maxY() + WIDE_CLEARANCE;
                if (facingX && o.maxY() <= b.minY()) {
                    top = Math.min(top, b.minY() - o.maxY());
                }
                if (facingX && o.minY() >= b.maxY()) {
                    bottom = Math.min(bottom, o.minY() - b.maxY());
                }
                if (facingY && o.maxX() <= b.minX()) {
                    left = Math.min(left, b.minX() - o.maxX());
                }
                if (facingY && o.minX() >= b.maxX()) {
                    right = Math.min(right, o.minX() - b.maxX());
                }
            }
            // Never out of the drawing: a detour there would be cut off in an export.
            return new double[] {Math.min(half(left), half(b.minX() - area.minX())),
                Math.min(half(top), half(b.minY() - area.minY())),
                Math.min(half(right), half(area.maxX() - b.maxX())),
                Math.min(half(bottom), half(area.maxY() - b.maxY()))};
        }

        private static double half(double gap) {
            return Math.max(CLEARANCE, Math.min(WIDE_CLEARANCE, gap / 2));
        }

        /** Whether corners i and j see each other (cached: 0 unknown, 1 yes, 2 no). */
        private boolean sees(int i, int j) {
            if (seen[i][j] == 0) {
                byte v = visible(points.get(i), points.get(j), -1, -1) ? (byte) 1 : (byte) 2;
                seen[i][j] = v;
                seen[j][i] = v;
            }
            return seen[i][j] == 1;
        }

        private boolean insideAny(Point p) {
            for (NodeBox b : boxes) {
                if (Math.abs(p.x() - b.x()) < b.width() / 2 + CLEARANCE - 1e-6
                        && Math.abs(p.y() - b.y()) < b.height() / 2 + CLEARANCE - 1e-6) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the segment clears every box except those numbered {@code s} and {@code t}. */
        private boolean visible(Point a, Point b, int s, int t) {
            for (int i = 0; i < boxes.size(); i++) {
                NodeBox box = boxes.get(i);
                if (i != s && i != t && Geometry.segmentEntersBox(a, b, box.minX() - CLEARANCE / 2,
                        box.minY() - CLEARANCE / 2, box.maxX() + CLEARANCE / 2, box.maxY() + CLEARANCE / 2)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The corners of the shortest detour from box s's centre to box t's, in order, or null when
         * there is none: A* over the corners, the straight-line distance to the end as its (admissible)
         * estimate, so only corners towards the end are looked at.
         */
        int[] shortestPath(int s, int t) {
            int n = points.size();
            Point from = new Point(boxes.get(s).x(), boxes.get(s).y());
            Point to = new Point(boxes.get(t).x(), boxes.get(t).y());
            // Nodes 0..n-1 are corners, n is the start, n + 1 the end.
            double[] best = new double[n + 2];
            int[] previous = new int[n + 2];
            boolean[] done = new boolean[n + 2];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
            java.util.PriorityQueue<double[]> open = new java.util.PriorityQueue<>(
                    (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            for (int i = 0; i < n; i++) {
                if (visible(from, points.get(i), s, t)) {
                    best[i] = dist(from, points.get(i)) + costs.get(i);
                    previous[i] = n;
                    open.add(new double[] {best[i] + dist(points.get(i), to), i});
                }
            }
            while (!open.isEmpty()) {
                double[] top = open.poll();
                int u = (int) top[1];
                if (u == n + 1) {
                    break;
                }
                if (done[u]) {
                    continue;
                }
                done[u] = true;
                Point pu = points.get(u);
                if (best[u] + dist(pu, to) < best[n + 1] && visible(pu, to, s, t)) {
                    best[n + 1] = best[u] + dist(pu, to);
                    previous[n + 1] = u;
                    open.add(new double[] {best[n + 1], n + 1});
                }
                for (int v = 0; v < n; v++) {
                    if (done[v]) {
                        continue;
                    }
                    double d = best[u] + dist(pu, points.get(v)) + costs.get(v);
                    if (d < best[v] && d + dist(points.get(v), to) < best[n + 1] && sees(u, v)) {
                        best[v] = d;
                        previous[v] = u;
                        open.add(new double[] {d + dist(points.get(v), to), v});
                    }
                }
            }
            if (previous[n + 1] < 0) {
                return null;
            }
            List<Integer> bends = new ArrayList<>();
            for (int v = previous[n + 1]; v != n; v = previous[v]) {
                bends.add(v);
            }
            Collections.reverse(bends);
            return bends.stream().mapToInt(Integer::intValue).toArray();
        }

        private static double dist(Point a, Point b) {
            return Math.hypot(a.x() - b.x(), a.y() - b.y());
        }
    }
}
