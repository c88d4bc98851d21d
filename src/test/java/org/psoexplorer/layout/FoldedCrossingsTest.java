package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "layered with no more crossings than {@code dot}" on WordNet-sized hierarchies, where the
 * layered layout folds the leaves of each parent into a block (a comb of columns under it): a
 * shallow, wide hierarchy of a thousand concepts, mostly leaves under a few dozen parents, with some
 * second parents a layer or two apart (so long edges pass the blocks), drawn by us folded and by
 * {@code dot} unfolded, the crossings of both drawn routes counted alike (see {@link DotCrossings}).
 */
class FoldedCrossingsTest {

    /**
     * A WordNet-like branch: a root, {@code groups} groups under it, inner concepts under those with
     * preferential attachment (a few get many children), most concepts leaves, and one inner concept
     * in {@code multiEvery} given a second parent elsewhere in the hierarchy.
     */
    static LayoutGraph wordNetLike(int n, int groups, int multiEvery, long seed) {
        Random r = new Random(seed);
        List<LayoutVertex> vertices = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        List<Integer> inner = new ArrayList<>();
        List<Integer> weight = new ArrayList<>(); // preferential attachment: a parent's draw weight
        vertices.add(new LayoutVertex("v0", 110, 30));
        depth.add(0);
        for (int g = 1; g <= groups; g++) {
            vertices.add(new LayoutVertex("v" + g, 70 + r.nextInt(70), 30));
            edges.add(new LayoutEdge("v" + g, "v0", true));
            depth.add(1);
            inner.add(g);
            weight.add(1);
        }
        int innerTarget = n / 12;
        for (int v = groups + 1; v < n; v++) {
            boolean isInner = inner.size() < innerTarget && r.nextInt(3) == 0;
            int parent = pick(inner, weight, r);
            vertices.add(new LayoutVertex("v" + v, 50 + r.nextInt(90), isInner ? 30 : 24 + r.nextInt(12)));
            edges.add(new LayoutEdge("v" + v, "v" + parent, true));
            weight.set(inner.indexOf(parent), weight.get(inner.indexOf(parent)) + 1);
            depth.add(depth.get(parent) + 1);
            if (isInner && depth.get(v) < 5) {
                inner.add(v);
                weight.add(1);
            }
        }
        // Second parents: an inner concept also under another inner concept, not its descendant.
        for (int k = 0; k < inner.size(); k += multiEvery) {
            int child = inner.get(k);
            int other = inner.get(r.nextInt(inner.size()));
            if (other < child && depth.get(other) < depth.get(child)) {
                edges.add(new LayoutEdge("v" + child, "v" + other, true));
            }
        }
        return LayoutGraph.of(vertices, edges);
    }

    private static int pick(List<Integer> inner, List<Integer> weight, Random r) {
        int total = 0;
        for (int w : weight) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < inner.size(); i++) {
            x -= weight.get(i);
            if (x < 0) {
                return inner.get(i);
            }
        }
        return inner.get(inner.size() - 1);
    }

    @Test
    void aFoldedWordNetLikeHierarchyCrossesNoMoreThanDotUnfolded() throws Exception {
        assertThat(DotCrossings.available()).as("Graphviz dot on the PATH").isTrue();
        LayoutGraph graph = wordNetLike(1000, 12, 4, 1);
        Layout layout = new LayeredLayout().layout(graph, LayoutOptions.defaults());
        assertThat(foldedLeaves(graph, layout)).as("leaves folded into blocks").hasSizeGreaterThan(500);

        int ours = DotCrossings.crossings(graph, DotCrossings.paths(layout));
        int dot = DotCrossings.crossings(graph, DotCrossings.edges(graph));

        System.out.println("folded WordNet-like hierarchy, 1,000 concepts, crossings ours/dot: " + ours + "/" + dot);
        assertThat(ours).isLessThanOrEqualTo(dot);
    }

    /**
     * A block's columns are its own: an edge entering the layer where blocks hang comes down beside
     * them, so no other edge crosses a folded leaf's edge below the top of its bus line (crossings of
     * leaves' edges happen only in the gap between layers, where the ordering counts them).
     */
    @Test
    void noEdgeCrossesTheColumnsOfABlock() {
        for (long seed = 1; seed <= 3; seed++) {
            LayoutGraph graph = wordNetLike(1000, 12, 4, seed);
            Layout layout = new LayeredLayout().layout(graph, LayoutOptions.defaults());
            List<Integer> leaves = foldedLeaves(graph, layout);
            assertThat(leaves).as("leaves folded into blocks, seed %d", seed).hasSizeGreaterThan(500);

            List<String> crossed = new ArrayList<>();
            for (int leaf : leaves) {
                // From the leaf: across into it, then up its column's bus line to the top of the block.
                List<Point> column = layout.path(leaf).subList(0, 3);
                for (int e = 0; e < graph.edges().size(); e++) {
                    if (!shareConcept(graph, e, leaf) && Geometry.crossings(column, layout.path(e)) > 0) {
                        crossed.add(graph.edges().get(e).source() + "→" + graph.edges().get(e).target()
                                + " crosses the column of " + graph.edges().get(leaf).source());
                    }
                }
            }
            assertThat(crossed).as("seed %d", seed).isEmpty();
        }
    }

    /** The edges (by index) of leaves drawn in a block: below their parent's row, on a bus line beside a column. */
    private static List<Integer> foldedLeaves(LayoutGraph graph, Layout layout) {
        int[] children = new int[graph.vertexCount()];
        int[] parents = new int[graph.vertexCount()];
        for (int e = 0; e < graph.edges().size(); e++) {
            children[graph.edgeTarget(e)]++;
            parents[graph.edgeSource(e)]++;
        }
        List<Integer> folded = new ArrayList<>();
        for (int e = 0; e < graph.edges().size(); e++) {
            int leaf = graph.edgeSource(e);
            List<Point> path = layout.path(e);
            // A folded leaf's route: its centre, level to its bus line, up the bus, then to the parent.
            if (children[leaf] == 0 && parents[leaf] == 1 && path.size() >= 4
                    && path.get(1).y() == path.get(0).y() && path.get(1).x() == path.get(2).x()) {
                folded.add(e);
            }
        }
        return folded;
    }

    private static boolean shareConcept(LayoutGraph g, int e, int f) {
        return g.edgeSource(e) == g.edgeSource(f) || g.edgeSource(e) == g.edgeTarget(f)
                || g.edgeTarget(e) == g.edgeSource(f) || g.edgeTarget(e) == g.edgeTarget(f);
    }
}
