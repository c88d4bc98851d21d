package org.psoexplorer.diagram;

/**
 * Where a relation's label is drawn: a box centred on (x, y), chosen so that it covers no concept
 * and no other label. When no place along the edge is free, the label is kept but
 * {@code placed} is false: renderers show it only on hover or selection, never on top of a name.
 *
 * @param x      centre x, in diagram coordinates
 * @param y      centre y
 * @param width  the label's width at {@link #fontSize}, padding included
 * @param height the label's height, padding included
 * @param fontSize the size the label was measured at
 * @param placed whether the box is free of concepts and other labels
 */
public record EdgeLabel(double x, double y, double width, double height, double fontSize, boolean placed) {

    public double minX() {
        return x - width / 2;
    }

    public double minY() {
        return y - height / 2;
    }

    public double maxX() {
        return x + width / 2;
    }

    public double maxY() {
        return y + height / 2;
    }

    /** Whether the two boxes overlap (touching does not count). */
    public boolean overlaps(double otherMinX, double otherMinY, double otherMaxX, double otherMaxY) {
        return minX() < otherMaxX && otherMinX < maxX() && minY() < otherMaxY && otherMinY < maxY();
    }
}
