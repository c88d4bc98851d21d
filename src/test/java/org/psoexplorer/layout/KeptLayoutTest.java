package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    /** A parent over three children, laid out in layers; "b" then renamed (its box 120 px wider). */
    private static LayoutGraph family(double widthOfB) {
        return LayoutGraph.builder()
                .vertex("p", 80, 30).vertex("a", 80, 30).vertex("b", widthOfB, 30).vertex("c", 80, 30)
                .edge("a", "p", true).edge("b", "p", true).edge("c", "p", true)
                .build();
    }

    @Test
    void aBoxThatGrewPushesItsLayerSidewaysAndNothingChangesLayer() {
        Layout before = new LayeredLayout().layout(family(80), OPTIONS);

        Layout after = KeptLayout.adjust(before, family(200), OPTIONS, true, 1, null);

        assertThat(after).isNotNull();
        for (String id : List.of("p", "a", "b", "c")) {
            assertThat(after.node(id).y() - after.node("p").y())
                    .as("%s's height under the parent", id)
                    .isCloseTo(before.node(id).y() - before.node("p").y(), org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(after.overlaps(OPTIONS.spacing() - 0.01)).isEmpty();
        // Left to right as before: a, b, c.
        assertThat(after.node("a").x()).isLessThan(after.node("b").x());
        assertThat(after.node("b").x()).isLessThan(after.node("c").x());
        assertThat(after.node("b").width()).isEqualTo(200);
    }

    @Test
    void conceptsThatStillFitStayExactlyWhereTheyWere() {
        LayoutGraph graph = TestGraphs.randomSparse(40, 7);
        Layout before = new ForceLayout().layout(graph, OPTIONS);

        Layout after = KeptLayout.adjust(before, graph, OPTIONS, false, 1, null);

        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(after.edges()).isEqualTo(before.edges());
    }

    @Test
    void aNewConceptGoesBesideTheConceptItIsRelatedToWithoutCoveringAnything() {
        LayoutGraph graph = TestGraphs.randomSparse(40, 7);
        Layout before = new ForceLayout().layout(graph, OPTIONS);
        String anchor = graph.vertexIds().get(5);
        LayoutGraph.Builder grown = LayoutGraph.builder();
        graph.vertexIds().forEach(id -> grown.vertex(id, graph.width(id), graph.height(id)));
        graph.edges().forEach(e -> grown.edge(e.source(), e.target(), e.hierarchical()));
        grown.vertex("new", 90, 30).edge("new", anchor, false);

        Layout after = KeptLayout.adjust(before, grown.build(), OPTIONS, false, 1, null);

        NodeBox fresh = after.node("new");
        NodeBox beside = after.node(anchor);
        double typical = Math.sqrt(before.bounds().width() * before.bounds().height() / 40);
        assertThat(Math.hypot(fresh.x() - beside.x(), fresh.y() - beside.y()))
                .as("from the concept it is related to, against %.0f px between concepts on average", typical)
                .isLessThan(2 * typical);
        assertThat(after.overlaps(OPTIONS.spacing() - 0.01)).isEmpty();
        // Everything else in place, up to the shift the normalization makes.
        double dx = after.node(anchor).x() - before.node(anchor).x();
        double dy = after.node(anchor).y() - before.node(anchor).y();
        long moved = graph.vertexIds().stream().filter(id -> Math.hypot(after.node(id).x() - before.node(id).x() - dx,
                after.node(id).y() - before.node(id).y() - dy) > 0.5).count();
        assertThat(moved).as("concepts moved to make room").isLessThanOrEqualTo(4);
    }

    @Test
    void aNewConceptAskedForInACrowdedSpotTakesTheNearestFreePlaceAndMovesNothing() {
        LayoutGraph graph = TestGraphs.randomSparse(40, 7);
        Layout before = new ForceLayout().layout(graph, OPTIONS);
        LayoutGraph.Builder grown = LayoutGraph.builder();
        graph.vertexIds().forEach(id -> grown.vertex(id, graph.width(id), graph.height(id)));
        graph.edges().forEach(e -> grown.edge(e.source(), e.target(), e.hierarchical()));
        grown.vertex("new", 90, 30);
        NodeBox crowded = before.node(graph.vertexIds().get(0));

        Layout after = KeptLayout.adjust(before, grown.build(), OPTIONS, false, 1, new Point(crowded.x(), crowded.y()));

        assertThat(after.overlaps(OPTIONS.spacing() - 0.01)).isEmpty();
        double dx = after.node(graph.vertexIds().get(0)).x() - crowded.x();
        double dy = after.node(graph.vertexIds().get(0)).y() - crowded.y();
        graph.vertexIds().forEach(id -> assertThat(Math.hypot(after.node(id).x() - before.node(id).x() - dx,
                after.node(id).y() - before.node(id).y() - dy)).as(id).isLessThan(0.5));
        NodeBox fresh = after.node("new");
        assertThat(Math.hypot(fresh.x() - dx - crowded.x(), fresh.y() - dy - crowded.y()))
                .as("from where it was asked for").isLessThan(3 * (crowded.height() + 90));
    }

    @Test
    void aGraphMostlyNewIsLeftToAFreshLayout() {
        Layout before = new ForceLayout().layout(TestGraphs.path(4), OPTIONS);

        assertThat(KeptLayout.adjust(before, TestGraphs.grid(4, 3), OPTIONS, false, 1, null)).isNull();
    }

    @Test
    void aRelationBetweenConceptsThatStayedKeepsItsBendsAndOneToAMovedConceptRunsStraight() {
        Layout before = new LayeredLayout().layout(TestGraphs.dagWithLongEdges(), OPTIONS);
        LayoutGraph same = TestGraphs.dagWithLongEdges();

        Layout after = KeptLayout.adjust(before, same, OPTIONS, true, 1, null);

        assertThat(after.edges().stream().filter(e -> !e.bends().isEmpty()).count())
                .isEqualTo(before.edges().stream().filter(e -> !e.bends().isEmpty()).count())
                .isPositive();
    }
}
