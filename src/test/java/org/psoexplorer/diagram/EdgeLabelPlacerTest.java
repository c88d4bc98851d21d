package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.layout.Point;

/** Where relation labels go when lines cross: a label is read as belonging to the line under it. */
class EdgeLabelPlacerTest {

    private static final TextMeasurer MEASURER = new FixedWidthMeasurer(7);

    private static DiagramEdge edge(int index, Point from, Point to, Emphasis emphasis) {
        return new DiagramEdge(index, "f" + index, "t" + index, "t", List.of(from, to),
                new LineStyle("#000000", LineStyle.Dash.SOLID, LineStyle.Arrowhead.FILLED), false, "relates to",
                emphasis, null);
    }

    private static boolean meets(EdgeLabel box, DiagramEdge other) {
        List<Point> p = other.points();
        return EdgeLabelPlacer.segmentMeetsBox(new double[] {p.get(0).x(), p.get(0).y(), p.get(1).x(), p.get(1).y()},
                box.minX(), box.minY(), box.maxX(), box.maxY());
    }

    @Test
    void aLabelMovesAlongItsOwnLineOffTheLineThatCrossesItsMiddle() {
        // A plus sign: each line's middle is the other's.
        DiagramEdge across = edge(0, new Point(0, 200), new Point(600, 200), Emphasis.NORMAL);
        DiagramEdge down = edge(1, new Point(300, 0), new Point(300, 400), Emphasis.NORMAL);

        List<DiagramEdge> placed = new EdgeLabelPlacer(List.of(), 600, 400)
                .place(List.of(across, down), 3, MEASURER, 11);

        assertThat(placed).allSatisfy(e -> assertThat(e.labelBox().placed()).isTrue());
        assertThat(meets(placed.get(0).labelBox(), down)).isFalse();
        assertThat(meets(placed.get(1).labelBox(), across)).isFalse();
        // Still on its own line, as near its middle as the crossing allows.
        assertThat(meets(placed.get(0).labelBox(), across)).isTrue();
        assertThat(Math.abs(placed.get(0).labelBox().x() - 300)).isLessThanOrEqualTo(0.2 * 600);
    }

    @Test
    void aLabelStaysAtItsMiddleOverAFadedLineButNotOverAFullOne() {
        DiagramEdge across = edge(0, new Point(0, 200), new Point(600, 200), Emphasis.HIGHLIGHTED);
        DiagramEdge faded = edge(1, new Point(300, 0), new Point(300, 400), Emphasis.DIMMED);

        EdgeLabel box = new EdgeLabelPlacer(List.of(), 600, 400).place(List.of(across, faded), 3, MEASURER, 11)
                .get(0).labelBox();
        DiagramEdge full = edge(1, new Point(300, 0), new Point(300, 400), Emphasis.NORMAL);
        EdgeLabel moved = new EdgeLabelPlacer(List.of(), 600, 400).place(List.of(across, full), 3, MEASURER, 11)
                .get(0).labelBox();

        // A faded line is drawn faintly behind the label: its middle is worth more than a clear place.
        assertThat(box.x()).isEqualTo(300);
        assertThat(meets(moved, full)).isFalse();
    }

    @Test
    void segmentMeetsBoxClipsAsExpected() {
        assertThat(EdgeLabelPlacer.segmentMeetsBox(new double[] {0, 0, 10, 10}, 4, 4, 6, 6)).isTrue();
        assertThat(EdgeLabelPlacer.segmentMeetsBox(new double[] {0, 10, 10, 10}, 4, 4, 6, 6)).isFalse();
        assertThat(EdgeLabelPlacer.segmentMeetsBox(new double[] {5, 0, 5, 3}, 4, 4, 6, 6)).isFalse();
        assertThat(EdgeLabelPlacer.segmentMeetsBox(new double[] {5, 0, 5, 5}, 4, 4, 6, 6)).isTrue();
    }

    @Test
    void aVeryLongLineIsStillWeighedWithoutIndexingEveryCellItSpans() {
        // Ten million pixels of diagonal: listed cell by cell it would be millions of grid entries.
        DiagramEdge across = edge(0, new Point(0, 200), new Point(600, 200), Emphasis.NORMAL);
        DiagramEdge diagonal = edge(1, new Point(300 - 5e6, 200 - 5e6), new Point(300 + 5e6, 200 + 5e6),
                Emphasis.NORMAL);

        EdgeLabel box = new EdgeLabelPlacer(List.of(), 600, 400).place(List.of(across, diagonal), 3, MEASURER, 11)
                .get(0).labelBox();

        assertThat(box.placed()).isTrue();
        assertThat(meets(box, diagonal)).as("the label moved off the long line").isFalse();
    }

    private static DiagramNode node(String id, double x, double y) {
        return new DiagramNode(id, "k", List.of(id), x, y, 60, 30, org.psoexplorer.model.NodeShape.ROUNDED,
                "#ffffff", "#000000", "#000000", Emphasis.NORMAL);
    }

    @Test
    void aNameTooLongForTheGapBetweenItsConceptsIsWrappedOntoLinesThatFitAndPlaced() {
        // Two concepts 110 px apart; "precedes (in the classic sequence)" is 238 px on one line.
        List<DiagramNode> pair = List.of(node("a", 100, 100), node("b", 300, 100));
        DiagramEdge between = new DiagramEdge(0, "a", "b", "precedes", List.of(new Point(130, 100), new Point(270, 100)),
                new LineStyle("#000000", LineStyle.Dash.SOLID, LineStyle.Arrowhead.FILLED), false,
                "precedes (in the classic sequence)", Emphasis.NORMAL, null);

        EdgeLabel box = new EdgeLabelPlacer(pair, 600, 400).place(List.of(between), 3, MEASURER, 11).get(0).labelBox();

        assertThat(box.placed()).as("placed").isTrue();
        assertThat(box.lines()).hasSizeBetween(2, EdgeLabelPlacer.MOST_LINES);
        assertThat(String.join(" ", box.lines())).isEqualTo("precedes (in the classic sequence)");
        double widest = box.lines().stream().mapToDouble(l -> MEASURER.width(l, 11, false)).max().orElseThrow();
        assertThat(box.width()).isEqualTo(widest + 6);
        assertThat(box.height()).isEqualTo(box.lines().size() * MEASURER.lineHeight(11));
        for (DiagramNode n : pair) {
            assertThat(box.overlaps(n.minX(), n.minY(), n.minX() + n.width(), n.minY() + n.height()))
                    .as("over %s", n.id()).isFalse();
        }
        // A name with room keeps its one line.
        DiagramEdge wide = new DiagramEdge(0, "a", "b", "precedes", List.of(new Point(0, 300), new Point(600, 300)),
                between.line(), false, "precedes (in the classic sequence)", Emphasis.NORMAL, null);
        EdgeLabel roomy = new EdgeLabelPlacer(pair, 600, 400).place(List.of(wide), 3, MEASURER, 11).get(0).labelBox();
        assertThat(roomy.placed()).isTrue();
        assertThat(roomy.lines()).isEmpty();
        assertThat(roomy.lines("precedes (in the classic sequence)")).containsExactly("precedes (in the classic sequence)");
    }

    @Test
    void aSmallViewNamesARelationTypeDrawnFourTimesOnceAndABigViewNamesEachLine() {
        // Four parallel horizontal lines of one type, far apart: each label would have room.
        List<DiagramEdge> four = new java.util.ArrayList<>();
        for (int k = 0; k < 4; k++) {
            four.add(edge(k, new Point(0, 100 + 150 * k), new Point(600, 100 + 150 * k), Emphasis.NORMAL));
        }
        List<DiagramNode> few = List.of(node("a", 2000, 2000));
        long namedInSmall = new EdgeLabelPlacer(few, 700, 800).place(four, 3, MEASURER, 11).stream()
                .filter(e -> e.labelBox().placed()).count();

        List<DiagramNode> many = new java.util.ArrayList<>();
        for (int k = 0; k < EdgeLabelPlacer.NAME_TYPES_ONCE_UP_TO + 1; k++) {
            many.add(node("n" + k, 5000 + 100 * k, 5000));
        }
        long namedInBig = new EdgeLabelPlacer(many, 700, 800).place(four, 3, MEASURER, 11).stream()
                .filter(e -> e.labelBox().placed()).count();

        assertThat(namedInSmall).isEqualTo(1);
        assertThat(namedInBig).isEqualTo(4);
    }

    /**
     * Small views of short slanting lines between concepts, with names wider than the lines are long
     * (a tour step's "encompasses (as a task or activity)"): every name placed lies against its own
     * line (on it, touching it, or a name's height beside it) and, when off it, no nearer a concept
     * than the line. A place beside a line clears the straight line through its point; for a wide name
     * on a short slanting line that could be the line's extension, far past its end, under a concept.
     */
    @Test
    void aWideNameOnAShortSlantingLineLiesAgainstThatLineNotAgainstAConcept() {
        java.util.Random random = new java.util.Random(7);
        String[] names = {"encompasses (as a task or activity)", "is mutually reinforcing with", "blurs with",
            "precedes (in the classic sequence)", "defines or sets out"};
        int placedOff = 0;
        for (int scene = 0; scene < 300; scene++) {
            List<DiagramNode> nodes = new java.util.ArrayList<>();
            List<DiagramEdge> edges = new java.util.ArrayList<>();
            for (int k = 0; k < 6; k++) {
                nodes.add(new DiagramNode("n" + k, "k", List.of("n" + k), 80 + random.nextInt(440),
                        60 + random.nextInt(280), 90 + random.nextInt(120), 30 + random.nextInt(30),
                        org.psoexplorer.model.NodeShape.ROUNDED, "#ffffff", "#000000", "#000000", Emphasis.NORMAL));
            }
            for (int k = 0; k < 5; k++) {
                DiagramNode a = nodes.get(k);
                DiagramNode b = nodes.get(k + 1);
                // From a corner of one box towards the other: short lines, most of them slanting.
                Point from = new Point(a.x() + Math.signum(b.x() - a.x()) * a.width() / 2,
                        a.y() + Math.signum(b.y() - a.y()) * a.height() / 2);
                Point to = new Point(from.x() + (b.x() - from.x()) * 0.35, from.y() + (b.y() - from.y()) * 0.35);
                edges.add(new DiagramEdge(k, a.id(), b.id(), "t" + k, List.of(from, to),
                        new LineStyle("#000000", LineStyle.Dash.SOLID, LineStyle.Arrowhead.FILLED), false,
                        names[k], Emphasis.NORMAL, null));
            }
            List<DiagramEdge> placed = new EdgeLabelPlacer(nodes, 600, 400).place(edges, 3, MEASURER, 11);
            for (DiagramEdge e : placed) {
                EdgeLabel box = e.labelBox();
                if (!box.placed()) {
                    continue;
                }
                double off = org.psoexplorer.layout.Geometry.gapToPolyline(e.points(), box.minX(), box.minY(),
                        box.maxX(), box.maxY());
                double lineHeight = MEASURER.lineHeight(11);
                assertThat(off).as("scene %d: '%s' off its line", scene, e.label()).isLessThanOrEqualTo(2 + lineHeight + 0.5);
                if (off > Math.max(2.5, lineHeight / 2)) {
                    placedOff++;
                    for (DiagramNode n : nodes) {
                        double dx = Math.max(0, Math.max(n.minX() - box.maxX(), box.minX() - (n.minX() + n.width())));
                        double dy = Math.max(0, Math.max(n.minY() - box.maxY(), box.minY() - (n.minY() + n.height())));
                        assertThat(Math.hypot(dx, dy)).as("scene %d: '%s', %.0f off its line, from %s", scene,
                                e.label(), off, n.id()).isGreaterThanOrEqualTo(off - 0.5);
                    }
                }
            }
        }
        assertThat(placedOff).as("names placed a name's height off their lines, in open space").isPositive();
    }
}
