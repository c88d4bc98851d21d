package org.psoexplorer.export.handout;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;

/**
 * How a diagram goes on paper: fitted on one page when its concept names are still legible there,
 * otherwise also cut into parts, as the pages of an atlas, each printed on a page of the same size
 * at a scale where the names are legible.
 *
 * <p>The parts form a grid over the drawing, numbered in reading order. Neighbours overlap by at
 * least the largest concept box (with its outline), and the grid's cells meet inside each overlap,
 * at least half that box from either end of it, so a concept is whole in the part of the cell its
 * centre lies in: no box reaches further than half the largest from its centre. That is the
 * concept's part, as in an atlas's index. A part whose cell holds no concept is left out: whatever
 * it shows is whole elsewhere, and a page of cut boxes and lines helps no one. The scale is the
 * largest, up to the diagram's print size, at which the grid needed at the legible minimum still
 * covers the drawing, so the parts fill their pages.
 *
 * <p>All lengths are diagram pixels, apart from the page's room for the drawing and the name size,
 * which are points.
 */
final class DiagramTiling {

    /**
     * The smallest concept names may print, in points. What makes small print legible is the
     * x-height: Legge and Bigelow (Journal of Vision 11(5):8, 2011) put the lower end of fluent
     * reading at 0.2 degrees, an x-height of 1.4 mm at 40 cm; EU Regulation 1169/2011 (art. 13(2))
     * requires 1.2 mm for what the public must read on packaging. The diagram's DejaVu Sans has an
     * x-height of 0.547 em, so at 7.5 pt it is 1.45 mm, as tall as Times at about 9 pt; the
     * diagram's own print size is 9.75 pt (13 px).
     */
    static final double MIN_NAME_PT = 7.5;
    /** Diagram pixels are CSS pixels, 1/96 inch: the diagram's own print size is 0.75 pt a pixel. */
    static final double PRINT_SCALE = 0.75;
    /** Room around a box for its thickest outline (a selected concept's) and a little air. */
    private static final double BOX_MARGIN = 4;

    /**
     * One part of the drawing, numbered from 1 in reading order, at its place in the grid.
     *
     * @param area what its page shows
     * @param cell the share of the drawing it stands for: the cells of the grid meet inside the
     *             overlaps, so each concept's centre is in the cell of exactly one part
     */
    record Part(int number, int column, int row, Rectangle2D area, Rectangle2D cell) {
    }

    /**
     * @param partScale points a diagram pixel on the pages of the parts (0 without parts)
     * @param extent    what the parts cover: the drawing, and any box reaching past it
     * @param columns   the grid's size, counting parts left out
     * @param parts     the parts printed; empty when the whole diagram is legible on one page
     */
    record Plan(double partScale, Rectangle2D extent, int columns, int rows, List<Part> parts) {

        Plan {
            parts = List.copyOf(parts);
        }

        boolean hasParts() {
            return !parts.isEmpty();
        }
    }

    private DiagramTiling() {
    }

    /** The concept names' size in points at a scale, as the painter sets them (whole pixel sizes). */
    static double namePoints(Diagram d, double scale) {
        return Math.round(d.style().fontSize()) * scale;
    }

    /**
     * @param fittedScale the scale at which the whole diagram fits one page
     * @param roomWidth   a part's page's room for the drawing, in points
     * @param roomHeight  the same, in points
     */
    static Plan plan(Diagram d, double fittedScale, double roomWidth, double roomHeight) {
        Rectangle2D extent = extent(d);
        // A scale worked out as the minimum over the name size must count as reaching it.
        if (namePoints(d, fittedScale) >= MIN_NAME_PT - 1e-9 || d.nodes().isEmpty()) {
            return new Plan(0, extent, 1, 1, List.of());
        }
        double minScale = MIN_NAME_PT / namePoints(d, 1);
        double overlapX = 0;
        double overlapY = 0;
        for (DiagramNode n : d.nodes()) {
            overlapX = Math.max(overlapX, n.width() + 2 * BOX_MARGIN);
            overlapY = Math.max(overlapY, n.height() + 2 * BOX_MARGIN);
        }
        int columns = count(extent.getWidth(), roomWidth / minScale, overlapX);
        int rows = count(extent.getHeight(), roomHeight / minScale, overlapY);
        double scale = Math.min(PRINT_SCALE, Math.min(filling(columns, extent.getWidth(), roomWidth, overlapX),
                filling(rows, extent.getHeight(), roomHeight, overlapY)));
        double[] xs = starts(columns, extent.getMinX(), extent.getWidth(), roomWidth / scale);
        double[] ys = starts(rows, extent.getMinY(), extent.getHeight(), roomHeight / scale);
        List<Rectangle2D> boxes = d.nodes().stream().map(DiagramTiling::box).toList();
        double[] cellXs = cells(xs, roomWidth / scale, overlapX, extent.getMinX(), extent.getMaxX(),
                boxes.stream().map(b -> new double[] {b.getMinX(), b.getMaxX()}).toList());
        double[] cellYs = cells(ys, roomHeight / scale, overlapY, extent.getMinY(), extent.getMaxY(),
                boxes.stream().map(b -> new double[] {b.getMinY(), b.getMaxY()}).toList());
        boolean[][] homes = new boolean[rows][columns];
        for (DiagramNode n : d.nodes()) {
            homes[cell(cellYs, n.y())][cell(cellXs, n.x())] = true;
        }
        List<Part> parts = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (homes[row][column]) {
                    parts.add(new Part(parts.size() + 1, column, row,
                            new Rectangle2D.Double(xs[column], ys[row], roomWidth / scale, roomHeight / scale),
                            new Rectangle2D.Double(cellXs[column], cellYs[row], cellXs[column + 1] - cellXs[column],
                                    cellYs[row + 1] - cellYs[row])));
                }
            }
        }
        return new Plan(scale, extent, columns, rows, parts);
    }

    /** The drawing and every concept's box, should one reach past the drawing's edge. */
    static Rectangle2D extent(Diagram d) {
        Rectangle2D extent = new Rectangle2D.Double(0, 0, d.width(), d.height());
        d.nodes().forEach(n -> extent.add(box(n)));
        return extent;
    }

    /**
     * The edges of the cells: the drawing's ends, and between neighbours a line across their
     * overlap at least half the largest box from either end of it, so a concept whose centre is on
     * one side is whole in that side's part. Within that band the line passes between boxes where
     * it can, nearest the middle, so on the overview no concept straddles two cells.
     *
     * @param spans each box's extent along this axis
     */
    private static double[] cells(double[] starts, double size, double overlap, double min, double max,
                                  List<double[]> spans) {
        double[] edges = new double[starts.length + 1];
        edges[0] = min;
        edges[starts.length] = max;
        for (int i = 1; i < starts.length; i++) {
            double from = starts[i] + overlap / 2;
            double to = starts[i - 1] + size - overlap / 2;
            double middle = (from + to) / 2;
            double best = middle;
            long fewest = crossing(spans, middle);
            for (double[] span : spans) {
                for (double at : new double[] {span[0] - 0.5, span[1] + 0.5}) {
                    long crossed = at >= from && at <= to ? crossing(spans, at) : Long.MAX_VALUE;
                    if (crossed < fewest || crossed == fewest && Math.abs(at - middle) < Math.abs(best - middle)) {
                        fewest = crossed;
                        best = at;
                    }
                }
            }
            edges[i] = best;
        }
        return edges;
    }

    private static long crossing(List<double[]> spans, double at) {
        return spans.stream().filter(s -> s[0] < at && s[1] > at).count();
    }

    private static int cell(double[] edges, double at) {
        int i = 0;
        while (i < edges.length - 2 && at >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    /** A concept's box with room for its outline, as it must fit in a part to be whole there. */
    static Rectangle2D box(DiagramNode n) {
        return new Rectangle2D.Double(n.minX() - BOX_MARGIN, n.minY() - BOX_MARGIN, n.width() + 2 * BOX_MARGIN,
                n.height() + 2 * BOX_MARGIN);
    }

    /** How many parts of {@code size} overlapping by {@code overlap} cover {@code length}. */
    private static int count(double length, double size, double overlap) {
        if (size >= length) {
            return 1;
        }
        // Only a box wider than a page could make the overlap eat the part; it cannot be whole anyway.
        return (int) Math.ceil((length - overlap) / Math.max(size - overlap, size / 4));
    }

    /** The scale at which {@code n} parts overlapping by {@code overlap} just cover {@code length}. */
    private static double filling(int n, double length, double room, double overlap) {
        return n * room / (length + (n - 1) * overlap);
    }

    /**
     * Where the parts start: spread evenly from one end of the drawing to the other, so any slack
     * left by the scale widens the overlaps; a single part is centred.
     */
    private static double[] starts(int n, double from, double length, double size) {
        double[] starts = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = from + (n == 1 ? (length - size) / 2 : i * (length - size) / (n - 1));
        }
        return starts;
    }
}
