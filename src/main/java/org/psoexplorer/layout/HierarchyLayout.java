package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layered (Sugiyama) drawing of one connected hierarchy: layer assignment, dummy vertices for
 * edges spanning several layers, crossing reduction, horizontal placement, then one row per layer.
 * Works on local indices: real vertices {@code 0..m-1}, dummies after them.
 */
final class HierarchyLayout {

    private final LayoutGraph graph;
    private final int[] vertices;
    private final List<Integer> edgeIndices;
    private final LayoutOptions options;

    // Proper layered graph, grown as dummies are added.
    private final List<Integer> layerOf = new ArrayList<>();
    private final List<List<Integer>> upList = new ArrayList<>();
    private final List<List<Integer>> downList = new ArrayList<>();

    /**
     * @param vertices    global indices of the hierarchy's vertices, sorted
     * @param edgeIndices the hierarchical edges among them, in input order
     */
    HierarchyLayout(LayoutGraph graph, int[] vertices, List<Integer> edgeIndices, LayoutOptions options) {
        this.graph = graph;
        this.vertices = vertices;
        this.edgeIndices = edgeIndices;
        this.options = options;
    }

    Piece layout() {
        int m = vertices.length;
        Map<Integer, Integer> local = new HashMap<>(m * 2);
        for (int i = 0; i < m; i++) {
            local.put(vertices[i], i);
        }
        // Downward pairs (parent above → child below), parallel edges merged.
        Map<Long, Integer> pairIds = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        int[] pairOfEdge = new int[edgeIndices.size()];
        for (int k = 0; k < edgeIndices.size(); k++) {
            int e = edgeIndices.get(k);
            int s = local.get(graph.edgeSource(e));
            int t = local.get(graph.edgeTarget(e));
            int upper = options.parentIsTarget() ? t : s;
            int lower = options.parentIsTarget() ? s : t;
            pairOfEdge[k] = pairIds.computeIfAbsent(key(upper, lower), any -> {
                pairs.add(new int[] {upper, lower});
                return pairs.size() - 1;
            });
        }
        int[] from = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] to = pairs.stream().mapToInt(p -> p[1]).toArray();
        double[] realWidth = new double[m];
        double[] realHeight = new double[m];
        for (int i = 0; i < m; i++) {
            realWidth[i] = graph.width(vertices[i]);
            realHeight[i] = graph.height(vertices[i]);
        }
        double gap = Math.max(options.layerGap(), options.spacing());
        // Layerings of the same least span can differ much in crossings: on small hierarchies try
        // both ends' starting layerings and keep the one whose ordering crosses less.
        List<LayerAssignment.Result> layerings = LayerAssignment.candidates(m, from, to, m <= ALTERNATIVES_LIMIT);
        int pick = 0;
        Ordered last = null;
        if (layerings.size() > 1) {
            long least = Long.MAX_VALUE;
            for (int c = 0; c < layerings.size(); c++) {
                last = order(layerings.get(c), m, from, to, pairs, pairOfEdge, realWidth, realHeight, gap);
                if (last.crossings() < least) {
                    least = last.crossings();
                    pick = c;
                }
            }
        }
        // order() leaves the proper graph of the last layering it ordered: redo the pick unless it was the last.
        Ordered ordered = last != null && pick == layerings.size() - 1 ? last
                : order(layerings.get(pick), m, from, to, pairs, pairOfEdge, realWidth, realHeight, gap);
        int[] blockOf = ordered.blockOf();
        int[][] chainOfPair = ordered.chainOfPair();
        List<LeafFolding.Block> blocks = ordered.blocks();
        int[] blockNode = ordered.blockNode();
        int[][] up = ordered.up();
        int[][] down = ordered.down();
        int[][] layers = ordered.layers();
        int nodes = layerOf.size();

        double[] width = new double[nodes];
        double[] height = new double[nodes];
        boolean[] dummy = new boolean[nodes];
        for (int v = 0; v < nodes; v++) {
            dummy[v] = v >= m;
            width[v] = dummy[v] ? 0 : realWidth[v];
            height[v] = dummy[v] ? 0 : realHeight[v];
        }
        for (int b = 0; b < blocks.size(); b++) {
            dummy[blockNode[b]] = false;
        }
        var spacing = new PriorityPlacement.Spacing(width, dummy, options.spacing(), nameRoom(local));
        double[] x;
        LayerRows rows;
        // The row count was chosen on an estimate: measure the placed drawing and adjust the blocks'
        // shape a few times (the order of the layers does not depend on it, only the placement).
        for (int attempt = 0; ; attempt++) {
            for (int b = 0; b < blocks.size(); b++) {
                width[blockNode[b]] = LeafFolding.blockWidth(blocks.get(b), realWidth, options.spacing());
            }
            x = PriorityPlacement.place(layers, up, down, spacing);
            rows = layerRows(layers, height, blocks, blockNode, realHeight, gap);
            if (blocks.isEmpty() || attempt == SHAPE_ATTEMPTS) {
                break;
            }
            double ratio = aspect(layers, x, width, rows) / options.packingAspect();
            if (ratio < SHAPE_TOLERANCE && ratio > 1 / SHAPE_TOLERANCE) {
                break;
            }
            // Blocks of r rows are about 1/r as wide and r times as tall: the aspect goes as 1/r².
            List<LeafFolding.Block> reshaped = LeafFolding.reshape(blocks, Math.sqrt(ratio));
            if (reshaped.equals(blocks)) {
                break;
            }
            blocks = reshaped;
        }

        Piece piece = new Piece();
        for (int i = 0; i < m; i++) {
            if (layerOf.get(i) != FOLDED) {
                piece.nodes.put(graph.id(vertices[i]), new NodeBox(x[i], rows.centre[layerOf.get(i)], realWidth[i],
                        realHeight[i]));
            }
        }
        Map<Integer, List<Point>> leafRoutes = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            placeBlock(blocks.get(b), x[blockNode[b]], rows, x, realWidth, realHeight, piece, leafRoutes);
        }
        for (int k = 0; k < edgeIndices.size(); k++) {
            int e = edgeIndices.get(k);
            int s = local.get(graph.edgeSource(e));
            int t = local.get(graph.edgeTarget(e));
            List<Point> topDown;
            int top;
            int[] chain = chainOfPair[pairOfEdge[k]];
            if (chain == null) {
                int leaf = blockOf[s] >= 0 && s != t ? s : t;
                topDown = leafRoutes.get(leaf);
                top = blocks.get(blockOf[leaf]).parent();
            } else {
                topDown = chainRoute(chain, x, rows);
                top = chain[0];
            }
            if (topDown.isEmpty()) {
                continue;
            }
            List<Point> bends = new ArrayList<>(topDown);
            if (s != top) {
                java.util.Collections.reverse(bends); // the route runs from the edge's source
            }
            piece.bends.put(e, bends);
        }
        return piece;
    }

    /** Layer given to leaves folded into a block: in no layer of the proper graph. */
    private static final int FOLDED = -1;
    private static final int BLOCK_WEIGHT_CAP = 16;
    /** Hierarchies up to this many concepts are ordered from more than one layering. */
    private static final int ALTERNATIVES_LIMIT = 400;
    private static final int SHAPE_ATTEMPTS = 4;
    private static final double SHAPE_TOLERANCE = 1.4;

    private static double aspect(int[][] layers, double[] x, double[] width, LayerRows rows) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int[] layer : layers) {
            if (layer.length > 0) {
                min = Math.min(min, x[layer[0]] - width[layer[0]] / 2);
                max = Math.max(max, x[layer[layer.length - 1]] + width[layer[layer.length - 1]] / 2);
            }
        }
        double h = rows.bottom.length == 0 ? 0 : rows.bottom[rows.bottom.length - 1];
        return h <= 0 ? 0 : (max - min) / h;
    }

    /**
     * Vertical extent of each layer: real boxes centred on its first row, blocks hanging from its
     * top; the layer ends below its tallest block.
     */
    private record LayerRows(double[] top, double[] centre, double[] bottom, boolean[] blocks, double[] entry) {

        /**
         * Whether blocks hang in layer l: then every edge into it comes down vertically from the
         * height where the blocks' bus lines start ({@link #entry}), so it slants only in the gap
         * above, among the blocks' fans, never across a block's columns.
         */
        boolean hung(int l) {
            return blocks[l];
        }

        boolean tall(int l) {
            return bottom[l] > 2 * centre[l] - top[l] + 0.5;
        }
    }

    private LayerRows layerRows(int[][] layers, double[] height, List<LeafFolding.Block> blocks, int[] blockNode,
                                double[] realHeight, double gap) {
        int depth = layers.length;
        double[] rowHeight = new double[depth];
        double[] extent = new double[depth];
        boolean[] hung = new boolean[depth];
        for (int l = 0; l < depth; l++) {
            for (int v : layers[l]) {
                rowHeight[l] = Math.max(rowHeight[l], height[v]);
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            int l = layerOf.get(blockNode[b]);
            hung[l] = true;
            LeafFolding.Block block = blocks.get(b);
            rowHeight[l] = Math.max(rowHeight[l], LeafFolding.leafHeight(block, realHeight));
            extent[l] = Math.max(extent[l], LeafFolding.blockHeight(block, realHeight, options.spacing()));
        }
        double[] top = new double[depth];
        double[] centre = new double[depth];
        double[] bottom = new double[depth];
        double y = 0;
        for (int l = 0; l < depth; l++) {
            top[l] = y;
            centre[l] = y + rowHeight[l] / 2;
            bottom[l] = y + Math.max(rowHeight[l], extent[l]);
            y = bottom[l] + gap;
        }
        double[] entry = new double[depth];
        for (int l = 0; l < depth; l++) {
            entry[l] = l == 0 ? top[l] : top[l] - Math.min(options.spacing(), (top[l] - bottom[l - 1]) / 2);
        }
        return new LayerRows(top, centre, bottom, hung, entry);
    }

    /**
     * The bends of a chain from top to bottom: one per dummy; where blocks hang in a layer, one more
     * where the edge enters it (at the height the blocks' bus lines start) and, if the layer is
     * taller than its row, one at its bottom, so the edge runs straight down past the blocks beside
     * it and slants only in the gaps between layers instead of across the blocks' columns.
     */
    private List<Point> chainRoute(int[] chain, double[] x, LayerRows rows) {
        List<Point> points = new ArrayList<>();
        for (int c = 0; c + 1 < chain.length; c++) {
            int v = chain[c];
            int l = layerOf.get(v);
            if (c > 0) {
                if (rows.hung(l)) {
                    points.add(new Point(x[v], rows.entry[l]));
                }
                points.add(new Point(x[v], rows.centre[l]));
            }
            if (rows.tall(l)) {
                points.add(new Point(x[v], rows.bottom[l]));
            }
        }
        int last = chain[chain.length - 1];
        if (rows.hung(layerOf.get(last))) {
            points.add(new Point(x[last], rows.entry[layerOf.get(last)]));
        }
        return points;
    }

    /**
     * Places a block's leaves column by column under its reserved slot, and routes each leaf's
     * edge from the parent down a bus line in the gap left of its column, then across into the
     * leaf: no edge passes over a box and the edges of one column overlap rather than cross.
     */
    private void placeBlock(LeafFolding.Block block, double centreX, LayerRows rows, double[] x, double[] realWidth,
                            double[] realHeight, Piece piece, Map<Integer, List<Point>> routes) {
        double spacing = options.spacing();
        double leafW = LeafFolding.leafWidth(block, realWidth);
        double leafH = LeafFolding.leafHeight(block, realHeight);
        double left = centreX - LeafFolding.blockWidth(block, realWidth, spacing) / 2;
        int parent = block.parent();
        int parentLayer = layerOf.get(parent);
        int l = parentLayer + 1;
        double busTop = rows.entry[l];
        for (int i = 0; i < block.leaves().length; i++) {
            int leaf = block.leaves()[i];
            int column = i / block.rows();
            int row = i % block.rows();
            double inner = LeafFolding.innerGap(spacing);
            double columnLeft = left + inner + column * (inner + leafW);
            double busX = columnLeft - inner / 2;
            double y = rows.top[l] + row * (leafH + inner) + leafH / 2;
            double cx = columnLeft + realWidth[leaf] / 2;
            piece.nodes.put(graph.id(vertices[leaf]), new NodeBox(cx, y, realWidth[leaf], realHeight[leaf]));
            List<Point> route = new ArrayList<>(3);
            if (rows.tall(parentLayer)) {
                route.add(new Point(x[parent], rows.bottom[parentLayer]));
            }
            route.add(new Point(busX, busTop));
            route.add(new Point(busX, y));
            routes.put(leaf, route);
        }
    }

    /** The proper layered graph of one layering, folded if too wide, and its ordered layers. */
    private Ordered order(LayerAssignment.Result layering, int m, int[] from, int[] to, List<int[]> pairs,
                          int[] pairOfEdge, double[] realWidth, double[] realHeight, double gap) {
        layerOf.clear();
        upList.clear();
        downList.clear();
        int[] upper = new int[pairs.size()];
        int[] lower = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            upper[p] = layering.reversed()[p] ? to[p] : from[p];
            lower[p] = layering.reversed()[p] ? from[p] : to[p];
        }
        LeafFolding.Plan folding = LeafFolding.plan(layering.layer(), upper, lower, realWidth, realHeight,
                options.spacing(), gap, options.packingAspect());
        int[] blockOf = folding == null ? null : folding.blockOf();

        for (int i = 0; i < m; i++) {
            addNode(blockOf != null && blockOf[i] >= 0 ? FOLDED : layering.layer()[i]);
        }
        // One chain of nodes per downward pair after cycle breaking; a 2-cycle yields one chain.
        Map<Long, int[]> chains = new HashMap<>();
        int[][] chainOfPair = new int[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            if (blockOf != null && blockOf[lower[p]] >= 0) {
                continue; // drawn in its parent's block
            }
            int a = upper[p];
            int b = lower[p];
            chainOfPair[p] = chains.computeIfAbsent(key(a, b), any -> buildChain(a, b));
        }
        // Parallel edges share a chain but are all drawn, so every crossing of the chain counts
        // once per edge: link it once per edge, and the crossing count and medians weigh it so.
        for (int k = 0; k < edgeIndices.size(); k++) {
            int[] chain = chainOfPair[pairOfEdge[k]];
            if (chain != null) {
                link(chain);
            }
        }
        List<LeafFolding.Block> blocks = folding == null ? List.of() : folding.blocks();
        int[] blockNode = new int[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            LeafFolding.Block block = blocks.get(b);
            blockNode[b] = addNode(layerOf.get(block.parent()) + 1);
            // A crossing of the block's trunk crosses every leaf's edge: weigh it (capped, to stay cheap).
            for (int k = 0; k < Math.min(block.leaves().length, BLOCK_WEIGHT_CAP); k++) {
                link(new int[] {block.parent(), blockNode[b]});
            }
        }

        int[][] up = toArrays(upList);
        int[][] down = toArrays(downList);
        int nodes = layerOf.size();
        int[][] layers = CrossingReduction.reduce(initialOrder(up, down, nodes), up, down, options.seed());
        return new Ordered(blockOf, chainOfPair, blocks, blockNode, up, down, layers,
                CrossingReduction.crossings(layers, down));

    }

    private record Ordered(int[] blockOf, int[][] chainOfPair, List<LeafFolding.Block> blocks, int[] blockNode,
                           int[][] up, int[][] down, int[][] layers, long crossings) {
    }

    private int addNode(int layer) {
        layerOf.add(layer);
        upList.add(new ArrayList<>(2));
        downList.add(new ArrayList<>(2));
        return layerOf.size() - 1;
    }

    /** Nodes from a (above) to b (below), a dummy on every layer in between. */
    private int[] buildChain(int a, int b) {
        int span = layerOf.get(b) - layerOf.get(a);
        int[] chain = new int[span + 1];
        chain[0] = a;
        for (int s = 1; s < span; s++) {
            chain[s] = addNode(layerOf.get(a) + s);
        }
        chain[span] = b;
        return chain;
    }

    private void link(int[] chain) {
        for (int s = 0; s + 1 < chain.length; s++) {
            downList.get(chain[s]).add(chain[s + 1]);
            upList.get(chain[s + 1]).add(chain[s]);
        }
    }

    /**
     * Depth-first order from the top nodes: each subtree starts out contiguous, which already
     * draws a tree without crossings and gives the sweeps a good start.
     */
    private int[][] initialOrder(int[][] up, int[][] down, int nodes) {
        int depth = 0;
        for (int v = 0; v < nodes; v++) {
            depth = Math.max(depth, layerOf.get(v) + 1);
        }
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            layers.add(new ArrayList<>());
        }
        boolean[] seen = new boolean[nodes];
        int[] stack = new int[nodes];
        int[] cursor = new int[nodes];
        for (int pass = 0; pass < 2; pass++) {
            for (int start = 0; start < nodes; start++) {
                // First from the sources, then (defensively) from anything not reached.
                if (seen[start] || layerOf.get(start) == FOLDED || (pass == 0 && up[start].length > 0)) {
                    continue;
                }
                int top = 0;
                stack[0] = start;
                cursor[0] = 0;
                seen[start] = true;
                layers.get(layerOf.get(start)).add(start);
                while (top >= 0) {
                    int v = stack[top];
                    if (cursor[top] == down[v].length) {
                        top--;
                        continue;
                    }
                    int u = down[v][cursor[top]++];
                    if (!seen[u]) {
                        seen[u] = true;
                        layers.get(layerOf.get(u)).add(u);
                        stack[++top] = u;
                        cursor[top] = 0;
                    }
                }
            }
        }
        return layers.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * For two concepts of this hierarchy joined by a named relation that is not part of it, the gap
     * their boxes need, side by side in a layer, for the name to sit on the line between them: a
     * Relate answer's "precedes (in the classic sequence)" otherwise had 24 px between its two
     * concepts and was left for hover. Only neighbours are kept apart: a line past other concepts
     * of the layer is routed around them, and its name placed along the detour.
     */
    private Map<Long, Double> nameRoom(Map<Integer, Integer> local) {
        Map<Long, Double> room = new HashMap<>();
        for (int e : graph.namedEdges()) {
            Integer a = local.get(graph.edgeSource(e));
            Integer b = local.get(graph.edgeTarget(e));
            if (a != null && b != null) {
                room.merge(PriorityPlacement.Spacing.pair(a, b), graph.nameGap(e), Math::max);
            }
        }
        return room;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }
}
