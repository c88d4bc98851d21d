package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;
import static org.psoexplorer.layout.LayoutAssertions.distance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RadialLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    private final RadialLayout radial = new RadialLayout();

    @Test
    void putsTheCentreInTheMiddleOfASymmetricGraph() {
        LayoutGraph.Builder b = LayoutGraph.builder().vertex("hub", 100, 30);
        for (int i = 0; i < 4; i++) {
            b.vertex("c" + i, 100, 30).edge("c" + i, "hub", true);
            for (int j = 0; j < 3; j++) {
                b.vertex("c" + i + "." + j, 100, 30).edge("c" + i + "." + j, "c" + i, true);
            }
        }
        LayoutGraph graph = b.build();

        Layout layout = radial.layout(graph, OPTIONS.withCentre("hub"));

        NodeBox hub = layout.node("hub");
        assertThat(hub.x()).isCloseTo(layout.bounds().width() / 2, offset(1e-6));
        assertThat(hub.y()).isCloseTo(layout.bounds().height() / 2, offset(1e-6));
    }

    @Test
    void placesRingsByHopDistance() {
        LayoutGraph graph = TestGraphs.randomSparse(600, 4);
        String centre = "r0";

        Layout layout = radial.layout(graph, OPTIONS.withCentre(centre));

        assertValid(graph, layout, OPTIONS);
        Map<String, Integer> hops = hops(graph, centre);
        NodeBox middle = layout.node(centre);
        double[] nearest = new double[64];
        double[] farthest = new double[64];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        hops.forEach((id, hop) -> {
            double d = distance(middle, layout.node(id));
            nearest[hop] = Math.min(nearest[hop], d);
            farthest[hop] = Math.max(farthest[hop], d);
        });
        int maxHop = hops.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(maxHop).isGreaterThanOrEqualTo(3);
        for (int hop = 1; hop < maxHop; hop++) {
            // One ring per hop: all at the same distance, each ring outside the previous one.
            assertThat(farthest[hop] - nearest[hop]).isLessThan(1e-6 * farthest[hop]);
            assertThat(farthest[hop]).isLessThan(nearest[hop + 1]);
        }
    }

    @Test
    void drawsTreesWithoutCrossings() {
        for (LayoutGraph tree : java.util.List.of(TestGraphs.tree(3, 3), TestGraphs.tree(2, 5), TestGraphs.tree(6, 2))) {
            assertThat(LayoutAssertions.crossings(radial.layout(tree, OPTIONS))).isZero();
            assertThat(LayoutAssertions.crossings(radial.layout(tree, OPTIONS.withCentre("n0")))).isZero();
        }
    }

    @Test
    void spreadsBunchedAnglesInsteadOfGrowingTheRing() {
        double[] ideal = {0.0, 0.01, 0.02, 3.0};

        double[] spread = RingSpacing.spread(ideal, 0.5);

        assertThat(spread[1] - spread[0]).isGreaterThanOrEqualTo(0.5 - 1e-12);
        assertThat(spread[2] - spread[1]).isGreaterThanOrEqualTo(0.5 - 1e-12);
        assertThat(spread[1]).isCloseTo(0.01, offset(1e-12)); // the bunch spreads about its middle
        assertThat(spread[3]).isEqualTo(3.0);
    }

    @Test
    void picksTheBestConnectedVertexWithoutACentre() {
        LayoutGraph graph = TestGraphs.disconnected();

        Layout layout = radial.layout(graph, OPTIONS);

        // s0 has eight neighbours, more than any other vertex: its neighbours ring it closely.
        NodeBox s0 = layout.node("s0");
        double d1 = distance(s0, layout.node("s1"));
        for (int i = 2; i < 8; i++) {
            assertThat(distance(s0, layout.node("s" + i))).isCloseTo(d1, offset(1e-6));
        }
    }

    @Test
    void packsUnreachableComponentsBesideTheMainOne() {
        LayoutGraph graph = TestGraphs.disconnected();

        Layout layout = radial.layout(graph, OPTIONS.withCentre("t0"));

        assertValid(graph, layout, OPTIONS);
        NodeBox t0 = layout.node("t0");
        double d1 = distance(t0, layout.node("t1"));
        assertThat(distance(t0, layout.node("t2"))).isCloseTo(d1, offset(1e-6));
        assertThat(distance(t0, layout.node("t3"))).isGreaterThan(d1);
    }

    @Test
    void rejectsAnUnknownCentre() {
        assertThatThrownBy(() -> radial.layout(TestGraphs.path(3), OPTIONS.withCentre("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    private static Map<String, Integer> hops(LayoutGraph graph, String centre) {
        Map<String, Integer> hops = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        hops.put(centre, 0);
        queue.add(centre);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (LayoutEdge e : graph.edges()) {
                String other = e.source().equals(v) ? e.target() : e.target().equals(v) ? e.source() : null;
                if (other != null && !hops.containsKey(other)) {
                    hops.put(other, hops.get(v) + 1);
                    queue.add(other);
                }
            }
        }
        return hops;
    }
}
