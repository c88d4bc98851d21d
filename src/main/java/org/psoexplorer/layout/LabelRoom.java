package org.psoexplorer.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes room for labels when a drawing is fitted to a screen smaller than it: there labels are
 * drawn at a legible minimum size, larger than the boxes they name, so the concepts are moved apart
 * (never resized) until their labels, at that size, no longer overlap; the drawing keeps the
 * screen's shape. Only for straight-edged drawings of modest size: bends would no longer fit their
 * nodes, and thousands of concepts cannot all be named on one screen anyway.
 */
public final class LabelRoom {

    /** Above this many concepts, labels are chosen by importance on screen instead. */
    public static final int MAX_CONCEPTS = 300;

    private LabelRoom() {
    }

    /**
     * @param width     the screen area's width, in pixels
     * @param height    its height
     * @param minScale  the zoom under which a label is drawn larger than its box (its box is sized for zoom 1)
     * @param margin    margin of the returned (normalized) layout
     */
    public static Layout spread(Layout layout, double width, double height, double minScale, double margin) {
        return spread(layout, width, height, minScale, margin, false);
    }

    /**
     * As {@link #spread(Layout, double, double, double, double)}; a layout that {@code keepsItsShape}
     * (a circle) is only fitted to the screen's shape, its concepts not moved apart.
     */
    public static Layout spread(Layout layout, double width, double height, double minScale, double margin,
                                boolean keepsItsShape) {
        if (!movesApart(layout, width, height, keepsItsShape)) {
            return AspectStretch.toAspect(layout, width > 0 && height > 0 ? width / height : 0, margin);
        }
        Layout l = AspectStretch.toAspect(layout, width / height, margin);
        // Two rounds: each spreads a little more than needed, and more rounds would feed on that.
        for (int round = 0; round < 2; round++) {
            double grow = growth(l, width, height, minScale);
            if (grow <= 1.1) {
                break;
            }
            // Each box as large as its label will be drawn at this zoom; push those apart, keep the centres.
            Map<String, NodeBox> inflated = new LinkedHashMap<>();
            l.nodes().forEach((id, b) -> inflated.put(id, new NodeBox(b.x(), b.y(), b.width() * grow, b.height() * grow)));
            Map<String, NodeBox> apart = OverlapRemoval.apply(inflated, 4 * grow);
            Map<String, NodeBox> moved = new LinkedHashMap<>();
            l.nodes().forEach((id, b) -> moved.put(id, b.moveTo(apart.get(id).x(), apart.get(id).y())));
            Layout next = AspectStretch.toAspect(Layout.normalized(moved, l.edges(), margin), width / height, margin);
            if (next.nodes().equals(l.nodes())) {
                break;
            }
            l = next;
        }
        return l;
    }

    /**
     * How much larger than its box {@link #spread} takes each name to be when {@code layout} is fitted
     * to a {@code width} × {@code height} screen, a little more than the zoom makes it; 1 where it
     * does not move concepts apart for their names.
     */
    public static double growth(Layout layout, double width, double height, double minScale, boolean keepsItsShape) {
        return movesApart(layout, width, height, keepsItsShape) ? growth(layout, width, height, minScale) : 1;
    }

    private static double growth(Layout l, double width, double height, double minScale) {
        double scale = Math.min(width / l.bounds().width(), height / l.bounds().height());
        return Math.max(1, minScale / scale) * 1.08;
    }

    private static boolean movesApart(Layout layout, double width, double height, boolean keepsItsShape) {
        return !keepsItsShape && width > 0 && height > 0 && layout.nodes().size() >= 3
                && layout.nodes().size() <= MAX_CONCEPTS && layout.edges().stream().allMatch(e -> e.bends().isEmpty());
    }
}
