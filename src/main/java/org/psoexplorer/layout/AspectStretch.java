package org.psoexplorer.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads a layout along its short side so that its shape matches the screen area it is shown in:
 * a tall drawing on a wide screen is widened, never squeezed. Only places move, boxes keep their
 * size, so no overlap appears and every distance grows; labels gain the room the screen has to give.
 */
public final class AspectStretch {

    /** Beyond this, stretching distorts more than it helps (a chain of three would become a line across the screen). */
    public static final double MAX_FACTOR = 2.5;

    private AspectStretch() {
    }

    /**
     * The layout spread so that its width-to-height ratio approaches {@code aspect}; unchanged
     * when {@code aspect} is not positive or the layout already has that shape.
     */
    public static Layout toAspect(Layout layout, double aspect, double margin) {
        return toAspect(layout, aspect, margin, 1);
    }

    /**
     * As {@link #toAspect(Layout, double, double)}, with the places also spread apart by
     * {@code spread} (≥ 1) in both directions: room between concepts for labels drawn larger than
     * their boxes when a large drawing is fitted to a small screen.
     */
    public static Layout toAspect(Layout layout, double aspect, double margin, double spread) {
        double[] e = Extent.of(layout.nodes().values(), layout.edges().stream().map(EdgeRoute::bends).toList());
        if (e == null || layout.nodes().size() < 3) {
            return layout;
        }
        double w = e[2] - e[0];
        double h = e[3] - e[1];
        if (w <= 0 || h <= 0) {
            return layout;
        }
        // Centres spread, boxes keep their size: solve for the spread of the centres alone.
        double minCx = Double.MAX_VALUE;
        double maxCx = -Double.MAX_VALUE;
        double minCy = Double.MAX_VALUE;
        double maxCy = -Double.MAX_VALUE;
        for (NodeBox b : layout.nodes().values()) {
            minCx = Math.min(minCx, b.x());
            maxCx = Math.max(maxCx, b.x());
            minCy = Math.min(minCy, b.y());
            maxCy = Math.max(maxCy, b.y());
        }
        double spanX = maxCx - minCx;
        double spanY = maxCy - minCy;
        double fx = 1;
        double fy = 1;
        if (!(aspect > 0)) {
            // no shape to match
        } else if (w / h < aspect && spanX > 0) {
            fx = Math.min(MAX_FACTOR, (aspect * h - (w - spanX)) / spanX);
        } else if (w / h > aspect && spanY > 0) {
            fy = Math.min(MAX_FACTOR, (w / aspect - (h - spanY)) / spanY);
        }
        fx *= Math.max(1, spread);
        fy *= Math.max(1, spread);
        if (fx < 1.02 && fy < 1.02) {
            return layout;
        }
        double cx = (e[0] + e[2]) / 2;
        double cy = (e[1] + e[3]) / 2;
        double sx = fx;
        double sy = fy;
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        layout.nodes().forEach((id, b) -> nodes.put(id, b.moveTo(cx + (b.x() - cx) * sx, cy + (b.y() - cy) * sy)));
        List<EdgeRoute> edges = layout.edges().stream().map(r -> new EdgeRoute(r.source(), r.target(), r.hierarchical(),
                r.bends().stream().map(p -> new Point(cx + (p.x() - cx) * sx, cy + (p.y() - cy) * sy)).toList()))
                .toList();
        return Layout.normalized(nodes, edges, margin);
    }
}
