package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Radial tree layout. The centre vertex sits in the middle; the others lie on rings by their hop
 * distance from it, edges taken as undirected. A breadth-first tree gives each vertex a parent;
 * each vertex gets an angular sector proportional to the number of leaves below it in that tree,
 * and its children share the sector, so subtrees do not interleave.
 *
 * <p>Each ring is as small as it can be: it clears the previous ring, and it grows further only
 * when its boxes could not all fit around it. Where the ideal angles bunch up (a leaf beside a
 * large subtree), they spread along the ring, keeping their order, instead of the ring growing
 * until the closest pair fits, which would leave the middle of the drawing empty. Boxes are
 * treated as their circumscribed circles grown by half the spacing, which guarantees the gap
 * whatever the angle.
 *
 * <p>The centre is {@link LayoutOptions#centre()}, or else the best-connected vertex of the
 * largest component. Components that the centre cannot reach are laid out the same way around
 * their own best-connected vertex and packed beside the main one.
 */
public final class RadialLayout implements LayoutAlgorithm {

    /** How much larger than needed a ring may grow to keep its boxes at their ideal angles. */
    static final double MAX_GROWTH = 2;

    /** Where the first sector starts: straight up, so the first subtree reads from the top. */
    private static final double START_ANGLE = -Math.PI / 2;

    @Override
    public Layout layout(LayoutGraph graph, LayoutOptions options) {
        if (graph.vertexCount() == 0) {
            return LayoutAssembly.finish(graph, new Piece(), options);
        }
        List<int[]> components = graph.components();
        int centre = options.centre() != null ? graph.indexOf(options.centre()) : defaultCentre(graph, components);
        Piece main = null;
        List<Piece> others = new ArrayList<>();
        Scratch scratch = new Scratch(graph.vertexCount());
        for (int[] component : components) {
            if (Arrays.binarySearch(component, centre) >= 0) {
                main = radialPiece(graph, centre, options.spacing(), scratch);
            } else {
                others.add(radialPiece(graph, bestConnected(graph, component), options.spacing(), scratch));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(main);
        pieces.addAll(ComponentPacker.largestFirst(others));
        return LayoutAssembly.finish(graph, ComponentPacker.pack(pieces, options.spacing(), 0, options.packingAspect()), options);
    }

    /** The best-connected vertex of the largest component: the most informative middle. */
    static int defaultCentre(LayoutGraph graph, List<int[]> components) {
        int[] largest = components.get(0);
        for (int[] c : components) {
            if (c.length > largest.length) {
                largest = c;
            }
        }
        return bestConnected(graph, largest);
    }

    private static int bestConnected(LayoutGraph graph, int[] component) {
        int best = component[0];
        for (int v : component) {
            if (graph.neighbours(v).length > graph.neighbours(best).length) {
                best = v;
            }
        }
        return best;
    }

    /**
     * Per-vertex work arrays shared by all components: each component touches only its own
     * vertices, so they need no clearing in between.
     */
    private record Scratch(int[] order, int[] depth, int[] parent, double[] leaves, double[] sectorSize,
                           double[] nextStart, double[] angle) {
        Scratch(int n) {
            this(new int[n], filled(n), new int[n], new double[n], new double[n], new double[n], new double[n]);
        }

        private static int[] filled(int n) {
            int[] depth = new int[n];
            Arrays.fill(depth, -1);
            return depth;
        }
    }

    private static Piece radialPiece(LayoutGraph graph, int centre, double gap, Scratch scratch) {
        if (graph.neighbours(centre).length == 0) {
            return Piece.single(graph.id(centre), graph.width(centre), graph.height(centre));
        }
        // Breadth-first tree from the centre: order, parent links and depth.
        int[] order = scratch.order();
        int[] depth = scratch.depth();
        int[] parent = scratch.parent();
        int head = 0;
        int tail = 0;
        order[tail++] = centre;
        depth[centre] = 0;
        parent[centre] = -1;
        while (head < tail) {
            int v = order[head++];
            for (int u : graph.neighbours(v)) {
                if (depth[u] < 0) {
                    depth[u] = depth[v] + 1;
                    parent[u] = v;
                    order[tail++] = u;
                }
            }
        }
        int n = tail;
        double[] leaves = scratch.leaves();
        for (int k = n - 1; k >= 0; k--) {
            int v = order[k];
            if (leaves[v] == 0) {
                leaves[v] = 1;
            }
            if (parent[v] >= 0) {
                leaves[parent[v]] += leaves[v];
            }
        }
        // Sectors: children split their parent's sector by leaf count, in breadth-first order.
        double[] sectorSize = scratch.sectorSize();
        double[] nextStart = scratch.nextStart();
        double[] angle = scratch.angle();
        sectorSize[centre] = 2 * Math.PI;
        nextStart[centre] = START_ANGLE;
        for (int k = 1; k < n; k++) {
            int v = order[k];
            int p = parent[v];
            sectorSize[v] = sectorSize[p] * leaves[v] / leaves[p];
            double start = nextStart[p];
            nextStart[p] += sectorSize[v];
            nextStart[v] = start;
            angle[v] = start + sectorSize[v] / 2;
        }
        int maxDepth = depth[order[n - 1]];
        Piece piece = new Piece();
        piece.nodes.put(graph.id(centre), new NodeBox(0, 0, graph.width(centre), graph.height(centre)));
        placeRings(graph, order, n, depth, angle, maxDepth, gap, piece);
        return piece;
    }

    /**
     * Places ring after ring; where ideal angles bunch up on a ring, they spread along it.
     */
    private static void placeRings(LayoutGraph graph, int[] order, int n, int[] depth, double[] angle,
                                   int maxDepth, double gap, Piece piece) {
        // A box's reach: half the diagonal of the box grown by half the gap on each side. Boxes
        // whose centres are further apart than the sum of their reaches keep the gap.
        double[] reach = new double[maxDepth + 1];
        List<List<Integer>> rings = new ArrayList<>();
        for (int d = 0; d <= maxDepth; d++) {
            rings.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            int v = order[k];
            reach[depth[v]] = Math.max(reach[depth[v]], Math.hypot(graph.width(v) + gap, graph.height(v) + gap) / 2);
            rings.get(depth[v]).add(v);
        }
        double radius = 0;
        for (int d = 1; d <= maxDepth; d++) {
            List<Integer> ring = rings.get(d);
            ring.sort((a, b) -> Double.compare(angle[a], angle[b]));
            int m = ring.size();
            double need = 2 * reach[d];
            double[] ideal = ring.stream().mapToDouble(v -> angle[v]).toArray();
            radius = ringRadius(radius + reach[d - 1] + reach[d], ideal, need);
            double minGap = m > 1 ? 2 * Math.asin(Math.min(1, need / (2 * radius))) : 0;
            double[] placed = RingSpacing.spread(ideal, Math.min(minGap, 2 * Math.PI / Math.max(m, 1)));
            for (int i = 0; i < m; i++) {
                int v = ring.get(i);
                piece.nodes.put(graph.id(v), new NodeBox(radius * Math.cos(placed[i]), radius * Math.sin(placed[i]),
                        graph.width(v), graph.height(v)));
            }
        }
    }

    /**
     * The radius of a ring: at least {@code least} (clear of the previous ring) and large enough
     * for all boxes to fit around it; beyond that, large enough to keep every box at its ideal
     * angle (which keeps subtrees in their sectors, so a tree is drawn without crossings), unless
     * that takes more than {@link #MAX_GROWTH} times the radius at which the ring's boxes would
     * just fit, when the bunched boxes spread instead.
     */
    private static double ringRadius(double least, double[] ideal, double need) {
        int m = ideal.length;
        if (m < 2) {
            return least;
        }
        double fit = need / (2 * Math.sin(Math.PI / m));
        double exact = Math.max(least, fit);
        for (int i = 0; i < m; i++) {
            double delta = i + 1 < m ? ideal[i + 1] - ideal[i] : ideal[0] + 2 * Math.PI - ideal[i];
            double sine = Math.sin(Math.min(delta, 2 * Math.PI - delta) / 2);
            exact = Math.max(exact, sine > 0 ? need / (2 * sine) : Double.POSITIVE_INFINITY);
        }
        return Math.max(Math.max(least, fit), Math.min(exact, MAX_GROWTH * fit));
    }
}
