package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoexplorer.bench.LegibilityViews;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

/**
 * The numbers issue 10 asks for, held on every view of the built-in taxonomy it names (the
 * opening view, each layout, each tour step, the Relate view) at 1366×768 and 1280×720; and the
 * report's own counting, on a hand-made diagram.
 */
class LegibilityReportTest {

    private static final TextMeasurer MEASURER = new FixedWidthMeasurer(7);
    private static Map<String, Diagram> views;

    @BeforeAll
    static void drawViews() {
        views = new LegibilityViews().all();
    }

    @Test
    void noRelationLabelCoversAConceptOrAnotherLabelInAnyView() {
        for (int[] size : new int[][] {{1366, 768}, {1280, 720}}) {
            views.forEach((name, d) -> {
                LegibilityReport r = LegibilityReport.measure(d, size[0], size[1],
                        new AwtTextMeasurer(d.style().fontFamily()));
                assertThat(r.edgeLabelsOverConcepts()).as(name).isZero();
                assertThat(r.labelOverlaps()).as(name).isZero();
            });
        }
    }

    @Test
    void noRelationRunsThroughAConceptItDoesNotJoin() {
        assertThat(views).hasSizeGreaterThan(20);
        views.forEach((name, d) -> assertThat(LegibilityReport.measure(d, 1366, 768, MEASURER)
                .edgesThroughConcepts()).as(name).isZero());
    }

    @Test
    void smallViewsLabelMostOfTheirRelations() {
        new LegibilityViews().smallViews().forEach((name, d) -> {
            LegibilityReport r = LegibilityReport.measure(d, 1280, 720, MEASURER);
            assertThat(r.concepts()).as(name).isLessThanOrEqualTo(30);
            assertThat(r.hiddenEdgeLabels()).as(name).isLessThanOrEqualTo(r.relations() * 3 / 4);
        });
    }

    private static DiagramNode node(String id, double x, double y) {
        return new DiagramNode(id, "k", List.of(id + id + id), x, y, 80, 40, NodeShape.ROUNDED, "#ffffff", "#000000",
                "#000000", Emphasis.NORMAL);
    }

    private static DiagramEdge edge(String from, String to, List<Point> points, EdgeLabel label) {
        return new DiagramEdge(0, from, to, "t", points, new LineStyle("#000000", LineStyle.Dash.SOLID,
                LineStyle.Arrowhead.FILLED), false, from + " to " + to, Emphasis.NORMAL, label);
    }

    @Test
    void countsWhatItSeesOnAHandMadeDiagram() {
        // a, b, c in a row; a–c runs through b, its label sits on b; b–d and a–e cross.
        List<DiagramNode> nodes = List.of(node("a", 100, 100), node("b", 300, 100), node("c", 500, 100),
                node("d", 300, 400), node("e", 500, 300));
        List<DiagramEdge> edges = List.of(
                edge("a", "c", List.of(new Point(140, 100), new Point(460, 100)),
                        new EdgeLabel(300, 100, 30, 14, 11, true)),
                edge("b", "d", List.of(new Point(300, 120), new Point(300, 380)),
                        new EdgeLabel(320, 250, 30, 14, 11, true)),
                edge("a", "e", List.of(new Point(140, 120), new Point(460, 300)),
                        new EdgeLabel(330, 255, 30, 14, 11, true)),
                edge("c", "e", List.of(new Point(500, 120), new Point(500, 280)),
                        new EdgeLabel(500, 200, 30, 14, 11, false)));
        Diagram d = new Diagram("", 600, 450, nodes, edges, List.of(), List.of(), DiagramStyle.DEFAULT);

        LegibilityReport r = LegibilityReport.measure(d, 1000, 500, MEASURER);

        assertThat(r.edgesThroughConcepts()).isEqualTo(1);
        assertThat(r.edgeLabelsOverConcepts()).isEqualTo(1);
        assertThat(r.labelOverlaps()).isEqualTo(1);
        assertThat(r.hiddenEdgeLabels()).isEqualTo(1);
        assertThat(r.crossings()).isEqualTo(1);
        assertThat(r.labelsOnLines()).isZero();
        // Boxes span 420 × 340; with 24 px padding each side: min(1000 / 468, 500 / 388).
        assertThat(r.scale()).isEqualTo(500.0 / 388);
        assertThat(r.minLabelPx()).isEqualTo(13 * 500.0 / 388);
        assertThat(r.fillY()).isEqualTo(340 * (500.0 / 388) / 500);
    }

    @Test
    void countsARelationLabelWithAnotherRelationsLineUnderIt() {
        List<DiagramNode> nodes = List.of(node("a", 100, 100), node("b", 500, 100), node("c", 300, 300),
                node("d", 300, -100));
        List<DiagramEdge> edges = List.of(
                edge("a", "b", List.of(new Point(140, 100), new Point(460, 100)),
                        new EdgeLabel(300, 100, 40, 14, 11, true)),
                edge("c", "d", List.of(new Point(300, 280), new Point(300, -80)),
                        new EdgeLabel(300, 200, 40, 14, 11, true)));
        Diagram d = new Diagram("", 600, 450, nodes, edges, List.of(), List.of(), DiagramStyle.DEFAULT);

        // a–b's label sits where c–d crosses it; c–d's label sits on its own line only.
        assertThat(LegibilityReport.measure(d, 1000, 500, MEASURER).labelsOnLines()).isEqualTo(1);
    }
}
