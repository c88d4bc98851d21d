package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObstacleRouterTest {

    /** a and c in a row with b between them; d off to the side. */
    private static Layout row(List<Point> acBends) {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(100, 100, 80, 40));
        nodes.put("b", new NodeBox(300, 100, 80, 40));
        nodes.put("c", new NodeBox(500, 100, 80, 40));
        nodes.put("d", new NodeBox(300, 300, 80, 40));
        List<EdgeRoute> edges = List.of(new EdgeRoute("a", "c", false, acBends),
                new EdgeRoute("a", "b", false, List.of()), new EdgeRoute("a", "d", false, List.of()));
        return new Layout(nodes, edges, new Bounds(0, 0, 600, 400));
    }

    @Test
    void anEdgeThroughAConceptGoesAroundItByTheNearestCorners() {
        Layout routed = ObstacleRouter.route(row(List.of()));

        // Over b, out in the free space above the row (not 10 px along b's top, hugging the row), and the
        // same on every run.
        List<Point> bends = routed.edges().get(0).bends();
        assertThat(bends).isNotEmpty().allSatisfy(p -> assertThat(p.y()).isLessThanOrEqualTo(80 - 30));
        assertThat(ObstacleRouter.route(row(List.of())).edges().get(0).bends()).isEqualTo(bends);
        assertThat(ObstacleRouter.clear(routed.path(0), List.copyOf(routed.nodes().values()), 0, 2, 0)).isTrue();
    }

    @Test
    void edgesThatAlreadyClearEveryConceptKeepTheirRoute() {
        Layout layout = row(List.of(new Point(300, 200)));
        Layout routed = ObstacleRouter.route(layout);

        assertThat(routed.edges().get(0).bends()).containsExactly(new Point(300, 200));
        assertThat(routed.edges().get(1).bends()).isEmpty();
        assertThat(routed.edges().get(2).bends()).isEmpty();
        assertThat(routed.nodes()).isEqualTo(layout.nodes());
    }

    @Test
    void aLayoutWithoutObstaclesIsReturnedAsItIs() {
        Layout layout = row(List.of(new Point(300, 200)));

        assertThat(ObstacleRouter.route(layout)).isSameAs(layout);
    }
}
