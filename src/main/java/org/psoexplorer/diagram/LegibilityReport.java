package org.psoexplorer.diagram;

import java.util.List;
import java.util.Locale;
import org.psoexplorer.layout.Geometry;
import org.psoexplorer.layout.NodeBox;

/**
 * How legible a {@link Diagram} is on a canvas of a given size once fitted to it, measured on the
 * diagram itself (the same one the window and every export draw): the smallest concept label in
 * screen pixels, labels on top of each other, relation labels on top of concepts, relations
 * running through concepts they do not join, edge crossings and how much of the canvas the
 * drawing fills.
 *
 * <p>The fit is the window's: the concept boxes plus {@value #FIT_PADDING} px on each side are
 * scaled to the canvas, never beyond {@value #MAX_FIT_SCALE}×. Relation labels count when they are
 * {@link EdgeLabel#placed() placed}, that is when the window would show them with relation labels
 * switched on; labels left for hover and selection do not.
 *
 * @param scale                  the fit scale
 * @param minLabelPx             the smallest concept label's font size on screen, in pixels
 * @param labelOverlaps          pairs of labels (concept names and placed relation labels) that overlap
 * @param edgeLabelsOverConcepts placed relation labels that cover part of a concept
 * @param hiddenEdgeLabels       relation labels left for hover and selection for want of room (not
 *                               those whose words another label of the view already shows)
 * @param edgesThroughConcepts   (relation, concept) pairs where the relation's line crosses a concept it does not join
 * @param crossings              crossings between relations that share no concept
 * @param fillX                  the drawing's width on screen over the canvas width
 * @param fillY                  the drawing's height on screen over the canvas height
 * @param labelsOnLines          placed relation labels with another relation's line running under them,
 *                               where a reader may take the label for that line's
 */
public record LegibilityReport(int concepts, int relations, double scale, double minLabelPx, int labelOverlaps,
                               int edgeLabelsOverConcepts, int hiddenEdgeLabels, int edgesThroughConcepts,
                               int crossings, double fillX, double fillY, int labelsOnLines) {

    /** Screen pixels kept free around the fitted drawing, as the window does. */
    public static final double FIT_PADDING = 24;
    /** The window never enlarges a small drawing beyond this when fitting. */
    public static final double MAX_FIT_SCALE = 1.5;
    /** A line may graze a concept's outline by this much (anti-aliasing, rounded corners) without counting. */
    private static final double GRAZE = 2;

    /** Measures {@code d} fitted to a canvas of {@code canvasWidth} × {@code canvasHeight} pixels. */
    public static LegibilityReport measure(Diagram d, double canvasWidth, double canvasHeight, TextMeasurer measurer) {
        List<DiagramNode> nodes = d.nodes();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramNode n : nodes) {
            minX = Math.min(minX, n.minX());
            minY = Math.min(minY, n.minY());
            maxX = Math.max(maxX, n.minX() + n.width());
            maxY = Math.max(maxY, n.minY() + n.height());
        }
        if (nodes.isEmpty()) {
            return new LegibilityReport(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        double scale = Math.min(MAX_FIT_SCALE,
                Math.min(canvasWidth / (w + 2 * FIT_PADDING), canvasHeight / (h + 2 * FIT_PADDING)));
        double[][] text = new double[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            text[i] = textBox(nodes.get(i), d.style(), measurer);
        }
        int overlaps = 0;
        for (int i = 0; i < text.length; i++) {
            for (int j = i + 1; j < text.length; j++) {
                if (intersects(text[i], text[j])) {
                    overlaps++;
                }
            }
        }
        List<DiagramEdge> edges = d.edges();
        java.util.Set<String> namedTypes = new java.util.HashSet<>();
        edges.stream().filter(e -> e.labelBox() != null && e.labelBox().placed()).forEach(e -> namedTypes.add(e.label()));
        int overConcepts = 0;
        int hidden = 0;
        for (int i = 0; i < edges.size(); i++) {
            EdgeLabel a = edges.get(i).labelBox();
            if (a == null || !a.placed()) {
                // A label whose words are already on the view elsewhere is not missing for want of room.
                hidden += a == null || namedTypes.contains(edges.get(i).label()) ? 0 : 1;
                continue;
            }
            for (DiagramNode n : nodes) {
                if (a.overlaps(n.minX(), n.minY(), n.minX() + n.width(), n.minY() + n.height())) {
                    overConcepts++;
                    break;
                }
            }
            for (int j = i + 1; j < edges.size(); j++) {
                EdgeLabel b = edges.get(j).labelBox();
                if (b != null && b.placed() && a.overlaps(b.minX(), b.minY(), b.maxX(), b.maxY())) {
                    overlaps++;
                }
            }
        }
        int onLines = 0;
        for (int i = 0; i < edges.size(); i++) {
            EdgeLabel a = edges.get(i).labelBox();
            if (a == null || !a.placed()) {
                continue;
            }
            for (int j = 0; j < edges.size(); j++) {
                if (j != i && lineMeetsBox(edges.get(j).points(), a)) {
                    onLines++;
                    break;
                }
            }
        }
        int through = 0;
        for (DiagramEdge e : edges) {
            for (DiagramNode n : nodes) {
                if (!n.id().equals(e.from()) && !n.id().equals(e.to())
                        && Geometry.polylineEntersBox(e.points(), new NodeBox(n.x(), n.y(), n.width(), n.height()),
                        GRAZE)) {
                    through++;
                }
            }
        }
        int crossings = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                DiagramEdge a = edges.get(i);
                DiagramEdge b = edges.get(j);
                if (!sharesEnd(a, b)) {
                    crossings += Geometry.crossings(a.points(), b.points());
                }
            }
        }
        return new LegibilityReport(nodes.size(), edges.size(), scale, d.style().fontSize() * scale, overlaps,
                overConcepts, hidden, through, crossings, w * scale / canvasWidth, h * scale / canvasHeight, onLines);
    }

    private static boolean lineMeetsBox(List<org.psoexplorer.layout.Point> line, EdgeLabel box) {
        for (int k = 1; k < line.size(); k++) {
            double[] s = {line.get(k - 1).x(), line.get(k - 1).y(), line.get(k).x(), line.get(k).y()};
            if (EdgeLabelPlacer.segmentMeetsBox(s, box.minX() + 1, box.minY() + 1, box.maxX() - 1, box.maxY() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesEnd(DiagramEdge a, DiagramEdge b) {
        return a.from().equals(b.from()) || a.from().equals(b.to()) || a.to().equals(b.from()) || a.to().equals(b.to());
    }

    /** The box the concept's name takes inside its shape: minX, minY, maxX, maxY. */
    private static double[] textBox(DiagramNode n, DiagramStyle style, TextMeasurer measurer) {
        double width = 0;
        for (String line : n.lines()) {
            width = Math.max(width, measurer.width(line, style.fontSize(), false));
        }
        double height = n.lines().size() * measurer.lineHeight(style.fontSize());
        return new double[] {n.x() - width / 2, n.y() - height / 2, n.x() + width / 2, n.y() + height / 2};
    }

    private static boolean intersects(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The larger of the two fills: how well the drawing uses the canvas along its better axis. */
    public double fill() {
        return Math.max(fillX, fillY);
    }

    /** One line of a table, for the bench script and BENCHMARKS.md. */
    public String row() {
        return String.format(Locale.ROOT, "%3d | %3d | %5.2f | %5.1f | %4d | %4d | %4d | %4d | %5d | %3.0f %% × %3.0f %% | %4d",
                concepts, relations, scale, minLabelPx, labelOverlaps, edgeLabelsOverConcepts, hiddenEdgeLabels,
                edgesThroughConcepts, crossings, fillX * 100, fillY * 100, labelsOnLines);
    }

    /** The header matching {@link #row()}. */
    public static String header() {
        return "concepts | relations | scale | min label px | label overlaps | edge labels on concepts | "
                + "edge labels hidden | edges through concepts | crossings | fill x × y | edge labels on other lines";
    }
}
