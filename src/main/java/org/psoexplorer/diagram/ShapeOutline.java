package org.psoexplorer.diagram;

import org.psoexplorer.model.NodeShape;

/**
 * The one definition of each node shape's outline, centred on (0, 0): the window, the exporters
 * and edge clipping all take their geometry from here, so an arrowhead always meets the outline
 * it is drawn against.
 */
public final class ShapeOutline {

    private static final double MAX_ARC = 16;
    private static final double MAX_FOLD = 12;

    private ShapeOutline() {
    }

    /** Corner diameter of a rounded box. */
    public static double cornerArc(double w, double h) {
        return Math.min(MAX_ARC, Math.min(w, h) * 0.6);
    }

    /** Size of a note's folded corner. */
    public static double noteFold(double w, double h) {
        return Math.min(MAX_FOLD, Math.min(w, h) / 3);
    }

    /** How far a hexagon's side points reach in from the box; DiagramBuilder widens hexagons to pay for it. */
    public static double hexagonInset(double w, double h) {
        return Math.min(h * 0.3, w / 4);
    }

    /**
     * The corners of a polygonal shape as x0, y0, x1, y1, …, or {@code null} for the shapes that
     * are not polygons (ellipse, rounded box).
     */
    public static double[] polygon(NodeShape shape, double w, double h) {
        double hw = w / 2;
        double hh = h / 2;
        return switch (shape == null ? NodeShape.ROUNDED : shape) {
            case RECTANGLE -> new double[] {-hw, -hh, hw, -hh, hw, hh, -hw, hh};
            case DIAMOND -> new double[] {0, -hh, hw, 0, 0, hh, -hw, 0};
            case HEXAGON -> {
                double i = hexagonInset(w, h);
                yield new double[] {-hw + i, -hh, hw - i, -hh, hw, 0, hw - i, hh, -hw + i, hh, -hw, 0};
            }
            case NOTE -> {
                double f = noteFold(w, h);
                yield new double[] {-hw, -hh, hw - f, -hh, hw, -hh + f, hw, hh, -hw, hh};
            }
            case ELLIPSE, ROUNDED -> null;
        };
    }

    /** Whether (x, y) lies inside the convex polygon (corners in order, either orientation). */
    static boolean insideConvex(double[] poly, double x, double y) {
        int n = poly.length / 2;
        int sign = 0;
        for (int k = 0; k < n; k++) {
            double ax = poly[2 * k];
            double ay = poly[2 * k + 1];
            double bx = poly[2 * ((k + 1) % n)];
            double by = poly[2 * ((k + 1) % n) + 1];
            double cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
            if (cross != 0) {
                int s = cross > 0 ? 1 : -1;
                if (sign == 0) {
                    sign = s;
                } else if (s != sign) {
                    return false;
                }
            }
        }
        return true;
    }
}
