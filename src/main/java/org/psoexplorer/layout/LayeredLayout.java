package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Layered (Sugiyama-style) layout along the hierarchical edges: parents above children, one row
 * per layer.
 *
 * <p><b>Direction convention.</b> With {@link LayoutOptions#parentIsTarget()} (the default), a
 * hierarchical edge goes from child to parent, as in the taxonomy where "peacekeeping is a kind
 * of PSO" is the edge peacekeeping → pso: the edge's <em>target</em> is drawn above its source.
 * With {@code parentIsTarget == false} the source is drawn above. Either way, for an acyclic
 * hierarchy every parent is strictly above each of its children; in a cycle, the edges that
 * close it (found by a depth-first search) point upwards instead.
 *
 * <p>Non-hierarchical edges never constrain layers and are drawn straight. Each connected
 * hierarchy (connected through hierarchical edges) is drawn on its own and the hierarchies are
 * packed in rows, largest first; vertices with no hierarchical edge go in rows below them,
 * grouped by their other links. Edges spanning several layers bend once per layer crossed, at the
 * positions reserved for them (see {@link EdgeRoute#bends()}).
 *
 * @see LayerAssignment
 * @see CrossingReduction
 * @see PriorityPlacement
 */
public final class LayeredLayout implements LayoutAlgorithm {

    @Override
    public Layout layout(LayoutGraph graph, LayoutOptions options) {
        int n = graph.vertexCount();
        List<List<Integer>> hierarchicalEdges = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            hierarchicalEdges.add(new ArrayList<>());
        }
        for (int e = 0; e < graph.edges().size(); e++) {
            if (graph.edges().get(e).hierarchical()) {
                hierarchicalEdges.get(graph.edgeSource(e)).add(e);
                hierarchicalEdges.get(graph.edgeTarget(e)).add(e);
            }
        }
        List<Piece> hierarchies = new ArrayList<>();
        boolean[] seen = new boolean[n];
        for (int start = 0; start < n; start++) {
            if (seen[start] || hierarchicalEdges.get(start).isEmpty()) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            List<Integer> edges = new ArrayList<>();
            collectHierarchy(graph, start, hierarchicalEdges, seen, members, edges);
            int[] vertices = members.stream().mapToInt(Integer::intValue).sorted().toArray();
            List<Integer> inputOrder = edges.stream().sorted().toList();
            hierarchies.add(new HierarchyLayout(graph, vertices, inputOrder, options).layout());
        }
        List<Piece> packed = ComponentPacker.largestFirst(hierarchies);
        Piece drawing = ComponentPacker.pack(packed, options.spacing(), 0, options.packingAspect());

        int[] looseOrder = looseVertices(graph, hierarchicalEdges);
        List<Piece> loose = new ArrayList<>(looseOrder.length);
        for (int v : looseOrder) {
            loose.add(Piece.single(graph.id(v), graph.width(v), graph.height(v)));
        }
        double[] nameRoom = nameRoomAfter(graph, looseOrder);
        if (!loose.isEmpty() && !drawing.nodes.isEmpty() && nameRoom == null) {
            // (Where relations are named, two concepts joined by one keep their row below, with room for the name.)
            int beside = RoomBesideHierarchies.fill(packed, drawing.extent(), loose,
                    Math.max(options.layerGap(), options.spacing()), options.spacing());
            for (Piece p : loose.subList(0, beside)) {
                drawing.absorb(p);
            }
            loose = loose.subList(beside, loose.size());
        }
        if (!loose.isEmpty()) {
            double rowWidth = drawing.width();
            if (options.aspectRatio() > 0) {
                rowWidth = Math.max(rowWidth, rowWidthFor(options.aspectRatio(), drawing, loose, options));
            }
            Piece rows = ComponentPacker.pack(loose, options.spacing(), rowWidth, options.packingAspect(), nameRoom);
            if (!drawing.nodes.isEmpty()) {
                double[] above = drawing.extent();
                double[] below = rows.extent();
                double gap = Math.max(options.layerGap(), options.spacing());
                rows.translate(above[0] - below[0], above[3] + gap - below[1]);
            }
            drawing.absorb(rows);
        }
        return LayoutAssembly.finish(graph, drawing, options);
    }

    /**
     * How wide the rows of loose vertices must be for the whole drawing to come out at about
     * {@code ratio}: with the hierarchies' height H above, a gap g and the loose boxes' area A,
     * a row width w gives a drawing of w × (H + g + A / w); solving w / (H + g + A / w) = ratio.
     */
    private static double rowWidthFor(double ratio, Piece drawing, List<Piece> loose, LayoutOptions options) {
        double gap = Math.max(options.layerGap(), options.spacing());
        double above = drawing.nodes.isEmpty() ? 0 : drawing.height() + gap;
        double area = 0;
        for (Piece p : loose) {
            area += (p.width() + options.spacing()) * (p.height() + options.spacing());
        }
        double b = ratio * above;
        return (b + Math.sqrt(b * b + 4 * ratio * area)) / 2;
    }

    private static void collectHierarchy(LayoutGraph graph, int start, List<List<Integer>> hierarchicalEdges,
                                         boolean[] seen, List<Integer> members, List<Integer> edges) {
        List<Integer> queue = new ArrayList<>();
        queue.add(start);
        seen[start] = true;
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            members.add(v);
            for (int e : hierarchicalEdges.get(v)) {
                int u = graph.edgeSource(e) == v ? graph.edgeTarget(e) : graph.edgeSource(e);
                if (graph.edgeSource(e) == v) {
                    edges.add(e); // each edge once: from its source's side
                }
                if (!seen[u]) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
        }
    }

    /**
     * For each loose vertex, the gap to leave before the next one in a row: room for the name of a
     * relation joining the two ({@link LayoutGraph#nameGap}), else 0; null
     * when no relation's name needs room.
     */
    private static double[] nameRoomAfter(LayoutGraph graph, int[] order) {
        if (graph.namedEdges().length == 0) {
            return null;
        }
        int[] position = new int[graph.vertexCount()];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        double[] gaps = new double[order.length];
        for (int e : graph.namedEdges()) {
            int a = position[graph.edgeSource(e)];
            int b = position[graph.edgeTarget(e)];
            if (a >= 0 && b >= 0 && Math.abs(a - b) == 1) {
                int first = Math.min(a, b);
                gaps[first] = Math.max(gaps[first], graph.nameGap(e));
            }
        }
        return gaps;
    }

    /** Vertices without hierarchical edges, breadth-first along their other links. */
    private static int[] looseVertices(LayoutGraph graph, List<List<Integer>> hierarchicalEdges) {
        int n = graph.vertexCount();
        boolean[] seen = new boolean[n];
        List<Integer> order = new ArrayList<>();
        List<Integer> queue = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (seen[start] || !hierarchicalEdges.get(start).isEmpty()) {
                continue;
            }
            queue.clear();
            queue.add(start);
            seen[start] = true;
            for (int head = 0; head < queue.size(); head++) {
                int v = queue.get(head);
                order.add(v);
                for (int u : graph.neighbours(v)) {
                    if (!seen[u] && hierarchicalEdges.get(u).isEmpty()) {
                        seen[u] = true;
                        queue.add(u);
                    }
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
