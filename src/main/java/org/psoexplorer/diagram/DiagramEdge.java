package org.psoexplorer.diagram;

import java.util.List;
import org.psoexplorer.layout.Point;

/**
 * One relation as drawn: a polyline already clipped to the borders of its two boxes (and rounded
 * where it bends), so every renderer only has to stroke it and put an arrowhead at the end.
 *
 * @param relationIndex the relation's position in the taxonomy file, which identifies it
 * @param line          colour, dash pattern and arrowhead; dashed when contested
 * @param label         the relation type's label in the chosen language
 * @param labelBox      where the label goes, decided once for the screen and every export
 */
public record DiagramEdge(int relationIndex, String from, String to, String type, List<Point> points,
                          LineStyle line, boolean contested, String label, Emphasis emphasis, EdgeLabel labelBox) {

    public DiagramEdge {
        points = List.copyOf(points);
    }

    public String color() {
        return line.color();
    }

    /** Whether the line has any dash pattern (see {@link LineStyle#dash()} for which). */
    public boolean dashed() {
        return line.dash() != LineStyle.Dash.SOLID;
    }

    /** Draw an arrowhead at the last point. */
    public boolean directed() {
        return line.directed();
    }

    /** The same relation with its label placed elsewhere. */
    public DiagramEdge withLabelBox(EdgeLabel box) {
        return new DiagramEdge(relationIndex, from, to, type, points, line, contested, label, emphasis, box);
    }

    /**
     * Whether this relation joins the same two concepts as {@code other}, either way round: two
     * relations of one pair run side by side, and a name between them still names one of that pair's.
     */
    public boolean joinsTheSamePairAs(DiagramEdge other) {
        return from.equals(other.from) && to.equals(other.to) || from.equals(other.to) && to.equals(other.from);
    }

    /** The point halfway along the polyline. */
    public Point middle() {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double d = distance(points.get(i - 1), points.get(i));
            if (half <= d && d > 0) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                double t = half / d;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            half -= d;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
