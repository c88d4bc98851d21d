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

    @Test
    void detoursAroundTheSameConceptRunSideBySideNotOneOnTheOther() {
        // A tall b between a and the pair c, f: a → c and a → f both go over b by its two top corners.
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(100, 120, 80, 40));
        nodes.put("b", new NodeBox(300, 200, 120, 240));
        nodes.put("c", new NodeBox(500, 170, 80, 40));
        nodes.put("f", new NodeBox(500, 220, 80, 40));
        Layout layout = new Layout(nodes, List.of(new EdgeRoute("a", "c", false, List.of()),
                new EdgeRoute("a", "f", false, List.of())), new Bounds(0, 0, 600, 400));

        Layout routed = ObstacleRouter.route(layout);

        List<NodeBox> boxes = List.copyOf(routed.nodes().values());
        assertThat(routed.edges().get(0).bends()).isNotEmpty();
        assertThat(routed.edges().get(1).bends()).isNotEmpty();
        assertThat(ObstacleRouter.clear(routed.path(0), boxes, 0, 2, 0)).isTrue();
        assertThat(ObstacleRouter.clear(routed.path(1), boxes, 0, 3, 0)).isTrue();
        // Before, both passed b by the same corners: 284 px of one line drawn on the other. Now they part
        // as they leave a (66 px within a pixel of each other) and run apart around b.
        assertThat(sharedLength(routed.path(0), routed.path(1), boxes)).isLessThan(100);
        assertThat(ObstacleRouter.route(layout).edges()).isEqualTo(routed.edges());
    }

    /** How much of {@code a} drawn outside the boxes, sampled every pixel, lies within a pixel of {@code b}. */
    private static double sharedLength(List<Point> a, List<Point> b, List<NodeBox> boxes) {
        double shared = 0;
        for (int i = 1; i < a.size(); i++) {
            Point p = a.get(i - 1);
            Point q = a.get(i);
            int steps = (int) Math.ceil(Math.hypot(q.x() - p.x(), q.y() - p.y()));
            for (int k = 0; k < steps; k++) {
                double t = (k + 0.5) / steps;
                double x = p.x() + (q.x() - p.x()) * t;
                double y = p.y() + (q.y() - p.y()) * t;
                boolean drawn = boxes.stream().noneMatch(box -> Math.abs(x - box.x()) < box.width() / 2
                        && Math.abs(y - box.y()) < box.height() / 2);
                if (drawn && Geometry.distanceToPolyline(b, x, y) < 1) {
                    shared += Math.hypot(q.x() - p.x(), q.y() - p.y()) / steps;
                }
            }
        }
        return shared;
    }
}
