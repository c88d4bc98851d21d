package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Force-directed layout (Fruchterman–Reingold, from JGraphT). Each connected component is laid
 * out on its own, in a frame whose area is proportional to the total area of its boxes, then the
 * components are packed in rows, largest first. Small components use exact FR; components of
 * {@value #INDEXED_THRESHOLD} vertices or more use the Barnes–Hut variant.
 *
 * <p>Edge direction and the hierarchical flag are ignored; parallel edges count once. Every
 * random choice comes from the options' seed, per component, so the result is reproducible.
 */
public final class ForceLayout implements LayoutAlgorithm {

    /** From this component size on, the O(n log n) Barnes–Hut repulsion is used. */
    public static final int INDEXED_THRESHOLD = 300;

    /**
     * Frame area over total box area (gaps included). FR's ideal edge length grows with the frame
     * (0.5 × √(area / n)), so this sets how far apart neighbours settle: about 1.2 × √(mean box
     * area), room for labels without drifting apart. How much vertices pile on the frame's edges
     * depends only on the normalization factor, left at JGraphT's default.
     */
    static final double AREA_FACTOR = 6.0;

    private static final double NORMALIZATION = FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR;

    @Override
    public Layout layout(LayoutGraph graph, LayoutOptions options) {
        List<int[]> components = graph.components();
        List<Piece> pieces = new ArrayList<>(components.size());
        for (int c = 0; c < components.size(); c++) {
            pieces.add(layoutComponent(graph, components.get(c), options, c));
        }
        Piece packed = ComponentPacker.pack(ComponentPacker.largestFirst(pieces), options.spacing());
        return LayoutAssembly.finish(graph, packed, options);
    }

    private static Piece layoutComponent(LayoutGraph graph, int[] component, LayoutOptions options, int ordinal) {
        if (component.length == 1) {
            int v = component[0];
            return Piece.single(graph.id(v), graph.width(v), graph.height(v));
        }
        double gap = options.spacing();
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        double boxArea = 0;
        for (int v : component) {
            g.addVertex(graph.id(v));
            boxArea += (graph.width(v) + gap) * (graph.height(v) + gap);
        }
        for (int v : component) {
            for (int u : graph.neighbours(v)) {
                if (u > v) {
                    g.addEdge(graph.id(v), graph.id(u));
                }
            }
        }
        double area = AREA_FACTOR * boxArea;
        double width = Math.sqrt(area * ComponentPacker.TARGET_ASPECT);
        double height = area / width;
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, width, height));
        Random rng = new Random(componentSeed(options.seed(), ordinal));
        FRLayoutAlgorithm2D<String, DefaultEdge> fr = component.length >= INDEXED_THRESHOLD
                ? new GuardedFr.Indexed<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                        IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, NORMALIZATION, rng)
                : new GuardedFr.Plain<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS, NORMALIZATION, rng);
        fr.layout(g, model);

        int n = component.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            int v = component[i];
            Point2D p = model.get(graph.id(v));
            boolean finite = p != null && Double.isFinite(p.getX()) && Double.isFinite(p.getY());
            // A degenerate force step can yield NaN; overlap removal will separate the fallback spot.
            x[i] = finite ? p.getX() : width / 2;
            y[i] = finite ? p.getY() : height / 2;
            w[i] = graph.width(v);
            h[i] = graph.height(v);
        }
        OverlapRemoval.removeOverlaps(x, y, w, h, gap);
        Piece piece = new Piece();
        for (int i = 0; i < n; i++) {
            piece.nodes.put(graph.id(component[i]), new NodeBox(x[i], y[i], w[i], h[i]));
        }
        return piece;
    }

    /** Decorrelates the streams of neighbouring components (the SplitMix64 finalizer). */
    static long componentSeed(long seed, int ordinal) {
        long z = seed + 0x9E3779B97F4A7C15L * (ordinal + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
