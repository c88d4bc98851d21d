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

        // Around b's box grown by 10 px: over its top corners (the top and bottom detours are as
        // long; the first corner found wins, so the result is the same on every run).
        assertThat(routed.edges().get(0).bends()).containsExactly(new Point(250, 70), new Point(350, 70));
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
