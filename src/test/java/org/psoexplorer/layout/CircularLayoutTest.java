package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.List;

import org.junit.jupiter.api.Test;

class CircularLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    private final CircularLayout circular = new CircularLayout();

    @Test
    void putsEveryCentreAtTheSameDistanceFromTheMiddle() {
        for (LayoutGraph graph : List.of(TestGraphs.tree(3, 3), TestGraphs.disconnected(),
                TestGraphs.randomSparse(2000, 8))) {
            Layout layout = circular.layout(graph, OPTIONS);

            assertValid(graph, layout, OPTIONS);
            // Evenly spaced points on a circle average to its centre.
            double cx = layout.nodes().values().stream().mapToDouble(NodeBox::x).average().orElseThrow();
            double cy = layout.nodes().values().stream().mapToDouble(NodeBox::y).average().orElseThrow();
            double[] radii = layout.nodes().values().stream().mapToDouble(b -> Math.hypot(b.x() - cx, b.y() - cy))
                    .toArray();
            double radius = radii[0];
            for (double r : radii) {
                assertThat(Math.abs(r - radius)).isLessThan(1e-6 * radius);
            }
        }
    }

    @Test
    void drawsATreeWithoutCrossings() {
        Layout layout = circular.layout(TestGraphs.tree(3, 3), OPTIONS);

        assertThat(LayoutAssertions.crossings(layout)).isZero();
    }

    @Test
    void keepsTheCircleTight() {
        // Twelve equal boxes: the radius is set by neighbours, not by a fixed generous factor.
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (int i = 0; i < 12; i++) {
            b.vertex("v" + i, 100, 30);
        }
        LayoutGraph graph = b.build();

        Layout layout = circular.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        // Perimeter ≥ twelve box widths plus gaps, so radius ≥ 12·124/2π ≈ 237; well under twice that.
        double radius = (layout.bounds().width() - 2 * OPTIONS.margin() - 100) / 2;
        assertThat(radius).isBetween(150.0, 480.0);
    }
}
