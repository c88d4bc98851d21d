package org.psoexplorer.layout;

/**
 * A point in layout coordinates (pixels, y pointing down), used for edge bend points.
 */
public record Point(double x, double y) {

    /** Returns this point moved by the given offsets. */
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
