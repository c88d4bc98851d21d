package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, wide hierarchies: a WordNet-like tree, where most concepts are leaves under a few
 * parents, must not come out as a strip hundreds of times wider than tall.
 */
class WideHierarchyTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    /** A root, {@code branches} children each with {@code leaves} leaves, and a few deeper chains with extra parents. */
    static LayoutGraph wideTree(int branches, int leaves, long seed) {
        Random r = new Random(seed);
        List<LayoutVertex> vertices = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        vertices.add(new LayoutVertex("root", 90, 30));
        for (int b = 0; b < branches; b++) {
            vertices.add(new LayoutVertex("b" + b, 80 + r.nextInt(60), 30));
            edges.add(new LayoutEdge("b" + b, "root", true));
            for (int k = 0; k < leaves; k++) {
                String id = "b" + b + "-" + k;
                vertices.add(new LayoutVertex(id, 60 + r.nextInt(90), 24 + r.nextInt(20)));
                edges.add(new LayoutEdge(id, "b" + b, true));
            }
            // A deeper part: a child with its own children, one of them with a second parent.
            String inner = "b" + b + "-inner";
            vertices.add(new LayoutVertex(inner, 100, 30));
            edges.add(new LayoutEdge(inner, "b" + b, true));
            for (int k = 0; k < 3; k++) {
                String id = inner + k;
                vertices.add(new LayoutVertex(id, 70, 30));
                edges.add(new LayoutEdge(id, inner, true));
            }
            if (b > 0) {
                edges.add(new LayoutEdge(inner + "0", "b" + (b - 1) + "-inner", true));
            }
        }
        return LayoutGraph.of(vertices, edges);
    }

    private static double aspect(Layout layout) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeBox b : layout.nodes().values()) {
            minX = Math.min(minX, b.minX());
            minY = Math.min(minY, b.minY());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return (maxX - minX) / (maxY - minY);
    }

    @Test
    void foldsTheLeavesOfAWideTreeSoTheDrawingKeepsAboutTheScreensShape() {
        LayoutGraph graph = wideTree(40, 60, 3);
        double canvas = 1366.0 / 768;

        Layout layout = new LayeredLayout().layout(graph, OPTIONS.withAspectRatio(canvas));

        assertValid(graph, layout, OPTIONS);
        // Unfolded, the leaf layer alone is 2,400 boxes wide on four layers: hundreds to one.
        assertThat(aspect(layout)).isBetween(canvas / 3, canvas * 3);
        for (LayoutEdge edge : graph.edges()) {
            assertThat(layout.node(edge.target()).maxY()).as("%s above %s", edge.target(), edge.source())
                    .isLessThan(layout.node(edge.source()).minY());
        }
    }

    @Test
    void foldedEdgesPassOverNoConceptTheyDoNotConnect() {
        LayoutGraph graph = wideTree(12, 40, 5);

        Layout layout = new LayeredLayout().layout(graph, OPTIONS);

        assertThat(aspect(layout)).isLessThan(3 * 1.6);
        BoxIndexFree.assertNoEdgeThroughConcept(graph, layout);
    }

    @Test
    void leavesASmallOrNarrowHierarchyUnfolded() {
        LayoutGraph graph = TestGraphs.tree(2, 3);

        Layout layout = new LayeredLayout().layout(graph, OPTIONS);

        // About as wide as the screen: every leaf stays on the deepest layer's row, 8 boxes side by side.
        double leafRowY = layout.node("n7").y();
        long onLeafRow = layout.nodes().values().stream().filter(b -> Math.abs(b.y() - leafRowY) < 1e-6).count();
        assertThat(onLeafRow).isEqualTo(8);
    }

    /** Edges against boxes, brute force: fine for test sizes. */
    static final class BoxIndexFree {
        static void assertNoEdgeThroughConcept(LayoutGraph graph, Layout layout) {
            List<String> through = new ArrayList<>();
            for (int e = 0; e < graph.edges().size(); e++) {
                List<Point> path = layout.path(e);
                LayoutEdge edge = graph.edges().get(e);
                for (var entry : layout.nodes().entrySet()) {
                    if (entry.getKey().equals(edge.source()) || entry.getKey().equals(edge.target())) {
                        continue;
                    }
                    if (Geometry.polylineEntersBox(path, entry.getValue(), 1)) {
                        through.add(edge.source() + "→" + edge.target() + " through " + entry.getKey());
                    }
                }
            }
            assertThat(through).isEmpty();
        }
    }
}
