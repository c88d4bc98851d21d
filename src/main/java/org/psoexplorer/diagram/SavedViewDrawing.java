package org.psoexplorer.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.layout.Bounds;
import org.psoexplorer.layout.EdgeRoute;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.model.View;

/**
 * A saved {@link View} turned into what the pipeline draws: its filter, its layout, and its
 * positions placed over the layout's, so a headless export of the view shows the arrangement the
 * lecturer made on screen.
 */
public final class SavedViewDrawing {

    /**
     * The window spreads only views of many concepts noticeably (a few fit the screen with room for
     * their names); a few positions far apart were put there by hand, as the example's two side by side.
     */
    private static final int SPREAD_CONCEPTS = 10;
    /** How much farther than the layout saved positions reach when they were saved from a spread screen. */
    private static final double SPREAD_FOR_A_SCREEN = 2;

    private SavedViewDrawing() {
    }

    /** What the view hides and focuses on. */
    public static ViewFilter filter(View view) {
        ViewFilter f = ViewFilter.NONE
                .withHiddenKinds(Set.copyOf(view.hiddenKinds()))
                .withHiddenRelationTypes(Set.copyOf(view.hiddenRelationTypes()))
                .withOnlySource(view.onlySource());
        return view.focus() == null ? f : f.withFocus(view.focus(), view.depth() == null ? 1 : view.depth());
    }

    /** The view's layout, or {@code fallback} when it names none. */
    public static LayoutKind layout(View view, LayoutKind fallback) {
        return view.layout() == null ? fallback : LayoutKind.fromId(view.layout());
    }

    /**
     * The layout with the view's concepts at their saved centres. Edges touching a moved concept
     * lose their bends (they were routed for the old place; the diagram routes them around
     * concepts again). The bounds grow to hold everything; only when a saved place lies left of or
     * above the margin is the whole drawing shifted.
     */
    public static Layout place(Layout layout, Map<String, View.Position> positions, double margin) {
        Map<String, NodeBox> nodes = new LinkedHashMap<>(layout.nodes());
        positions.forEach((id, p) -> nodes.computeIfPresent(id, (k, box) -> box.moveTo(p.x(), p.y())));
        List<EdgeRoute> edges = layout.edges().stream()
                .map(e -> positions.containsKey(e.source()) || positions.containsKey(e.target())
                        ? new EdgeRoute(e.source(), e.target(), e.hierarchical(), List.of()) : e)
                .toList();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = layout.bounds().minX() + layout.bounds().width() - margin;
        double maxY = layout.bounds().minY() + layout.bounds().height() - margin;
        for (NodeBox b : nodes.values()) {
            minX = Math.min(minX, b.minX());
            minY = Math.min(minY, b.minY());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        if (nodes.isEmpty()) {
            return layout;
        }
        Layout placed = new Layout(nodes, edges, new Bounds(0, 0, maxX + margin, maxY + margin));
        double dx = Math.max(0, margin - minX);
        double dy = Math.max(0, margin - minY);
        if (dx > 0 || dy > 0) {
            Layout shifted = placed.translate(dx, dy);
            return new Layout(shifted.nodes(), shifted.edges(), new Bounds(0, 0, maxX + dx + margin, maxY + dy + margin));
        }
        return placed;
    }

    /** Draws the view: its filter, its layout (or {@code fallback}), its positions. */
    public static DiagramPipeline.Result draw(DiagramBuilder builder, TaxonomyGraph graph, View view,
                                              LayoutKind fallback, LayoutOptions options, String language,
                                              Highlight highlight, String title) {
        ViewFilter filter = filter(view);
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        LayoutOptions effective = options;
        if (options.centre() == null && filter.focus() != null && visible.contains(filter.focus())) {
            effective = options.withCentre(filter.focus());
        }
        Layout laidOut = layout(view, fallback).algorithm().layout(builder.layoutGraph(graph, visible, language), effective);
        Layout placed = place(laidOut, view.positions(), options.margin());
        // Positions saved from the window are those of its layout spread so that names drawn larger
        // than their boxes fit the screen (the built-in force view saved at 1366×768 reaches x = 9,379,
        // its layout 2,000 wide): far wider than the layout drawn here, they are brought together.
        // A few positions spaced generously by hand stay where they were put.
        if (view.positions().size() >= SPREAD_CONCEPTS && spreadForAScreen(placed, laidOut)) {
            Layout together = org.psoexplorer.layout.Compaction.toBoxes(placed, 0, options.margin());
            if (together != null) {
                placed = together;
            }
        }
        return new DiagramPipeline.Result(visible, placed, builder.build(graph, visible, placed, language, highlight, title));
    }

    /** Whether saved positions reach more than twice as far as the layout drawn for them. */
    private static boolean spreadForAScreen(Layout placed, Layout laidOut) {
        Bounds p = placed.bounds();
        Bounds l = laidOut.bounds();
        return l.width() > 0 && l.height() > 0
                && Math.max(p.width() / l.width(), p.height() / l.height()) > SPREAD_FOR_A_SCREEN;
    }
}
