package org.psoexplorer.export;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.psoexplorer.model.NodeShape;

/** The outline of each {@link NodeShape} in a box, as Java2D shapes. */
final class Shapes {

    /** The folded corner of a note, at most this size. */
    private static final double FOLD = 12;

    private Shapes() {
    }

    /** The outline of {@code shape} filling the box with centre (cx, cy). */
    static Shape outline(NodeShape shape, double cx, double cy, double w, double h) {
        double x = cx - w / 2;
        double y = cy - h / 2;
        NodeShape s = shape == null ? NodeShape.ROUNDED : shape;
        return switch (s) {
            case RECTANGLE -> new Rectangle2D.Double(x, y, w, h);
            case ELLIPSE -> new Ellipse2D.Double(x, y, w, h);
            case ROUNDED -> {
                double arc = Math.min(16, Math.min(w, h) * 0.6);
                yield new RoundRectangle2D.Double(x, y, w, h, arc, arc);
            }
            case HEXAGON -> {
                // DiagramBuilder widens hexagons by 0.6 × height: each point takes 0.3 × height.
                double inset = Math.min(h * 0.3, w / 4);
                yield polygon(x + inset, y, x + w - inset, y, x + w, cy, x + w - inset, y + h, x + inset, y + h, x, cy);
            }
            case DIAMOND -> polygon(cx, y, x + w, cy, cx, y + h, x, cy);
            case NOTE -> {
                double f = fold(w, h);
                yield polygon(x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h);
            }
        };
    }

    /** The little triangle of a note's folded corner, drawn over the outline; {@code null} for other shapes. */
    static Shape noteFold(NodeShape shape, double cx, double cy, double w, double h) {
        if (shape != NodeShape.NOTE) {
            return null;
        }
        double f = fold(w, h);
        double right = cx + w / 2;
        double top = cy - h / 2;
        return polygon(right - f, top, right - f, top + f, right, top + f);
    }

    private static double fold(double w, double h) {
        return Math.min(FOLD, Math.min(w, h) / 3);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
