package org.psoexplorer.layout;

/**
 * An axis-aligned rectangle: the drawing area of a {@link Layout}.
 */
public record Bounds(double minX, double minY, double width, double height) {

    public double maxX() {
        return minX + width;
    }

    public double maxY() {
        return minY + height;
    }
}
