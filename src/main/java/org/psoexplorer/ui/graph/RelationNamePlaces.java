package org.psoexplorer.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.layout.Geometry;
import org.psoexplorer.layout.Point;

/**
 * Where the window may draw a relation's name it enlarges for a projector, in the drawing's units:
 * on or beside the relation's own line, so it still reads as that line's.
 */
final class RelationNamePlaces {

    /** A place for a name, and how many times its own size it is drawn there. */
    record Spot(Point at, double scale) {
    }

    /** Whether a name's box is crowded; {@code diagramsOwn} when it is the diagram's place at the name's own size. */
    interface Crowded {
        boolean test(Bounds box, boolean diagramsOwn);
    }

    private RelationNamePlaces() {
    }

    /**
     * The largest size from {@code most} down to {@code least} times the name's own (in steps of a
     * tenth, the last within a twentieth of {@code least}) at which one of its places ({@link #along}) is not crowded, and the first such place;
     * null when there is none.
     */
    static Spot largestFree(DiagramEdge e, Point placed, double[] size, double most, double least, Crowded crowded) {
        return largestFree(e, placed, size, most, least, crowded, null, true);
    }

    /**
     * As {@link #largestFree(DiagramEdge, Point, double[], double, double, Crowded)}, but only where
     * the whole name lies inside {@code view}, on the part of the line that runs there: a name the
     * view's edge cuts reads as a fragment ("…y reinforcing with"). Null {@code view}: anywhere.
     */
    static Spot largestFree(DiagramEdge e, Point placed, double[] size, double most, double least, Crowded crowded,
                            Bounds view, boolean readWhole) {
        for (double g = most; ; g = Math.max(least, g - 0.1)) {
            List<Point> places = along(e, placed, size[0] * g, size[1] * g, view, readWhole);
            for (int i = 0; i < places.size(); i++) {
                Point p = places.get(i);
                Bounds b = box(p, size, g);
                if (inside(b, view) && reaches(e, b, i == 0 ? size[1] : 0) && !crowded.test(b, g == 1 && p == placed)) {
                    return new Spot(p, g);
                }
            }
            if (g <= least + 0.05) {
                return null;
            }
        }
    }

    /**
     * Where a name goes when every free place meets another line: the free place (from {@code most}
     * down to {@code least} times its size, as {@link #largestFree}) that the fewest other lines run
     * through, on its own line rather than beside it, as large as it can be; null when none is free.
     */
    static Spot leastCrossed(DiagramEdge e, Point placed, double[] size, double most, double least, Crowded crowded,
                             Lines lines) {
        return leastCrossed(e, placed, size, most, least, crowded, lines, null, true);
    }

    /**
     * As {@link #leastCrossed(DiagramEdge, Point, double[], double, double, Crowded, Lines)}, inside
     * {@code view} (see {@link #largestFree}); in a view read whole ({@link #along}), a place beside
     * its line nearer another counts as worse than one more line across it.
     */
    static Spot leastCrossed(DiagramEdge e, Point placed, double[] size, double most, double least, Crowded crowded,
                             Lines lines, Bounds view, boolean readWhole) {
        Spot best = null;
        int bestScore = Integer.MAX_VALUE;
        for (double g = most; ; g = Math.max(least, g - 0.1)) {
            List<Point> places = along(e, placed, size[0] * g, size[1] * g, view, readWhole);
            for (int i = 0; i < places.size(); i++) {
                Bounds b = box(places.get(i), size, g);
                if (!inside(b, view) || !reaches(e, b, i == 0 ? size[1] : 0) || crowded.test(b, g == 1 && i == 0)) {
                    continue;
                }
                // The diagram's place (first) may be anywhere; on the line (then) beats beside it (last).
                int where = i == 0 ? 2 : i <= ON_LINE ? 0 : 1;
                // Set off its line, nearer another, a name reads as the other's: worse than one line across it.
                int score = lines.crossings(b, e) * 3 + (readWhole && lines.nearerAnother(b, e) ? 4 : 0) + where;
                if (score < bestScore) {
                    bestScore = score;
                    best = new Spot(places.get(i), g);
                }
            }
            if (g <= least + 0.05) {
                return best;
            }
        }
    }

    /** Where along its line a name may sit, as fractions of the line's length, best first. */
    private static final double[] FRACTIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88};
    /** How many places on the line {@link #along} lists after the diagram's: one a fraction. */
    private static final int ON_LINE = FRACTIONS.length;

    /**
     * Where a relation's name may sit: the diagram's place first, then on its line from the middle
     * out, then just beside the line on either side (a {@code w × h} box clear of it), then, in a
     * view read whole, touching each point on the line ({@link #touching}).
     */
    static List<Point> along(DiagramEdge e, Point placed, double w, double h) {
        return along(e, placed, w, h, null, true);
    }

    /**
     * As {@link #along(DiagramEdge, Point, double, double)}, the fractions taken along the longest
     * stretch of the line that runs where a {@code w × h} name centred on it lies inside {@code view};
     * along the whole line when {@code view} is null or none of it does. {@code readWhole}: a small
     * view (a Relate answer, a tour step), whose names may take the touching places too; a large one
     * zoomed in looks at fewer places, its frames being short of time (panning a 5,000-concept view
     * took 27–38 ms a frame at p95 with them, 9–14 without).
     */
    static List<Point> along(DiagramEdge e, Point placed, double w, double h, Bounds view, boolean readWhole) {
        List<Point> on = new ArrayList<>();
        List<Point> beside = new ArrayList<>();
        List<Point> line = e.points();
        if (view != null) {
            List<Point> visible = longestRunInside(line, view.getMinX() + w / 2, view.getMinY() + h / 2,
                    view.getMaxX() - w / 2, view.getMaxY() - h / 2);
            if (!visible.isEmpty()) {
                line = visible;
            }
        }
        double length = length(line);
        for (double fraction : FRACTIONS) {
            double left = length * fraction;
            for (int i = 1; i < line.size(); i++) {
                Point a = line.get(i - 1);
                Point b = line.get(i);
                double d = Math.hypot(b.x() - a.x(), b.y() - a.y());
                if (left <= d || i == line.size() - 1) {
                    double t = d == 0 ? 0 : Math.min(1, left / d);
                    Point p = new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
                    on.add(p);
                    if (d > 0) {
                        double nx = -(b.y() - a.y()) / d;
                        double ny = (b.x() - a.x()) / d;
                        double side = w / 2 * Math.abs(nx) + h / 2 * Math.abs(ny) + 2;
                        beside.add(new Point(p.x() + nx * side, p.y() + ny * side));
                        beside.add(new Point(p.x() - nx * side, p.y() - ny * side));
                    }
                    break;
                }
                left -= d;
            }
        }
        List<Point> places = new ArrayList<>();
        places.add(placed);
        places.addAll(on);
        places.addAll(beside);
        if (readWhole) {
            places.addAll(touching(on, w, h));
        }
        return places;
    }

    /**
     * Boxes that touch the line at each of its points, set off it to either side, above, below or
     * at a corner, as a map labels a point: a wide name beside a slanting line, pushed straight out
     * from it, lands far off across the view, where a name level with the point, to its left or its
     * right, still reads as the line's.
     */
    private static List<Point> touching(List<Point> on, double w, double h) {
        double dx = w / 2 + 2;
        double dy = h / 2 + 2;
        double[][] offsets = {{-dx, 0}, {dx, 0}, {0, -dy}, {0, dy}, {-dx, -dy}, {dx, -dy}, {-dx, dy}, {dx, dy}};
        List<Point> places = new ArrayList<>();
        for (Point p : on) {
            for (double[] o : offsets) {
                places.add(new Point(p.x() + o[0], p.y() + o[1]));
            }
        }
        return places;
    }

    /**
     * A place the view's edge cuts, moved just far enough to lie whole inside {@code view}, as a
     * concept's name slides in: still across its own line, so it still names it, and where nothing
     * else is. Null when it cannot be (the line would no longer run through it, or it is crowded there)
     * or when there is no place; the place itself when {@code view} is null (no view yet) or holds it whole.
     */
    static Spot slidInside(DiagramEdge e, Spot spot, double[] size, Bounds view, Crowded crowded) {
        if (spot == null) {
            return null;
        }
        Bounds b = box(spot.at(), size, spot.scale());
        if (inside(b, view)) {
            return spot;
        }
        if (b.getWidth() > view.getWidth() || b.getHeight() > view.getHeight()) {
            return null;
        }
        double dx = Math.max(0, view.getMinX() - b.getMinX()) - Math.max(0, b.getMaxX() - view.getMaxX());
        double dy = Math.max(0, view.getMinY() - b.getMinY()) - Math.max(0, b.getMaxY() - view.getMaxY());
        Point at = new Point(spot.at().x() + dx, spot.at().y() + dy);
        Bounds moved = box(at, size, spot.scale());
        if (!Geometry.polylineEntersBox(e.points(), moved.getMinX(), moved.getMinY(), moved.getMaxX(), moved.getMaxY())
                || crowded.test(moved, false)) {
            return null;
        }
        return new Spot(at, spot.scale());
    }

    /**
     * Whether a name's box lies against its own line: within the gap every place keeps from it, and
     * {@code further} more for the diagram's own place (which may be a name's height out). A place
     * beside a short slanting line clears the straight line through its point; a wide name set there
     * can clear only the line's extension and land against a concept, far from its own line, reading
     * as that concept's caption (tour step 7's "encompasses (as a task or activity)" under Sustaining
     * peace, its line above it).
     */
    private static boolean reaches(DiagramEdge e, Bounds b, double further) {
        return offLine(e, b) <= OFF_LINE_SLACK + further;
    }

    /** How far a name's box lies from its own line: 0 where the line runs through it. */
    private static double offLine(DiagramEdge own, Bounds b) {
        return Geometry.gapToPolyline(own.points(), b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    /** Every place keeps 2 units off its line (beside it, touching it), give or take rounding. */
    private static final double OFF_LINE_SLACK = 2.5;

    private static boolean inside(Bounds b, Bounds view) {
        return view == null || view.contains(b);
    }

    /**
     * The longest connected stretch of a polyline inside the rectangle (each segment clipped by
     * {@link Geometry#clipToBox}), as its points; empty when no part of it is inside.
     */
    static List<Point> longestRunInside(List<Point> line, double minX, double minY, double maxX, double maxY) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            double[] t = Geometry.clipToBox(a.x(), a.y(), b.x(), b.y(), minX, minY, maxX, maxY);
            if (t == null) {
                continue;
            }
            if (run.isEmpty() || t[0] > 0) {
                // Entering the rectangle: a run of its own.
                run = new ArrayList<>();
                runs.add(run);
                run.add(at(a, b, t[0]));
            }
            run.add(at(a, b, t[1]));
            if (t[1] < 1) {
                run = new ArrayList<>();
            }
        }
        return runs.stream().filter(r -> r.size() >= 2)
                .max(java.util.Comparator.comparingDouble(RelationNamePlaces::length)).orElse(List.of());
    }

    private static double length(List<Point> line) {
        double length = 0;
        for (int i = 1; i < line.size(); i++) {
            length += Math.hypot(line.get(i).x() - line.get(i - 1).x(), line.get(i).y() - line.get(i - 1).y());
        }
        return length;
    }

    private static Point at(Point a, Point b, double t) {
        return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
    }

    /** The box of a name {@code size} (width, height) at scale 1, grown {@code f} times, centred at {@code at}. */
    static Bounds box(Point at, double[] size, double f) {
        return new BoundingBox(at.x() - size[0] * f / 2, at.y() - size[1] * f / 2, size[0] * f,
                size[1] * f);
    }

    /**
     * The relation lines on screen, to keep an enlarged name from reading as another line's: a name
     * that another line runs through, or that sits nearer another line than its own, names the wrong
     * relation to a reader (a tour step's "precedes" drawn across an "is a kind of" line, its own a
     * hand's width away).
     */
    static final class Lines {

        private final List<DiagramEdge> shown;
        /** Each line's extent: minX, minY, maxX, maxY. */
        private final double[][] extents;

        Lines(Collection<DiagramEdge> shown) {
            this.shown = List.copyOf(shown);
            extents = new double[this.shown.size()][];
            for (int i = 0; i < extents.length; i++) {
                double[] x = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                for (Point p : this.shown.get(i).points()) {
                    x[0] = Math.min(x[0], p.x());
                    x[1] = Math.min(x[1], p.y());
                    x[2] = Math.max(x[2], p.x());
                    x[3] = Math.max(x[3], p.y());
                }
                extents[i] = x;
            }
        }

        /** How many other lines (not joining the same two concepts) run through a name of {@code own} in {@code box}. */
        int crossings(Bounds box, DiagramEdge own) {
            int n = 0;
            for (int i = 0; i < extents.length; i++) {
                DiagramEdge other = shown.get(i);
                double[] x = extents[i];
                if (other == own || other.joinsTheSamePairAs(own) || x[0] >= box.getMaxX() || x[2] <= box.getMinX()
                        || x[1] >= box.getMaxY() || x[3] <= box.getMinY()) {
                    continue;
                }
                if (runsThrough(other, box)) {
                    n++;
                }
            }
            return n;
        }

        /**
         * Whether a name of {@code own} drawn in {@code box} meets another line, or is nearer one than
         * its own. Lines joining the same two concepts do not count: two relations between one pair run
         * side by side, and a name between them still names a relation of that pair.
         */
        boolean misleading(Bounds box, DiagramEdge own) {
            return anotherLine(box, own, true);
        }

        /**
         * Whether the middle of a name of {@code own} in {@code box} is nearer another line than its
         * own, one that does not run through it (those are {@link #crossings}), nor joins the same pair.
         */
        boolean nearerAnother(Bounds box, DiagramEdge own) {
            return anotherLine(box, own, false);
        }

        /** Whether another line passes nearer the name's middle than its own; one running through it counts if {@code through}. */
        private boolean anotherLine(Bounds box, DiagramEdge own, boolean through) {
            double cx = box.getCenterX();
            double cy = box.getCenterY();
            double ownDistance = Geometry.distanceToPolyline(own.points(), cx, cy);
            for (int i = 0; i < extents.length; i++) {
                DiagramEdge other = shown.get(i);
                if (other == own || other.joinsTheSamePairAs(own)) {
                    continue;
                }
                double[] x = extents[i];
                double outside = Math.max(Math.max(x[0] - cx, cx - x[2]), Math.max(x[1] - cy, cy - x[3]));
                boolean meets = x[0] < box.getMaxX() && x[2] > box.getMinX() && x[1] < box.getMaxY() && x[3] > box.getMinY();
                if (!meets && outside >= ownDistance) {
                    continue;
                }
                if (meets && runsThrough(other, box)) {
                    if (through) {
                        return true;
                    }
                    continue;
                }
                if (Geometry.distanceToPolyline(other.points(), cx, cy) < ownDistance) {
                    return true;
                }
            }
            return false;
        }

        private static boolean runsThrough(DiagramEdge line, Bounds box) {
            return Geometry.polylineEntersBox(line.points(), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
        }
    }

    /**
     * Whether a name of {@code own} on {@code lines} lines in {@code b}, set off its line by more than
     * half a line of its text, lies nearer one of the concepts' {@code shapes} than its line: against a
     * concept's box and off its line, a name reads as that concept's caption (tour blurred-lines step
     * 4's "blurs with" under Counterterrorism, its line a name's height away). Closer to its line, it
     * reads as the line's.
     */
    static boolean captionOfAConcept(Bounds b, int lines, DiagramEdge own, Collection<Bounds> shapes) {
        double offLine = offLine(own, b);
        if (offLine <= Math.max(OFF_LINE_SLACK, b.getHeight() / Math.max(1, lines) / 2)) {
            return false;
        }
        for (Bounds c : shapes) {
            if (Geometry.gapBetweenBoxes(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), c.getMinX(), c.getMinY(),
                    c.getMaxX(), c.getMaxY()) < offLine - OFF_LINE_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code b} meets any of {@code taken}. */
    static boolean crowded(Bounds b, Collection<Bounds> taken) {
        for (Bounds t : taken) {
            if (t.intersects(b)) {
                return true;
            }
        }
        return false;
    }
}

