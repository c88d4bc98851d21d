package org.psoexplorer.ui.graph;

/**
 * The line that joins a concept's box to its name when the name had to go a line or more away:
 * beside a box drawn smaller than its name, a name set apart reads as a concept of its own, and the
 * box, where the relations end, as another one without a name. Drawn by the concepts' nodes and by
 * the overview's picture alike.
 */
final class Leader {

    /** A name farther than this from its box (screen pixels) gets a leader; one just beside it does not. */
    static final double FROM_PX = 4;
    /** How thick a leader is drawn, in screen pixels. */
    static final double WIDTH_PX = 1.5;
    /**
     * Dotted (dot, gap, in screen pixels), round-capped: a solid line in the concept's colour, running
     * across the graph to a name that had to go far, read as one more relation.
     */
    static final double[] DOTS_PX = {0.5, 4};

    private Leader() {
    }

    /**
     * The shortest line from the box to the name, {x0, y0, x1, y1} with (x0, y0) on the box, or null
     * when the two are no farther apart than {@code from}. Both are centred rectangles given by their
     * centres and half sizes, in any one unit.
     */
    static double[] between(double boxX, double boxY, double boxHalfWidth, double boxHalfHeight,
                            double nameX, double nameY, double nameHalfWidth, double nameHalfHeight, double from) {
        double[] x = facing(boxX - boxHalfWidth, boxX + boxHalfWidth, nameX - nameHalfWidth, nameX + nameHalfWidth);
        double[] y = facing(boxY - boxHalfHeight, boxY + boxHalfHeight, nameY - nameHalfHeight, nameY + nameHalfHeight);
        if (Math.hypot(x[1] - x[0], y[1] - y[0]) <= from) {
            return null;
        }
        return new double[] {x[0], y[0], x[1], y[1]};
    }

    /**
     * The nearest points of two spans on one axis, the first's then the second's: their facing ends,
     * or where they overlap, the middle of the overlap for both.
     */
    private static double[] facing(double a0, double a1, double b0, double b1) {
        if (b0 > a1) {
            return new double[] {a1, b0};
        }
        if (b1 < a0) {
            return new double[] {a0, b1};
        }
        double mid = (Math.max(a0, b0) + Math.min(a1, b1)) / 2;
        return new double[] {mid, mid};
    }
}
