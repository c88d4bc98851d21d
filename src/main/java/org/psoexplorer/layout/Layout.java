package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable result of a layout: a box per vertex, a route per edge and the drawing bounds.
 * Coordinates are in pixels with y pointing down. Algorithms return it normalized: the bounds
 * start at (0, 0) and leave the margin empty around the boxes and bend points.
 *
 * @param nodes  vertex id → box, in the graph's vertex order
 * @param edges  one route per edge, in the graph's edge order
 * @param bounds the drawing area
 */
public record Layout(Map<String, NodeBox> nodes, List<EdgeRoute> edges, Bounds bounds) {

    public Layout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        Objects.requireNonNull(bounds, "bounds");
    }

    /** Builds a layout whose bounds fit its content plus {@code margin}, moved to start at (0, 0). */
    public static Layout normalized(Map<String, NodeBox> nodes, List<EdgeRoute> edges, double margin) {
        return new Layout(nodes, edges, new Bounds(0, 0, 0, 0)).normalize(margin);
    }

    /** The box of a vertex. */
    public NodeBox node(String id) {
        NodeBox box = nodes.get(id);
        if (box == null) {
            throw new IllegalArgumentException("no vertex '" + id + "' in this layout");
        }
        return box;
    }

    /**
     * The polyline of an edge: source centre, bend points, target centre. Renderers clip it at
     * the boxes.
     */
    public List<Point> path(int edgeIndex) {
        EdgeRoute route = edges.get(edgeIndex);
        NodeBox s = node(route.source());
        NodeBox t = node(route.target());
        List<Point> path = new ArrayList<>(route.bends().size() + 2);
        path.add(new Point(s.x(), s.y()));
        path.addAll(route.bends());
        path.add(new Point(t.x(), t.y()));
        return path;
    }

    /** This layout moved by the given offsets, bounds included. */
    public Layout translate(double dx, double dy) {
        Map<String, NodeBox> moved = new LinkedHashMap<>();
        nodes.forEach((id, box) -> moved.put(id, box.translate(dx, dy)));
        List<EdgeRoute> routes = edges.stream().map(r -> r.translate(dx, dy)).toList();
        return new Layout(moved, routes,
                new Bounds(bounds.minX() + dx, bounds.minY() + dy, bounds.width(), bounds.height()));
    }

    /** This layout moved so that its content, grown by {@code margin}, starts at (0, 0). */
    public Layout normalize(double margin) {
        double[] e = Extent.of(nodes.values(), edges.stream().map(EdgeRoute::bends).toList());
        if (e == null) {
            return new Layout(nodes, edges, new Bounds(0, 0, 2 * margin, 2 * margin));
        }
        double minX = e[0];
        double minY = e[1];
        double maxX = e[2];
        double maxY = e[3];
        Layout moved = translate(margin - minX, margin - minY);
        return new Layout(moved.nodes, moved.edges,
                new Bounds(0, 0, maxX - minX + 2 * margin, maxY - minY + 2 * margin));
    }

    /** Pairs of boxes that overlap (touching is fine). */
    public List<Overlap> overlaps() {
        return overlaps(0);
    }

    /** Pairs of boxes closer than {@code gap} on both axes, such as the layout spacing. */
    public List<Overlap> overlaps(double gap) {
        BoxArrays a = BoxArrays.of(nodes);
        return BoxIndex.overlappingPairs(a.x(), a.y(), a.w(), a.h(), gap).stream()
                .map(p -> new Overlap(a.ids().get(p[0]), a.ids().get(p[1])))
                .toList();
    }

    /** Whether any two boxes overlap. */
    public boolean hasOverlaps() {
        return !overlaps().isEmpty();
    }
}
