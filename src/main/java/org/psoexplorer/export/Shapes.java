package org.psoexplorer.export;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import org.psoexplorer.diagram.ShapeOutline;
import org.psoexplorer.model.NodeShape;

/** The outline of each {@link NodeShape} in a box, as Java2D shapes. */
final class Shapes {

    private Shapes() {
    }

    /** The outline of {@code shape} filling the box with centre (cx, cy). */
    static Shape outline(NodeShape shape, double cx, double cy, double w, double h) {
        double x = cx - w / 2;
        double y = cy - h / 2;
        NodeShape s = shape == null ? NodeShape.ROUNDED : shape;
        if (s == NodeShape.ELLIPSE) {
            return new Ellipse2D.Double(x, y, w, h);
        }
        if (s == NodeShape.ROUNDED) {
            double arc = ShapeOutline.cornerArc(w, h);
            return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
        }
        double[] corners = ShapeOutline.polygon(s, w, h);
        double[] moved = new double[corners.length];
        for (int i = 0; i < corners.length; i += 2) {
            moved[i] = corners[i] + cx;
            moved[i + 1] = corners[i + 1] + cy;
        }
        return polygon(moved);
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
        return ShapeOutline.noteFold(w, h);
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
