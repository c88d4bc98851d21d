package org.psoexplorer.layout;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;

/**
 * All vertices on one circle (JGraphT's circular layout), evenly spaced by angle, starting at
 * the right and turning clockwise on screen. Components follow one another around the circle;
 * within a component vertices come in depth-first order from its best-connected vertex, which
 * draws any tree without crossings and keeps neighbours close in general.
 *
 * <p>The radius is the smallest for which neighbouring boxes keep the spacing apart, found from
 * the boxes' real widths and heights at their angles (wide labels need more room at the top and
 * bottom of the circle than at its sides).
 */
public final class CircularLayout implements LayoutAlgorithm {

    /** Pairs checked when sizing the radius: neighbours up to this many steps apart. */
    private static final int STEPS_CHECKED = 3;

    @Override
    public Layout layout(LayoutGraph graph, LayoutOptions options) {
        int[] order = circleOrder(graph);
        int n = order.length;
        Piece piece = new Piece();
        if (n == 1) {
            piece = Piece.single(graph.id(0), graph.width(0), graph.height(0));
        } else if (n > 1) {
            double gap = options.spacing();
            double radius = requiredRadius(graph, order, gap);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = graph.width(order[i]);
                h[i] = graph.height(order[i]);
            }
            // The closed-form radius covers near neighbours; this loop catches anything else.
            for (int attempt = 0; attempt < 30; attempt++) {
                place(graph, order, radius, x, y);
                if (!BoxIndex.anyOverlap(x, y, w, h, gap)) {
                    break;
                }
                radius *= 1.1;
            }
            for (int i = 0; i < n; i++) {
                piece.nodes.put(graph.id(order[i]), new NodeBox(x[i], y[i], w[i], h[i]));
            }
        }
        return LayoutAssembly.finish(graph, piece, options);
    }

    /** Vertex indices in circle order. */
    static int[] circleOrder(LayoutGraph graph) {
        int[] order = new int[graph.vertexCount()];
        int next = 0;
        boolean[] seen = new boolean[graph.vertexCount()];
        for (int[] component : graph.components()) {
            int start = component[0];
            for (int v : component) {
                if (graph.neighbours(v).length > graph.neighbours(start).length) {
                    start = v;
                }
            }
            int[] stack = new int[component.length];
            int[] cursor = new int[component.length];
            int top = 0;
            stack[0] = start;
            seen[start] = true;
            order[next++] = start;
            while (top >= 0) {
                int v = stack[top];
                int[] nb = graph.neighbours(v);
                if (cursor[top] == nb.length) {
                    top--;
                    continue;
                }
                int u = nb[cursor[top]++];
                if (!seen[u]) {
                    seen[u] = true;
                    order[next++] = u;
                    top++;
                    stack[top] = u;
                    cursor[top] = 0;
                }
            }
        }
        return order;
    }

    static double requiredRadius(LayoutGraph graph, int[] order, double gap) {
        int n = order.length;
        double step = 2 * Math.PI / n;
        double radius = 0;
        for (int a = 0; a < n; a++) {
            for (int k = 1; k <= Math.min(STEPS_CHECKED, n / 2); k++) {
                int b = (a + k) % n;
                double cx = Math.abs(Math.cos(step * b) - Math.cos(step * a));
                double cy = Math.abs(Math.sin(step * b) - Math.sin(step * a));
                double needX = (graph.width(order[a]) + graph.width(order[b])) / 2 + gap;
                double needY = (graph.height(order[a]) + graph.height(order[b])) / 2 + gap;
                double r = Math.min(cx > 1e-12 ? needX / cx : Double.POSITIVE_INFINITY,
                        cy > 1e-12 ? needY / cy : Double.POSITIVE_INFINITY);
                radius = Math.max(radius, r);
            }
        }
        return Math.max(radius * 1.001, 1);
    }

    private static void place(LayoutGraph graph, int[] order, double radius, double[] x, double[] y) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            rank.put(graph.id(order[i]), i);
        }
        Graph<String, DefaultEdge> g = graph.undirected();
        double side = 2 * radius + 2;
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(-side / 2, -side / 2, side, side));
        new CircularLayoutAlgorithm2D<String, DefaultEdge>(radius, (p, q) -> Integer.compare(rank.get(p), rank.get(q)))
                .layout(g, model);
        for (int i = 0; i < order.length; i++) {
            Point2D p = model.get(graph.id(order[i]));
            x[i] = p.getX();
            y[i] = p.getY();
        }
    }
}
