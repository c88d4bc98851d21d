package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayoutTest {

    private static Layout sample() {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(100, 50, 40, 20));
        nodes.put("b", new NodeBox(300, 250, 60, 20));
        List<EdgeRoute> edges = List.of(new EdgeRoute("a", "b", true, List.of(new Point(320, 120))));
        return Layout.normalized(nodes, edges, 10);
    }

    @Test
    void normalizesToTheOriginWithAMargin() {
        Layout layout = sample();

        // Content spans x 80..330 (the bend reaches 320 < 330) and y 40..260.
        assertThat(layout.bounds()).isEqualTo(new Bounds(0, 0, 270, 240));
        assertThat(layout.node("a").minX()).isEqualTo(10);
        assertThat(layout.node("a").minY()).isEqualTo(10);
        assertThat(layout.edges().get(0).bends()).containsExactly(new Point(250, 90));
    }

    @Test
    void translatesBoxesBendsAndBounds() {
        Layout moved = sample().translate(5, -5);

        assertThat(moved.node("a").x()).isEqualTo(sample().node("a").x() + 5);
        assertThat(moved.bounds().minY()).isEqualTo(-5);
        assertThat(moved.edges().get(0).bends().get(0)).isEqualTo(new Point(255, 85));
        assertThat(moved.normalize(10)).isEqualTo(sample());
    }

    @Test
    void givesEdgePathsFromCentreThroughBendsToCentre() {
        Layout layout = sample();

        assertThat(layout.path(0)).containsExactly(new Point(30, 20), new Point(250, 90), new Point(230, 220));
    }

    @Test
    void reportsOverlapsWithAndWithoutAGap() {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(0, 0, 100, 30));
        nodes.put("b", new NodeBox(110, 0, 100, 30)); // 10 px from a
        nodes.put("c", new NodeBox(20, 20, 20, 20)); // on top of a, 30 px from b
        Layout layout = new Layout(nodes, List.of(), new Bounds(0, 0, 1, 1));

        assertThat(layout.overlaps()).containsExactly(new Overlap("a", "c"));
        assertThat(layout.hasOverlaps()).isTrue();
        assertThat(layout.overlaps(10)).containsExactly(new Overlap("a", "c"));
        assertThat(layout.overlaps(11)).containsExactly(new Overlap("a", "b"), new Overlap("a", "c"));
    }

    @Test
    void isImmutable() {
        Layout layout = sample();

        assertThatThrownBy(() -> layout.nodes().put("x", new NodeBox(0, 0, 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> layout.node("missing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void graphRejectsBadInput() {
        assertThatThrownBy(() -> LayoutGraph.builder().vertex("a", 1, 1).vertex("a", 2, 2).build())
                .hasMessageContaining("duplicate vertex 'a'");
        assertThatThrownBy(() -> LayoutGraph.builder().vertex("a", 1, 1).edge("a", "b", false).build())
                .hasMessageContaining("unknown vertex 'b'");
        assertThatThrownBy(() -> LayoutGraph.builder().vertex("a", 1, 1).edge("a", "a", true).build())
                .hasMessageContaining("self-loop");
        assertThatThrownBy(() -> LayoutGraph.builder().vertex("a", -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayoutOptions.defaults().withSpacing(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void graphKeepsInputOrderAndFindsComponents() {
        LayoutGraph graph = TestGraphs.disconnected();

        assertThat(graph.vertexIds().get(0)).isEqualTo("t0");
        assertThat(graph.components()).hasSize(11);
        assertThat(graph.width("t0")).isEqualTo(TestGraphs.width(0));
    }
}
