package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;
import static org.psoexplorer.layout.LayoutAssertions.distance;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The force layout of components of {@value ForceLayout#MULTILEVEL_THRESHOLD} vertices or more,
 * through {@link MultilevelForce}: the contract, and checks of quality that a broken layout fails.
 */
class MultilevelForceTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    private final ForceLayout force = new ForceLayout();

    @Test
    void isDeterministicAndFreeOfOverlapsOnTwoThousandVertices() {
        LayoutGraph graph = TestGraphs.randomSparse(2000, 11);
        assertThat(largestComponent(graph)).isGreaterThanOrEqualTo(ForceLayout.MULTILEVEL_THRESHOLD);

        Layout first = force.layout(graph, OPTIONS);
        Layout second = force.layout(graph, OPTIONS);

        assertValid(graph, first, OPTIONS);
        assertThat(second).isEqualTo(first);
        assertAspectBetween(first, 0.5, 3.0);
    }

    @Test
    void changesWithTheSeed() {
        LayoutGraph graph = TestGraphs.grid(40, 30);

        Layout a = force.layout(graph, OPTIONS.withSeed(1));
        Layout b = force.layout(graph, OPTIONS.withSeed(2));

        assertThat(a.nodes()).isNotEqualTo(b.nodes());
    }

    @Test
    void unfoldsAGrid() {
        LayoutGraph graph = TestGraphs.grid(40, 30);

        Layout layout = force.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        double[] lengths = edgeLengths(graph, layout);
        double mean = mean(lengths);
        // Neighbours much closer than vertices picked at random (0.05 here; JGraphT's FR, which
        // left the grid folded over itself, 0.11).
        assertThat(mean / meanRandomDistance(graph, layout)).isLessThan(0.08);
        // Edges of similar length: the grid's cells are not squashed in places.
        assertThat(standardDeviation(lengths, mean) / mean).isLessThan(0.4);
        // Hardly any crossing (none here; FR left 3,345).
        assertThat(LayoutAssertions.crossings(layout)).isLessThan(graph.edges().size() / 100);
        assertAspectBetween(layout, 1.0, 2.5);
    }

    @Test
    void stretchesALongPathWithoutSprawling() {
        int n = 1500;
        LayoutGraph graph = TestGraphs.path(n);

        Layout layout = force.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        double edge = mean(edgeLengths(graph, layout));
        // 0.002 here, the path lying almost straight; FR folded it (0.09, 1,264 crossings).
        assertThat(edge / meanRandomDistance(graph, layout)).isLessThan(0.02);
        assertThat(distance(layout.node("v0"), layout.node("v" + (n - 1)))).isGreaterThan(50 * edge);
        // Long-range repulsion alone would space the vertices ten boxes apart; the sparseness limit
        // keeps them a few boxes apart.
        double box = Math.sqrt(mean(boxAreas(graph)));
        assertThat(edge).isLessThan(3 * box);
        assertThat(LayoutAssertions.crossings(layout)).isZero();
    }

    @Test
    void drawsAHierarchyWithFewCrossings() {
        LayoutGraph graph = TestGraphs.tree(3, 6);

        Layout layout = force.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        // 1,092 edges: about 140 crossings here (100 to 180 over other seeds); FR left 895.
        assertThat(LayoutAssertions.crossings(layout)).isLessThan(300);
    }

    private static int largestComponent(LayoutGraph graph) {
        return graph.components().stream().mapToInt(c -> c.length).max().orElse(0);
    }

    private static double[] edgeLengths(LayoutGraph graph, Layout layout) {
        List<LayoutEdge> edges = graph.edges();
        double[] lengths = new double[edges.size()];
        for (int e = 0; e < lengths.length; e++) {
            lengths[e] = distance(layout.node(edges.get(e).source()), layout.node(edges.get(e).target()));
        }
        return lengths;
    }

    private static double meanRandomDistance(LayoutGraph graph, Layout layout) {
        Random random = new Random(5);
        List<String> ids = graph.vertexIds();
        double sum = 0;
        int samples = 5000;
        for (int k = 0; k < samples; k++) {
            sum += distance(layout.node(ids.get(random.nextInt(ids.size()))),
                    layout.node(ids.get(random.nextInt(ids.size()))));
        }
        return sum / samples;
    }

    private static double[] boxAreas(LayoutGraph graph) {
        return graph.vertexIds().stream()
                .mapToDouble(id -> (graph.width(id) + OPTIONS.spacing()) * (graph.height(id) + OPTIONS.spacing()))
                .toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    private static void assertAspectBetween(Layout layout, double low, double high) {
        assertThat(layout.bounds().width() / layout.bounds().height()).isBetween(low, high);
    }
}
