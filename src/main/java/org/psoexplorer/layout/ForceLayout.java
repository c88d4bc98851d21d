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
 * Force-directed layout. Each connected component is laid out on its own, then the components are
 * packed in rows, largest first. Components under {@value #MULTILEVEL_THRESHOLD} vertices use
 * Fruchterman–Reingold from JGraphT, in a frame whose area is proportional to the total area of
 * their boxes: exact FR, or its Barnes–Hut variant from {@value #INDEXED_THRESHOLD} vertices on.
 * Larger ones use our multilevel layout ({@link MultilevelForce}), an order of magnitude faster
 * there, turned so that their longest extent is horizontal.
 *
 * <p>Edge direction and the hierarchical flag are ignored; parallel edges count once. Every
 * random choice comes from the options' seed, per component, so the result is reproducible.
 */
public final class ForceLayout implements LayoutAlgorithm {

    /** From this component size on, the O(n log n) Barnes–Hut repulsion is used. */
    public static final int INDEXED_THRESHOLD = 300;

    /**
     * From this component size on, the multilevel layout is used ({@link MultilevelForce}): JGraphT's
     * FR needs seconds there. Smaller components keep FR, and so their exact look.
     */
    public static final int MULTILEVEL_THRESHOLD = 1000;

    /**
     * The multilevel layout's natural edge length, over the one FR derives from its frame. FR's
     * frame squeezes a big component (vertices pile up along its edges); the multilevel layout has
     * no frame and spreads further, over 16 × the boxes' area on the 5,000-concept benchmark
     * taxonomy, which left wide empty gaps. At 0.75 it covers about 9 × their area, nearer the
     * {@link #AREA_FACTOR} FR is given, and overlap removal then adds some 15 % to each side.
     */
    static final double MULTILEVEL_LENGTH = 0.75;

    /**
     * Multilevel layout: the most the median distance from a vertex to its nearest neighbour may
     * be, over √(mean box area, gaps included). A big hierarchy comes out at about 1.2 (boxes about
     * one box apart); long paths and grids much sparser, and are shrunk to this.
     */
    static final double MAX_NEAREST = 2.0;

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
        Piece packed = ComponentPacker.pack(ComponentPacker.largestFirst(pieces), options.spacing(), 0,
                options.packingAspect());
        return LayoutAssembly.finish(graph, packed, options);
    }

    private static Piece layoutComponent(LayoutGraph graph, int[] component, LayoutOptions options, int ordinal) {
        if (component.length == 1) {
            int v = component[0];
            return Piece.single(graph.id(v), graph.width(v), graph.height(v));
        }
        double gap = options.spacing();
        double boxArea = 0;
        for (int v : component) {
            boxArea += (graph.width(v) + gap) * (graph.height(v) + gap);
        }
        Random rng = new Random(componentSeed(options.seed(), ordinal));
        double[][] centres = component.length >= MULTILEVEL_THRESHOLD
                ? multilevel(graph, component, boxArea, rng)
                : singleLevel(graph, component, boxArea, rng);
        int n = component.length;
        double[] x = centres[0];
        double[] y = centres[1];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = graph.width(component[i]);
            h[i] = graph.height(component[i]);
        }
        OverlapRemoval.removeOverlaps(x, y, w, h, gap);
        Piece piece = new Piece();
        for (int i = 0; i < n; i++) {
            piece.nodes.put(graph.id(component[i]), new NodeBox(x[i], y[i], w[i], h[i]));
        }
        return piece;
    }

    /** JGraphT's FR in a frame of {@link #AREA_FACTOR} × the boxes' area; {x, y} per vertex. */
    private static double[][] singleLevel(LayoutGraph graph, int[] component, double boxArea, Random rng) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v : component) {
            g.addVertex(graph.id(v));
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
        FRLayoutAlgorithm2D<String, DefaultEdge> fr = component.length >= INDEXED_THRESHOLD
                ? new GuardedFr.Indexed<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                        IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, NORMALIZATION, rng)
                : new GuardedFr.Plain<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS, NORMALIZATION, rng);
        fr.layout(g, model);

        int n = component.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Point2D p = model.get(graph.id(component[i]));
            boolean finite = p != null && Double.isFinite(p.getX()) && Double.isFinite(p.getY());
            // A degenerate force step can yield NaN; overlap removal will separate the fallback spot.
            x[i] = finite ? p.getX() : width / 2;
            y[i] = finite ? p.getY() : height / 2;
        }
        return new double[][] {x, y};
    }

    /**
     * The multilevel layout, with the natural edge length FR would derive from the same frame, its
     * longest axis turned horizontal (drawings are wider than tall).
     */
    private static double[][] multilevel(LayoutGraph graph, int[] component, double boxArea, Random rng) {
        // At least a pixel: boxes of size 0 with no spacing would give forces no length scale.
        double k = Math.max(1, MULTILEVEL_LENGTH * NORMALIZATION * Math.sqrt(AREA_FACTOR * boxArea / component.length));
        double[][] centres = MultilevelForce.layout(LevelGraph.of(graph, component), k, rng);
        double[] x = centres[0];
        double[] y = centres[1];
        MultilevelForce.limitSparseness(x, y, MAX_NEAREST * Math.sqrt(boxArea / component.length));
        PrincipalAxes.turnLandscape(x, y);
        for (int i = 0; i < x.length; i++) {
            // Not expected from bounded steps, but a NaN would fail the whole drawing; overlap
            // removal separates whatever shares the fallback spot.
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                x[i] = 0;
                y[i] = 0;
            }
        }
        return centres;
    }

    /** Decorrelates the streams of neighbouring components (the SplitMix64 finalizer). */
    static long componentSeed(long seed, int ordinal) {
        long z = seed + 0x9E3779B97F4A7C15L * (ordinal + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
