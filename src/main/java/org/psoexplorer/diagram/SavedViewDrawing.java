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
        return new DiagramPipeline.Result(visible, placed, builder.build(graph, visible, placed, language, highlight, title));
    }
}
