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
 * @param lines  the label as drawn, one entry per line; empty for the relation's label on one line
 */
public record EdgeLabel(double x, double y, double width, double height, double fontSize, boolean placed,
                        java.util.List<String> lines) {

    public EdgeLabel {
        lines = java.util.List.copyOf(lines);
    }

    /** A label drawn on one line. */
    public EdgeLabel(double x, double y, double width, double height, double fontSize, boolean placed) {
        this(x, y, width, height, fontSize, placed, java.util.List.of());
    }

    /** The lines to draw of a relation labelled {@code label}. */
    public java.util.List<String> lines(String label) {
        return lines.isEmpty() ? java.util.List.of(label) : lines;
    }

    /** The same box, marked not placed (shown on hover only). */
    public EdgeLabel unplaced() {
        return new EdgeLabel(x, y, width, height, fontSize, false, lines);
    }

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
