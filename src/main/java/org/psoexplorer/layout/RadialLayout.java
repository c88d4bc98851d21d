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
 * <p>Ring radii grow as needed: each ring clears the previous one, and neighbouring boxes on a
 * ring keep the spacing apart (boxes are treated as their circumscribed circles grown by half
 * the spacing, which guarantees the gap whatever the angle). Components that the centre cannot
 * reach are laid out the same way around their own best-connected vertex and packed beside the
 * main one.
 */
public final class RadialLayout implements LayoutAlgorithm {

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
        for (int[] component : components) {
            if (Arrays.binarySearch(component, centre) >= 0) {
                main = radialPiece(graph, centre, options.spacing());
            } else {
                others.add(radialPiece(graph, bestConnected(graph, component), options.spacing()));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        pieces.add(main);
        pieces.addAll(ComponentPacker.largestFirst(others));
        return LayoutAssembly.finish(graph, ComponentPacker.pack(pieces, options.spacing()), options);
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

    private static Piece radialPiece(LayoutGraph graph, int centre, double gap) {
        if (graph.neighbours(centre).length == 0) {
            return Piece.single(graph.id(centre), graph.width(centre), graph.height(centre));
        }
        // Breadth-first tree from the centre: order, parent links and depth.
        int[] order = new int[graph.vertexCount()];
        int[] depth = new int[graph.vertexCount()];
        int[] parent = new int[graph.vertexCount()];
        Arrays.fill(depth, -1);
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
        double[] leaves = new double[graph.vertexCount()];
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
        double[] sectorSize = new double[graph.vertexCount()];
        double[] nextStart = new double[graph.vertexCount()];
        double[] angle = new double[graph.vertexCount()];
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
        double[] radius = ringRadii(graph, order, n, depth, angle, maxDepth, gap);
        Piece piece = new Piece();
        for (int k = 0; k < n; k++) {
            int v = order[k];
            double r = radius[depth[v]];
            piece.nodes.put(graph.id(v),
                    new NodeBox(r * Math.cos(angle[v]), r * Math.sin(angle[v]), graph.width(v), graph.height(v)));
        }
        return piece;
    }

    private static double[] ringRadii(LayoutGraph graph, int[] order, int n, int[] depth, double[] angle,
                                      int maxDepth, double gap) {
        double[] reach = new double[maxDepth + 1];
        List<List<Double>> ringAngles = new ArrayList<>();
        for (int d = 0; d <= maxDepth; d++) {
            ringAngles.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            int v = order[k];
            double r = Math.hypot(graph.width(v) + gap, graph.height(v) + gap) / 2;
            reach[depth[v]] = Math.max(reach[depth[v]], r);
            ringAngles.get(depth[v]).add(angle[v]);
        }
        double[] radius = new double[maxDepth + 1];
        for (int d = 1; d <= maxDepth; d++) {
            double r = radius[d - 1] + reach[d - 1] + reach[d];
            double[] angles = ringAngles.get(d).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double chord = 2 * reach[d];
            for (int i = 0; angles.length > 1 && i < angles.length; i++) {
                double delta = i + 1 < angles.length
                        ? angles[i + 1] - angles[i]
                        : angles[0] + 2 * Math.PI - angles[i];
                r = Math.max(r, chord / (2 * Math.sin(Math.min(delta, 2 * Math.PI - delta) / 2)));
            }
            radius[d] = r;
        }
        return radius;
    }
}
