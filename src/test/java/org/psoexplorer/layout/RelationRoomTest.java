package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationRoomTest {

    private static Layout layout(Map<String, NodeBox> nodes, String... pairs) {
        List<EdgeRoute> edges = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            edges.add(new EdgeRoute(pairs[i], pairs[i + 1], false, List.of()));
        }
        return Layout.normalized(nodes, edges, 10);
    }

    /** The room between the two boxes along the line joining their centres. */
    private static double gapAlong(Layout l, String a, String b) {
        NodeBox p = l.node(a);
        NodeBox q = l.node(b);
        double d = Math.hypot(q.x() - p.x(), q.y() - p.y());
        double ux = Math.abs(q.x() - p.x()) / d;
        double uy = Math.abs(q.y() - p.y()) / d;
        double reach = Math.min(ux == 0 ? Double.MAX_VALUE : p.width() / 2 / ux, uy == 0 ? Double.MAX_VALUE : p.height() / 2 / uy)
                + Math.min(ux == 0 ? Double.MAX_VALUE : q.width() / 2 / ux, uy == 0 ? Double.MAX_VALUE : q.height() / 2 / uy);
        return d - reach;
    }

    @Test
    void conceptsMoveApartUntilTheNameFitsBetweenThemAndKeepTheirSizes() {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(0, 0, 100, 30));
        nodes.put("b", new NodeBox(160, 0, 100, 30));
        nodes.put("c", new NodeBox(80, 120, 100, 30));
        Layout before = layout(nodes, "a", "b", "b", "c");
        // 60 px between a and b, for a name 90 px wide.
        Layout after = RelationRoom.spread(before, Arrays.asList(new double[] {90, 14}, null), 10);

        assertThat(gapAlong(before, "a", "b")).isCloseTo(60, within(1e-9));
        assertThat(gapAlong(after, "a", "b")).isCloseTo(90, within(1e-6));
        after.nodes().forEach((id, box) -> {
            assertThat(box.width()).isEqualTo(nodes.get(id).width());
            assertThat(box.height()).isEqualTo(nodes.get(id).height());
        });
        // One factor for all: the shape of the view is kept.
        double ab = after.node("b").x() - after.node("a").x();
        double bcY = after.node("c").y() - after.node("b").y();
        assertThat(bcY / ab).isCloseTo(120.0 / 160, within(1e-9));
    }

    @Test
    void aLongNameIsCountedOnTwoLinesAndTheSpreadIsCapped() {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(0, 0, 100, 30));
        nodes.put("b", new NodeBox(0, 70, 100, 30));
        // A vertical line 40 px between the boxes: a 200-px name is set on two lines of 14 px across it.
        assertThat(RelationRoom.needed(nodes.get("a"), nodes.get("b"), new double[] {200, 14})).isCloseTo(58.0 / 70, within(1e-9));
        // A horizontal one 20 px between boxes 100 px wide needs far more than the most the view may spread.
        nodes.put("b", new NodeBox(120, 0, 100, 30));
        Layout after = RelationRoom.spread(layout(nodes, "a", "b"), List.<double[]>of(new double[] {400, 14}), 10);
        assertThat(after.node("b").x() - after.node("a").x()).isCloseTo(120 * RelationRoom.MOST, within(1e-6));
    }

    @Test
    void namesThatFitAlreadyAndRoutedLayoutsAreLeftAsTheyAre() {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        nodes.put("a", new NodeBox(0, 0, 100, 30));
        nodes.put("b", new NodeBox(300, 0, 100, 30));
        Layout roomy = layout(nodes, "a", "b");
        assertThat(RelationRoom.spread(roomy, List.<double[]>of(new double[] {90, 14}), 10)).isSameAs(roomy);

        nodes.put("b", new NodeBox(120, 0, 100, 30));
        Layout bent = new Layout(nodes, List.of(new EdgeRoute("a", "b", false, List.of(new Point(60, 40)))),
                new Bounds(-60, -25, 290, 75));
        assertThat(RelationRoom.spread(bent, List.<double[]>of(new double[] {90, 14}), 10)).isSameAs(bent);
    }
}
