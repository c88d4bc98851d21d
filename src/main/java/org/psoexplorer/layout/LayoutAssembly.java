package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last steps every algorithm shares: the overlap-removal pass, one route per edge, and
 * normalization.
 */
final class LayoutAssembly {

    private LayoutAssembly() {
    }

    static Layout finish(LayoutGraph graph, Piece piece, LayoutOptions options) {
        int n = graph.vertexCount();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            NodeBox b = piece.nodes.get(graph.id(i));
            if (b == null || !Double.isFinite(b.x()) || !Double.isFinite(b.y())) {
                throw new IllegalStateException("vertex '" + graph.id(i) + "' was not placed");
            }
            x[i] = b.x();
            y[i] = b.y();
            w[i] = graph.width(i);
            h[i] = graph.height(i);
        }
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        OverlapRemoval.removeOverlaps(x, y, w, h, options.spacing());
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < n; i++) {
            nodes.put(graph.id(i), new NodeBox(x[i], y[i], w[i], h[i]));
            if (x[i] != x0[i] || y[i] != y0[i]) {
                moved.add(i);
            }
        }
        List<EdgeRoute> routes = new ArrayList<>(graph.edges().size());
        for (int e = 0; e < graph.edges().size(); e++) {
            LayoutEdge edge = graph.edges().get(e);
            List<Point> bends = piece.bends.getOrDefault(e, List.of());
            // Bends were computed for the old positions: a straight line is better than a wrong bend.
            if (moved.contains(graph.edgeSource(e)) || moved.contains(graph.edgeTarget(e))) {
                bends = List.of();
            }
            routes.add(new EdgeRoute(edge.source(), edge.target(), edge.hierarchical(), bends));
        }
        return Layout.normalized(nodes, routes, options.margin());
    }
}
