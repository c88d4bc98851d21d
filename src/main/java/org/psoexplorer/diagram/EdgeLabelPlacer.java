package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.layout.Point;

/**
 * Places relation labels where they cover no concept and no other label, in the manner of
 * Graphviz's external-label placer and ELK's edge-label placement: each label tries a fixed list
 * of candidate positions along its own line (the middle first, then further towards either end),
 * each on the line and on both sides of it, then a label's height further out on both sides, and
 * takes the free one that the fewest other lines run through (a line under a label reads as
 * the label's own), nearest the middle of its own line on ties. A label with no
 * free candidate is marked not placed, for the renderers to show on hover or selection only.
 *
 * <p>Labels of highlighted relations are placed first, then ordinary ones, then dimmed ones, so
 * what a tour step or a path lights up gets the best places. Deterministic: no randomness, ties
 * kept in input order.
 */
final class EdgeLabelPlacer {

    /** Where along the line a label may sit, as fractions of its length, best first. */
    private static final double[] FRACTIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    /** Space kept between a label and a concept, another label or its own line. */
    private static final double GAP = 2;

    /** Side of the square cells of the grid that finds what a candidate may touch. */
    private static final double CELL = 160;
    /**
     * Above this many relations a label takes the first free place (as it did before lines were
     * weighed): the drawing is then read zoomed in, and weighing each place costs more than it gives.
     */
    private static final int WEIGH_LINES_UP_TO = 2_000;
    /** What one other line through a label costs, against one step further from the middle. */
    private static final double LINE_COST = 10;
    /** What a faded line through a label costs: it is drawn faintly behind the label. */
    private static final double FADED_LINE_COST = 2;

    /** Cell key → segments (x1, y1, x2, y2, edge index) of every relation's line there. */
    private final Map<Long, List<double[]>> lines = new HashMap<>();
    /** Segments spanning more than {@value #MAX_SEGMENT_CELLS} cells, checked against every candidate. */
    private final List<double[]> longLines = new ArrayList<>();
    private static final long MAX_SEGMENT_CELLS = 64;
    private double[] lineCost = new double[0];
    /** Per relation, the last candidate ({@link #stamp}) whose cost counted its line. */
    private int[] counted = new int[0];
    private int stamp;

    private final double width;
    private final double height;
    /** Cell key → boxes (minX, minY, maxX, maxY, grown by the gap) of concepts and placed labels there. */
    private final Map<Long, List<double[]>> grid = new HashMap<>();
    /** Cell key → the concepts' boxes there, as drawn. */
    private final Map<Long, List<double[]>> concepts = new HashMap<>();

    /**
     * In a view of this many concepts or fewer, a relation type drawn {@value #REPEATED} times or more
     * is named once: its lines share one colour, dash and arrowhead, and four copies of "is mutually
     * reinforcing with" across a four-concept tour step said nothing the first did not.
     */
    static final int NAME_TYPES_ONCE_UP_TO = Diagram.READ_WHOLE_UP_TO;
    static final int REPEATED = Diagram.NAMED_ONCE_FROM;
    /**
     * A view read whole ({@link Diagram#READ_WHOLE_UP_TO}) names a type drawn {@value #REPEATED} times
     * or more once, and weighs its places as the window does a
     * projector's: a label may also touch its line at a point, level with it or at a corner, as a
     * map labels a point (a wide label pushed straight out from a steep line lands far across the
     * view), and a place whose middle is nearer another line than its own costs more than a line
     * across it, since it reads as the other's. Any place without a line through it beats any with one.
     */
    private final boolean readWhole;
    /** What a place nearer another line than its own costs in a view read whole: more than one line across it. */
    private static final double NEARER_ANOTHER_COST = 15;
    /** One step further from the middle, in a view read whole: all its places together cost less than one line. */
    private static final double READ_WHOLE_STEP = 0.05;
    /**
     * A faded line through a label in a view read whole, drawn faintly behind it: as much as two
     * steps to a further place, so a label keeps the middle of its line over a faded line.
     */
    private static final double READ_WHOLE_FADED_LINE_COST = 2 * READ_WHOLE_STEP;
    private List<DiagramEdge> placing = List.of();
    /** What the last {@link #choose} cost. */
    private double chosenCost;

    EdgeLabelPlacer(List<DiagramNode> nodes, double width, double height) {
        this.width = width;
        this.height = height;
        this.readWhole = nodes.size() <= NAME_TYPES_ONCE_UP_TO;
        for (DiagramNode n : nodes) {
            add(new double[] {n.minX() - GAP, n.minY() - GAP, n.minX() + n.width() + GAP, n.minY() + n.height() + GAP});
            double[] shape = {n.minX(), n.minY(), n.minX() + n.width(), n.minY() + n.height()};
            for (long key : cells(shape)) {
                concepts.computeIfAbsent(key, k -> new ArrayList<>()).add(shape);
            }
        }
    }

    private void add(double[] box) {
        for (long key : cells(box)) {
            grid.computeIfAbsent(key, k -> new ArrayList<>()).add(box);
        }
    }

    private static List<Long> cells(double[] box) {
        List<Long> keys = new ArrayList<>();
        long x0 = (long) Math.floor(box[0] / CELL);
        long x1 = (long) Math.floor(box[2] / CELL);
        long y0 = (long) Math.floor(box[1] / CELL);
        long y1 = (long) Math.floor(box[3] / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                keys.add(x * 1_000_003L + y);
            }
        }
        return keys;
    }

    /** The edges with their labels placed (same order as given). */
    List<DiagramEdge> place(List<DiagramEdge> edges, double labelWidthPadding, TextMeasurer measurer,
                            double fontSize) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> rank(edges.get(i).emphasis())));
        if (edges.size() <= WEIGH_LINES_UP_TO) {
            indexLines(edges);
        }
        DiagramEdge[] placed = new DiagramEdge[edges.size()];
        Map<String, Integer> drawn = new HashMap<>();
        Map<String, Integer> named = new HashMap<>();
        if (readWhole) {
            edges.forEach(e -> drawn.merge(e.label(), 1, Integer::sum));
        }
        LabelWrapper wrapper = new LabelWrapper(measurer);
        boolean wrap = edges.size() <= WRAP_UP_TO;
        placing = edges;
        for (int i : order) {
            DiagramEdge e = edges.get(i);
            double w = measurer.width(e.label(), fontSize, false) + 2 * labelWidthPadding;
            double h = measurer.lineHeight(fontSize);
            EdgeLabel box = choose(i, e.points(), w, h, fontSize, List.of(), 2);
            double cost = chosenCost;
            // In a view read whole, a label that only fits across a line or nearer another may fit
            // clear of them on two or more lines.
            for (int lines = 2; wrap && (!box.placed() || readWhole && cost >= LINE_COST) && lines <= MOST_LINES;
                 lines++) {
                EdgeLabel split = wrapped(i, e, lines, wrapper, measurer, labelWidthPadding, fontSize);
                if (split != null && (!box.placed() || chosenCost < cost)) {
                    box = split;
                    cost = chosenCost;
                }
            }
            if (box.placed() && drawn.getOrDefault(e.label(), 0) >= REPEATED && named.getOrDefault(e.label(), 0) > 0) {
                // Already named once in this small view: shown on hover, like a label without room.
                box = box.unplaced();
            }
            if (box.placed()) {
                named.merge(e.label(), 1, Integer::sum);
                add(new double[] {box.minX() - GAP, box.minY() - GAP, box.maxX() + GAP, box.maxY() + GAP});
            }
            placed[i] = e.withLabelBox(box);
        }
        return List.of(placed);
    }

    /**
     * A view of up to this many relations wraps a label that finds no room on one line: a lecturer's
     * view of a few concepts, where a long relation name ("precedes (in the classic sequence)") is
     * wider than the gap between the two concepts it joins, and is exactly what the view is about.
     */
    static final int WRAP_UP_TO = 200;
    /** Longer names are not wrapped: on four lines they would still be wider than a gap between concepts. */
    static final int WRAP_AT_MOST_CHARS = 64;
    /** A relation's name is read on at most this many lines; beyond, it is shown on hover. */
    static final int MOST_LINES = 4;

    /**
     * The label on {@code lines} lines of about equal width, placed as a one-line label is; null
     * when its words do not make that many lines or it finds no room either.
     */
    private EdgeLabel wrapped(int own, DiagramEdge e, int lines, LabelWrapper wrapper, TextMeasurer measurer,
                              double labelWidthPadding, double fontSize) {
        if (e.label().length() > WRAP_AT_MOST_CHARS) {
            return null;
        }
        // The narrowest width that keeps the label to this many lines, by halving: a wider width
        // never gives more lines.
        double narrow = measurer.width(e.label(), fontSize, false) / lines;
        double wide = narrow * lines;
        List<String> split = List.of(e.label());
        for (int step = 0; step < 12 && wide - narrow > 0.5; step++) {
            double width = (narrow + wide) / 2;
            List<String> attempt = wrapper.wrap(e.label(), width, fontSize, false);
            if (attempt.size() <= lines) {
                wide = width;
                split = attempt;
            } else {
                narrow = width;
            }
        }
        if (split.size() != lines) {
            return null;
        }
        double w = 0;
        for (String line : split) {
            w = Math.max(w, measurer.width(line, fontSize, false));
        }
        // On its line or just beside it: a block of lines a label's height further out reads as a
        // neighbouring line's name.
        EdgeLabel box = choose(own, e.points(), w + 2 * labelWidthPadding, lines * measurer.lineHeight(fontSize),
                fontSize, split, 1);
        return box.placed() ? box : null;
    }

    private void indexLines(List<DiagramEdge> edges) {
        lineCost = new double[edges.size()];
        counted = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            DiagramEdge e = edges.get(i);
            lineCost[i] = e.emphasis() != Emphasis.DIMMED ? LINE_COST
                    : readWhole ? READ_WHOLE_FADED_LINE_COST : FADED_LINE_COST;
            List<Point> p = e.points();
            for (int k = 1; k < p.size(); k++) {
                double[] segment = {p.get(k - 1).x(), p.get(k - 1).y(), p.get(k).x(), p.get(k).y(), i};
                double[] box = {Math.min(segment[0], segment[2]), Math.min(segment[1], segment[3]),
                    Math.max(segment[0], segment[2]), Math.max(segment[1], segment[3])};
                // A long diagonal covers a square of cells: kept aside rather than listed in each of them.
                if (cellCount(box) > MAX_SEGMENT_CELLS) {
                    longLines.add(segment);
                    continue;
                }
                for (long key : cells(box)) {
                    lines.computeIfAbsent(key, c -> new ArrayList<>()).add(segment);
                }
            }
        }
    }

    /** What the other relations' lines running through a candidate cost, each relation counted once. */
    private static double cellCount(double[] box) {
        return (Math.floor(box[2] / CELL) - Math.floor(box[0] / CELL) + 1)
                * (Math.floor(box[3] / CELL) - Math.floor(box[1] / CELL) + 1);
    }

    private double linesThrough(EdgeLabel c, int own) {
        if (lines.isEmpty() && longLines.isEmpty()) {
            return 0;
        }
        // Each relation counted once: marked with this candidate's stamp (a set per candidate was most
        // of the placer's garbage). The costs are small whole numbers, so their sum is exact in any order.
        stamp++;
        double cost = 0;
        double minX = c.minX();
        double minY = c.minY();
        double maxX = c.maxX();
        double maxY = c.maxY();
        for (double[] s : longLines) {
            cost += through(s, own, minX, minY, maxX, maxY);
        }
        long x0 = (long) Math.floor(minX / CELL);
        long x1 = (long) Math.floor(maxX / CELL);
        long y0 = (long) Math.floor(minY / CELL);
        long y1 = (long) Math.floor(maxY / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                List<double[]> here = lines.get(x * 1_000_003L + y);
                if (here != null) {
                    for (double[] s : here) {
                        cost += through(s, own, minX, minY, maxX, maxY);
                    }
                }
            }
        }
        return cost;
    }

    /** The cost of segment {@code s}'s relation if it runs through the box and was not counted yet for this candidate. */
    private double through(double[] s, int own, double minX, double minY, double maxX, double maxY) {
        int edge = (int) s[4];
        if (edge == own || counted[edge] == stamp || !segmentMeetsBox(s, minX, minY, maxX, maxY)) {
            return 0;
        }
        counted[edge] = stamp;
        return lineCost[edge];
    }

    /** Whether the segment (x1, y1)–(x2, y2) passes through the box. */
    static boolean segmentMeetsBox(double[] s, double minX, double minY, double maxX, double maxY) {
        return org.psoexplorer.layout.Geometry.segmentEntersBox(s[0], s[1], s[2], s[3], minX, minY, maxX, maxY);
    }

    private EdgeLabel choose(int own, List<Point> line, double w, double h, double fontSize, List<String> lines,
                             int rings) {
        double length = length(line);
        double step = readWhole ? READ_WHOLE_STEP : 1;
        EdgeLabel best = null;
        double bestCost = Double.MAX_VALUE;
        double rank = 0;
        // Close to the line first (on it, then beside it on either side, then, in a view read whole,
        // touching it), then one label's height further out, where the label still reads as the line's.
        for (int ring = 0; ring < rings; ring++) {
            for (double f : FRACTIONS) {
                Point[] at = pointAt(line, length * f);
                Point p = at[0];
                double nx = -at[1].y();
                double ny = at[1].x();
                // How far the box's centre must move along the normal for the box to clear the line.
                double side = w / 2 * Math.abs(nx) + h / 2 * Math.abs(ny) + GAP;
                double[][] moves = moves(ring, nx, ny, side, w, h);
                for (int k = 0; k < moves.length; k++) {
                    double[] shift = moves[k];
                    EdgeLabel candidate = new EdgeLabel(p.x() + shift[0], p.y() + shift[1], w, h, fontSize, true, lines);
                    double cost = rank;
                    rank += step;
                    // On the line and touching it, a label meets it by construction; beside it, it may not.
                    boolean beside = ring > 0 || k == 1 || k == 2;
                    if (cost < bestCost && free(candidate) && (!beside || reaches(candidate, line, ring == 0 ? GAP : GAP + h))) {
                        cost += linesThrough(candidate, own);
                        if (readWhole && cost < bestCost && nearerAnother(candidate, own)) {
                            cost += NEARER_ANOTHER_COST;
                        }
                        if (cost < bestCost) {
                            best = candidate;
                            bestCost = cost;
                        }
                    }
                }
            }
        }
        chosenCost = bestCost;
        if (best != null) {
            return best;
        }
        Point[] mid = pointAt(line, length / 2);
        return new EdgeLabel(mid[0].x(), mid[0].y(), w, h, fontSize, false, lines);
    }

    /**
     * Whether the label lies within {@code reach} of its own line. A place beside the line clears the
     * straight line through its point; on a short slanting line a wide label set beside it that way
     * can clear the line's extension, far past its end, and land against a concept a hand's width from
     * its own line, reading as that concept's caption or a neighbour's name (a tour step's
     * "encompasses (as a task or activity)" under Sustaining peace, its line above).
     */
    private boolean reaches(EdgeLabel c, List<Point> line, double reach) {
        double off = org.psoexplorer.layout.Geometry.gapToPolyline(line, c.minX(), c.minY(), c.maxX(), c.maxY());
        // Within half a line of text of its line a label reads as the line's whatever is near.
        double against = Math.max(GAP + REACH_SLACK, c.height() / Math.max(1, c.lines().size()) / 2);
        return off <= reach + REACH_SLACK && (off <= against || !nearerAConcept(c, off - REACH_SLACK));
    }

    /**
     * Whether a concept lies within {@code distance} of the label: a label a label's height off its
     * line, against a concept's box, reads as that concept's caption (a tour step's "blurs with"
     * under Counterterrorism).
     */
    private boolean nearerAConcept(EdgeLabel c, double distance) {
        double[] around = {c.minX() - distance, c.minY() - distance, c.maxX() + distance, c.maxY() + distance};
        for (long key : cells(around)) {
            for (double[] b : concepts.getOrDefault(key, List.of())) {
                if (org.psoexplorer.layout.Geometry.gapBetweenBoxes(c.minX(), c.minY(), c.maxX(), c.maxY(),
                        b[0], b[1], b[2], b[3]) < distance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rounding slack in {@link #reaches}: a place beside the line clears it by {@link #GAP}, give or take. */
    private static final double REACH_SLACK = 0.5;

    /**
     * The moves from a point on the line (unit normal nx, ny) to a label's centre: in the first ring,
     * on the line and beside it on either side ({@code side} clears it), and in a view read whole
     * then touching the point on either side, above, below or at a corner; in the second, a label's
     * height further out on either side.
     */
    private double[][] moves(int ring, double nx, double ny, double side, double w, double h) {
        if (ring > 0) {
            return new double[][] {{nx * (side + h), ny * (side + h)}, {-nx * (side + h), -ny * (side + h)}};
        }
        if (!readWhole) {
            return new double[][] {{0, 0}, {nx * side, ny * side}, {-nx * side, -ny * side}};
        }
        double dx = w / 2 + GAP;
        double dy = h / 2 + GAP;
        return new double[][] {{0, 0}, {nx * side, ny * side}, {-nx * side, -ny * side},
            {-dx, 0}, {dx, 0}, {0, -dy}, {0, dy}, {-dx, -dy}, {dx, -dy}, {-dx, dy}, {dx, dy}};
    }

    /**
     * Whether the middle of a label of relation {@code own} at {@code c} is nearer another line than
     * its own: one drawn at full strength, not running through the label (that is counted as a line
     * across it), not joining the same two concepts (a label between two lines of one pair still
     * names a relation of that pair).
     */
    private boolean nearerAnother(EdgeLabel c, int own) {
        DiagramEdge mine = placing.get(own);
        double ownDistance = org.psoexplorer.layout.Geometry.distanceToPolyline(mine.points(), c.x(), c.y());
        for (int i = 0; i < placing.size(); i++) {
            DiagramEdge other = placing.get(i);
            if (i == own || other.emphasis() == Emphasis.DIMMED || other.joinsTheSamePairAs(mine)) {
                continue;
            }
            if (org.psoexplorer.layout.Geometry.distanceToPolyline(other.points(), c.x(), c.y()) < ownDistance
                    && !org.psoexplorer.layout.Geometry.polylineEntersBox(other.points(), c.minX(), c.minY(),
                    c.maxX(), c.maxY())) {
                return true;
            }
        }
        return false;
    }

    private boolean free(EdgeLabel c) {
        if (c.minX() < 0 || c.minY() < 0 || c.maxX() > width || c.maxY() > height) {
            return false;
        }
        long x0 = (long) Math.floor(c.minX() / CELL);
        long x1 = (long) Math.floor(c.maxX() / CELL);
        long y0 = (long) Math.floor(c.minY() / CELL);
        long y1 = (long) Math.floor(c.maxY() / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                List<double[]> here = grid.get(x * 1_000_003L + y);
                if (here != null) {
                    for (double[] b : here) {
                        if (c.overlaps(b[0], b[1], b[2], b[3])) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static double length(List<Point> line) {
        double total = 0;
        for (int i = 1; i < line.size(); i++) {
            total += Math.hypot(line.get(i).x() - line.get(i - 1).x(), line.get(i).y() - line.get(i - 1).y());
        }
        return total;
    }

    /** The point at {@code distance} along the line and the unit direction of the line there. */
    private static Point[] pointAt(List<Point> line, double distance) {
        double left = distance;
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            double d = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (d > 0 && (left <= d || i == line.size() - 1)) {
                double t = Math.min(1, left / d);
                return new Point[] {new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t),
                        new Point((b.x() - a.x()) / d, (b.y() - a.y()) / d)};
            }
            left -= d;
        }
        return new Point[] {line.get(0), new Point(1, 0)};
    }

    private static int rank(Emphasis e) {
        return switch (e) {
            case SELECTED, HIGHLIGHTED -> 0;
            case NORMAL -> 1;
            case DIMMED -> 2;
        };
    }
}
