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
        LayerAssignment.Result layering = LayerAssignment.assign(m, from, to);

        for (int i = 0; i < m; i++) {
            addNode(layering.layer()[i]);
        }
        // One chain of nodes per downward pair after cycle breaking; a 2-cycle yields one chain.
        Map<Long, int[]> chains = new HashMap<>();
        int[][] chainOfPair = new int[pairs.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            int a = layering.reversed()[p] ? to[p] : from[p];
            int b = layering.reversed()[p] ? from[p] : to[p];
            chainOfPair[p] = chains.computeIfAbsent(key(a, b), any -> buildChain(a, b));
        }

        int[][] up = toArrays(upList);
        int[][] down = toArrays(downList);
        int nodes = layerOf.size();
        int[][] layers = CrossingReduction.reduce(initialOrder(up, down, nodes), up, down);

        double[] width = new double[nodes];
        boolean[] dummy = new boolean[nodes];
        for (int v = 0; v < nodes; v++) {
            dummy[v] = v >= m;
            width[v] = dummy[v] ? 0 : graph.width(vertices[v]);
        }
        double[] x = PriorityPlacement.place(layers, up, down, width, dummy, options.spacing());
        double[] layerY = layerCentres(layers, m);

        Piece piece = new Piece();
        for (int i = 0; i < m; i++) {
            int g = vertices[i];
            piece.nodes.put(graph.id(g), new NodeBox(x[i], layerY[layerOf.get(i)], graph.width(g), graph.height(g)));
        }
        for (int k = 0; k < edgeIndices.size(); k++) {
            int[] chain = chainOfPair[pairOfEdge[k]];
            if (chain.length <= 2) {
                continue;
            }
            int e = edgeIndices.get(k);
            boolean forward = local.get(graph.edgeSource(e)) == chain[0];
            List<Point> bends = new ArrayList<>(chain.length - 2);
            for (int c = 1; c < chain.length - 1; c++) {
                int d = forward ? chain[c] : chain[chain.length - 1 - c];
                bends.add(new Point(x[d], layerY[layerOf.get(d)]));
            }
            piece.bends.put(e, bends);
        }
        return piece;
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
        for (int s = 0; s < span; s++) {
            downList.get(chain[s]).add(chain[s + 1]);
            upList.get(chain[s + 1]).add(chain[s]);
        }
        return chain;
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
                if (seen[start] || (pass == 0 && up[start].length > 0)) {
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

    /** Centre y of each layer: each as tall as its tallest box, separated by the layer gap. */
    private double[] layerCentres(int[][] layers, int realCount) {
        double gap = Math.max(options.layerGap(), options.spacing());
        double[] centre = new double[layers.length];
        double top = 0;
        for (int l = 0; l < layers.length; l++) {
            double height = 0;
            for (int v : layers[l]) {
                if (v < realCount) {
                    height = Math.max(height, graph.height(vertices[v]));
                }
            }
            centre[l] = top + height / 2;
            top += height + gap;
        }
        return centre;
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
