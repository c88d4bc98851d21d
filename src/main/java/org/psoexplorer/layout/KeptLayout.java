package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A layout for a graph that changed a little since it was last laid out (a concept renamed, a
 * relation drawn, a concept added or taken away), made from the layout it had: every concept stays
 * where it was, boxes take their new sizes, new concepts go beside the concepts they are related to,
 * and only what now overlaps is moved. Laid out afresh, renaming one concept moved every other one
 * (a force layout's frame follows the boxes' total area, and a small change anywhere ends in another
 * picture): the map a class had learnt was gone after each edit.
 *
 * <p>Layered drawings keep their layers: boxes that grew push their neighbours in the same layer
 * sideways, never up or down. Deterministic, like the algorithms.
 */
public final class KeptLayout {

    /** Below this share of concepts already placed, the graph is another one: lay it out afresh. */
    static final double LEAST_KEPT = 0.5;

    private KeptLayout() {
    }

    /**
     * {@code graph} placed as {@code before} placed the same concepts, or null when fewer than half
     * of them were in it.
     *
     * @param inLayers whether {@code before} is a layered drawing, whose layers must stay level
     * @param names    how many times its box's size each concept's name is drawn (a screen draws
     *                 names larger than their boxes when it shows a whole drawing): these are kept apart
     * @param newcomersAt where a new concept related to none placed goes (the middle of a zoomed-in
     *                 view, so it appears where the user looks), or null for the right of the drawing
     */
    public static Layout adjust(Layout before, LayoutGraph graph, LayoutOptions options, boolean inLayers,
                                double names, Point newcomersAt) {
        int n = graph.vertexCount();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (before.nodes().containsKey(graph.id(i))) {
                kept++;
            }
        }
        if (n == 0 || kept < LEAST_KEPT * n) {
            return null;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        boolean[] placed = new boolean[n];
        double grown = Math.min(names, touching(before, names));
        for (int i = 0; i < n; i++) {
            w[i] = graph.width(i) * grown;
            h[i] = graph.height(i) * grown;
            NodeBox was = before.nodes().get(graph.id(i));
            if (was != null) {
                x[i] = was.x();
                y[i] = was.y();
                placed[i] = true;
            }
        }
        double gap = keptGap(before, grown, options.spacing());
        placeNewcomers(graph, options, inLayers, before.bounds(), newcomersAt, gap, x, y, w, h, placed);
        if (inLayers) {
            spreadLayers(x, y, w, gap);
        }
        OverlapRemoval.removeOverlapsLocally(x, y, w, h, gap);

        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            nodes.put(graph.id(i), new NodeBox(x[i], y[i], graph.width(i), graph.height(i)));
        }
        return Layout.normalized(nodes, routes(before, graph, x, y), options.margin());
    }

    /**
     * How many times their size {@code before}'s boxes can grow, up to {@code names}, before two
     * that are apart touch: names a screen draws that large, as it did, cover nothing. Boxes that
     * overlap at their own size (concepts put one on another by hand) are not counted.
     */
    static double touching(Layout before, double names) {
        BoxArrays a = BoxArrays.of(before.nodes());
        double[] w = times(a.w(), names);
        double[] h = times(a.h(), names);
        double least = names;
        for (int[] p : BoxIndex.overlappingPairs(a.x(), a.y(), w, h, 0)) {
            int i = p[0];
            int j = p[1];
            double fx = Math.abs(a.x()[i] - a.x()[j]) / ((a.w()[i] + a.w()[j]) / 2);
            double fy = Math.abs(a.y()[i] - a.y()[j]) / ((a.h()[i] + a.h()[j]) / 2);
            double f = Math.max(fx, fy);
            if (f >= 1) {
                least = Math.min(least, f * 0.999);
            }
        }
        return least;
    }

    /**
     * The least gap between two of {@code before}'s boxes grown {@code names} times, at most
     * {@code spacing}. A drawing spread for the screen may hold them closer than the layouts' spacing:
     * moving those apart would move concepts the edit did not touch.
     */
    static double keptGap(Layout before, double names, double spacing) {
        BoxArrays a = BoxArrays.of(before.nodes());
        double[] w = times(a.w(), names);
        double[] h = times(a.h(), names);
        double least = spacing;
        for (int[] p : BoxIndex.overlappingPairs(a.x(), a.y(), w, h, spacing)) {
            int i = p[0];
            int j = p[1];
            double gx = Math.abs(a.x()[i] - a.x()[j]) - (w[i] + w[j]) / 2;
            double gy = Math.abs(a.y()[i] - a.y()[j]) - (h[i] + h[j]) / 2;
            least = Math.min(least, Math.max(0, Math.max(gx, gy)));
        }
        // A hair less, so boxes exactly that far apart are not taken for too close.
        return Math.max(0, least - 0.01);
    }

    private static double[] times(double[] sizes, double factor) {
        double[] grown = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            grown[i] = sizes[i] * factor;
        }
        return grown;
    }

    /**
     * New concepts beside their placed neighbours (below them in a layered drawing, a layer down),
     * in rounds so a chain of new concepts follows its first; one with no placed neighbour at
     * {@code at}, or to the right of the drawing, one under another.
     */
    private static void placeNewcomers(LayoutGraph graph, LayoutOptions options, boolean inLayers, Bounds bounds,
                                       Point at, double gap, double[] x, double[] y, double[] w, double[] h,
                                       boolean[] placed) {
        int n = graph.vertexCount();
        boolean progress = true;
        while (progress) {
            progress = false;
            boolean[] placedBefore = placed.clone();
            for (int i = 0; i < n; i++) {
                if (placed[i]) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                double below = 0;
                int count = 0;
                for (int u : graph.neighbours(i)) {
                    if (placedBefore[u]) {
                        sx += x[u];
                        sy += y[u];
                        below = Math.max(below, h[u] / 2);
                        count++;
                    }
                }
                if (count > 0) {
                    freeSpotNear(i, sx / count, sy / count + below + (inLayers ? options.layerGap() : options.spacing())
                            + h[i] / 2, gap, x, y, w, h, placed);
                    placed[i] = true;
                    progress = true;
                }
            }
        }
        double top = bounds.minY();
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                continue;
            }
            if (at != null) {
                freeSpotNear(i, at.x(), at.y(), gap, x, y, w, h, placed);
            } else {
                x[i] = bounds.minX() + bounds.width() + options.spacing() + w[i] / 2;
                y[i] = top + h[i] / 2;
                top += h[i] + options.spacing();
            }
            placed[i] = true;
        }
    }

    /**
     * Puts box {@code i} at the free place nearest ({@code cx}, {@code cy}) that is {@code gap} clear of
     * every box placed, on rings around it: a new concept dropped onto others would push them, and
     * they theirs, through a crowded map. Where no ring has room, at the point itself.
     */
    private static void freeSpotNear(int i, double cx, double cy, double gap, double[] x, double[] y, double[] w,
                                     double[] h, boolean[] placed) {
        double step = Math.max(8, Math.min(w[i], h[i]) / 2 + gap / 2);
        for (int ring = 0; ring <= 60; ring++) {
            int around = ring == 0 ? 1 : 8 * ring;
            for (int k = 0; k < around; k++) {
                double angle = 2 * Math.PI * k / around;
                double px = cx + ring * step * Math.cos(angle);
                double py = cy + ring * step * Math.sin(angle);
                if (clear(i, px, py, gap, x, y, w, h, placed)) {
                    x[i] = px;
                    y[i] = py;
                    return;
                }
            }
        }
        x[i] = cx;
        y[i] = cy;
    }

    private static boolean clear(int i, double px, double py, double gap, double[] x, double[] y, double[] w,
                                 double[] h, boolean[] placed) {
        for (int j = 0; j < x.length; j++) {
            if (j != i && placed[j] && Math.abs(px - x[j]) < (w[i] + w[j]) / 2 + gap
                    && Math.abs(py - y[j]) < (h[i] + h[j]) / 2 + gap) {
                return false;
            }
        }
        return true;
    }

    /**
     * In each layer (boxes whose centres are level), left to right, each box moved right until it is
     * {@code gap} clear of the one before: a box that grew pushes its layer sideways.
     */
    private static void spreadLayers(double[] x, double[] y, double[] w, double gap) {
        Map<Double, List<Integer>> layers = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            layers.computeIfAbsent(Math.rint(y[i]), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> layer : layers.values()) {
            layer.sort((a, b) -> Double.compare(x[a], x[b]));
            for (int k = 1; k < layer.size(); k++) {
                int prev = layer.get(k - 1);
                int i = layer.get(k);
                double least = x[prev] + w[prev] / 2 + gap + w[i] / 2;
                if (x[i] < least) {
                    x[i] = least;
                }
            }
        }
    }

    /**
     * A route per edge: the bends it had when neither end has moved, else a straight line (bends made
     * for other positions would cross the picture); drawing routes the lines round concepts in the way.
     */
    private static List<EdgeRoute> routes(Layout before, LayoutGraph graph, double[] x, double[] y) {
        Map<String, List<EdgeRoute>> earlier = new HashMap<>();
        for (EdgeRoute r : before.edges()) {
            earlier.computeIfAbsent(r.source() + "\u0000" + r.target(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<EdgeRoute> routes = new ArrayList<>(graph.edges().size());
        for (int e = 0; e < graph.edges().size(); e++) {
            LayoutEdge edge = graph.edges().get(e);
            String key = edge.source() + "\u0000" + edge.target();
            int nth = seen.merge(key, 1, Integer::sum) - 1;
            List<EdgeRoute> same = earlier.getOrDefault(key, List.of());
            int s = graph.edgeSource(e);
            int t = graph.edgeTarget(e);
            boolean still = before.nodes().containsKey(edge.source()) && before.nodes().containsKey(edge.target())
                    && unmoved(before, graph, s, x, y) && unmoved(before, graph, t, x, y);
            List<Point> bends = still && nth < same.size() ? same.get(nth).bends() : List.of();
            routes.add(new EdgeRoute(edge.source(), edge.target(), edge.hierarchical(), bends));
        }
        return routes;
    }

    private static boolean unmoved(Layout before, LayoutGraph graph, int v, double[] x, double[] y) {
        NodeBox was = before.nodes().get(graph.id(v));
        return Math.abs(was.x() - x[v]) < 0.5 && Math.abs(was.y() - y[v]) < 0.5;
    }
}
