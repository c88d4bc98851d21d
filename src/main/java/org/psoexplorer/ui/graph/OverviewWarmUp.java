package org.psoexplorer.ui.graph;

import java.util.Map;
import java.util.Set;
import org.psoexplorer.diagram.Diagram;

/**
 * The overview of a large diagram painted once, for nothing but to have its code loaded and compiled:
 * the window's first picture of a 5,000-concept graph took a third of a second cold against a twentieth
 * warm, all of it between the diagram reaching the view and the graph on screen. The launch's head start
 * calls this while it waits for the window to tell its graph area. No scene node or image is made, so it
 * runs on any thread, the toolkit started or not.
 */
public final class OverviewWarmUp {

    private OverviewWarmUp() {
    }

    /** Whether the view shows {@code d} as an overview picture when fitted (too many concepts for nodes of their own). */
    public static boolean shownAsOverview(Diagram d) {
        return d.nodes().size() > GraphView.DRAW_WHOLE_UP_TO;
    }

    /**
     * Indexes {@code d} and paints its fitted overview for a {@code width} × {@code height} view with
     * names at least {@code minLabelPx} high, as the view would, and throws the picture away; nothing
     * for a diagram the view draws with nodes.
     *
     * @return how many concepts' names the picture had (the slowest part to warm up), 0 when none was painted
     */
    public static int paintOnce(Diagram d, double width, double height, double minLabelPx) {
        if (!shownAsOverview(d) || width <= 0 || height <= 0 || d.width() <= 0 || d.height() <= 0) {
            return 0;
        }
        DrawingIndex drawing = new DrawingIndex(d);
        double scale = Math.min(width / d.width(), height / d.height());
        double tx = (width - d.width() * scale) / 2;
        double ty = (height - d.height() * scale) / 2;
        double k = scale * GraphView.labelFactor(d.style().fontSize() * scale, minLabelPx, 1);
        OverviewRenderer renderer = new OverviewRenderer(r -> { });
        return renderer.paintNow(new OverviewRenderer.Job(drawing, 1, width, height, scale, tx, ty, GraphView.CANVAS_MARGIN_PX,
                OverviewPainter.Theme.LIGHT, 0.22, null, null, Set.of(), Set.of(), Set.of(), Set.of(), false,
                new double[] {0, 0, width, height}, Map.of(), k, GraphView.LABEL_CANDIDATES)).names().size();
    }
}
