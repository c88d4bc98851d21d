package org.psoexplorer.layout;

/**
 * The placed box of one vertex: its centre and its size, in pixels (y pointing down).
 *
 * @param x      centre x
 * @param y      centre y
 * @param width  box width, at least 0
 * @param height box height, at least 0
 */
public record NodeBox(double x, double y, double width, double height) {

    /** Tolerance under which two boxes are considered to touch rather than overlap. */
    static final double EPSILON = 1e-6;

    public double minX() {
        return x - width / 2;
    }

    public double maxX() {
        return x + width / 2;
    }

    public double minY() {
        return y - height / 2;
    }

    public double maxY() {
        return y + height / 2;
    }

    /** Returns the same box centred elsewhere. */
    public NodeBox moveTo(double newX, double newY) {
        return new NodeBox(newX, newY, width, height);
    }

    /** Returns this box moved by the given offsets. */
    public NodeBox translate(double dx, double dy) {
        return new NodeBox(x + dx, y + dy, width, height);
    }

    /**
     * Whether the two boxes are closer than {@code gap} on both axes, that is, whether they overlap
     * once each is grown by half the gap. Touching at exactly {@code gap} is not an overlap.
     */
    public boolean overlaps(NodeBox other, double gap) {
        return Math.abs(x - other.x) < (width + other.width) / 2 + gap - EPSILON
                && Math.abs(y - other.y) < (height + other.height) / 2 + gap - EPSILON;
    }
}
