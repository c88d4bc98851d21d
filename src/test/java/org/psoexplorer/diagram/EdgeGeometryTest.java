package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

/** Where edges meet the outlines of the shapes they join. */
class EdgeGeometryTest {

    private static final double EPS = 1e-6;
    private static final NodeBox BOX = new NodeBox(100, 50, 80, 40);

    /** Points all round the box, far enough to be outside it. */
    private static List<Point> around(NodeBox box) {
        return java.util.stream.IntStream.range(0, 24)
                .mapToObj(i -> Math.toRadians(i * 15 + 7))
                .map(a -> new Point(box.x() + 300 * Math.cos(a), box.y() + 300 * Math.sin(a)))
                .toList();
    }

    private static Point centre(NodeBox b) {
        return new Point(b.x(), b.y());
    }

    /** 0 on the outline of a rectangle, negative inside, positive outside (in the max-norm, scaled). */
    static double rectangleLevel(NodeBox b, Point p) {
        return Math.max(Math.abs(p.x() - b.x()) / (b.width() / 2), Math.abs(p.y() - b.y()) / (b.height() / 2)) - 1;
    }

    static double ellipseLevel(NodeBox b, Point p) {
        double u = (p.x() - b.x()) / (b.width() / 2);
        double v = (p.y() - b.y()) / (b.height() / 2);
        return Math.sqrt(u * u + v * v) - 1;
    }

    static double diamondLevel(NodeBox b, Point p) {
        return Math.abs(p.x() - b.x()) / (b.width() / 2) + Math.abs(p.y() - b.y()) / (b.height() / 2) - 1;
    }

    private static void assertPoint(Point p, double x, double y) {
        assertThat(p.x()).as("x of %s", p).isCloseTo(x, within(1e-9));
        assertThat(p.y()).as("y of %s", p).isCloseTo(y, within(1e-9));
    }

    /** Whether {@code p} lies on the segment from {@code a} to {@code b}. */
    private static void assertOnSegment(Point p, Point a, Point b) {
        double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
        assertThat(cross / Math.hypot(b.x() - a.x(), b.y() - a.y())).isCloseTo(0, within(1e-6));
        double dot = (p.x() - a.x()) * (b.x() - a.x()) + (p.y() - a.y()) * (b.y() - a.y());
        assertThat(dot).isGreaterThanOrEqualTo(-EPS);
    }

    @Test
    void rectanglesAreLeftThroughTheirSides() {
        assertPoint(EdgeGeometry.border(BOX, NodeShape.RECTANGLE, centre(BOX), new Point(500, 50)), 140, 50);
        assertPoint(EdgeGeometry.border(BOX, NodeShape.RECTANGLE, centre(BOX), new Point(100, -400)), 100, 30);
        // Corner to corner: through the corner.
        Point corner = EdgeGeometry.border(BOX, NodeShape.RECTANGLE, centre(BOX), new Point(180, 90));
        assertThat(corner.x()).isCloseTo(140, within(EPS));
        assertThat(corner.y()).isCloseTo(70, within(EPS));
    }

    @Test
    void everyShapeIsLeftExactlyOnItsOutlineAndOnTheWayOut() {
        for (Point target : around(BOX)) {
            Point r = EdgeGeometry.border(BOX, NodeShape.RECTANGLE, centre(BOX), target);
            Point e = EdgeGeometry.border(BOX, NodeShape.ELLIPSE, centre(BOX), target);
            Point d = EdgeGeometry.border(BOX, NodeShape.DIAMOND, centre(BOX), target);
            assertThat(rectangleLevel(BOX, r)).as("rectangle towards %s", target).isCloseTo(0, within(EPS));
            assertThat(ellipseLevel(BOX, e)).as("ellipse towards %s", target).isCloseTo(0, within(EPS));
            assertThat(diamondLevel(BOX, d)).as("diamond towards %s", target).isCloseTo(0, within(EPS));
            for (Point p : List.of(r, e, d)) {
                assertOnSegment(p, centre(BOX), target);
            }
        }
    }

    @Test
    void roundedNotesAndUnknownShapesAreClippedAtTheirBox() {
        Point target = new Point(100, 500);
        Point expected = new Point(100, 70);
        assertPoint(EdgeGeometry.border(BOX, NodeShape.ROUNDED, centre(BOX), target), expected.x(), expected.y());
        assertPoint(EdgeGeometry.border(BOX, NodeShape.NOTE, centre(BOX), target), expected.x(), expected.y());
        assertPoint(EdgeGeometry.border(BOX, null, centre(BOX), target), expected.x(), expected.y());
    }

    @Test
    void aPointOnTopOfTheCentreStaysWhereItIs() {
        assertThat(EdgeGeometry.border(BOX, NodeShape.ELLIPSE, centre(BOX), centre(BOX))).isEqualTo(centre(BOX));
    }

    @Test
    void aStraightRouteRunsFromBorderToBorder() {
        NodeBox a = new NodeBox(0, 0, 60, 30);
        NodeBox b = new NodeBox(200, 100, 50, 50);

        List<Point> route = EdgeGeometry.route(a, NodeShape.RECTANGLE, b, NodeShape.ELLIPSE, List.of(), 0);

        assertThat(route).hasSize(2);
        assertThat(rectangleLevel(a, route.get(0))).isCloseTo(0, within(EPS));
        assertThat(ellipseLevel(b, route.get(1))).isCloseTo(0, within(EPS));
        assertOnSegment(route.get(0), centre(a), centre(b));
        assertOnSegment(route.get(1), centre(b), centre(a));
    }

    @Test
    void bendsAreKeptAndTheEndsAimAtTheNearestBend() {
        NodeBox top = new NodeBox(100, 0, 80, 30);
        NodeBox bottom = new NodeBox(300, 300, 80, 30);
        List<Point> bends = List.of(new Point(100, 150), new Point(300, 150));

        List<Point> route = EdgeGeometry.route(top, NodeShape.RECTANGLE, bottom, NodeShape.RECTANGLE, bends, 0);

        assertThat(route).hasSize(4);
        assertThat(route.subList(1, 3)).containsExactlyElementsOf(bends);
        // Straight down out of the top box towards the first bend, straight into the bottom box from the last.
        assertPoint(route.get(0), 100, 15);
        assertPoint(route.get(3), 300, 285);
    }

    @Test
    void parallelOffsetsShiftBothEndsSidewaysAndStayOnTheBorders() {
        NodeBox a = new NodeBox(0, 0, 80, 40);
        NodeBox b = new NodeBox(300, 0, 80, 40);

        List<Point> straight = EdgeGeometry.route(a, NodeShape.RECTANGLE, b, NodeShape.RECTANGLE, List.of(), 0);
        List<Point> plus = EdgeGeometry.route(a, NodeShape.RECTANGLE, b, NodeShape.RECTANGLE, List.of(), 10);
        List<Point> minus = EdgeGeometry.route(a, NodeShape.RECTANGLE, b, NodeShape.RECTANGLE, List.of(), -10);

        assertPoint(straight.get(0), 40, 0);
        assertPoint(straight.get(1), 260, 0);
        // A horizontal edge moves vertically by the offset, the same at both ends: the lines stay parallel.
        assertPoint(plus.get(0), 40, 10);
        assertPoint(plus.get(1), 260, 10);
        assertPoint(minus.get(0), 40, -10);
        assertPoint(minus.get(1), 260, -10);
    }

    @Test
    void offsetEndsOfCurvedShapesLieOnTheOutlineToo() {
        NodeBox a = new NodeBox(0, 0, 100, 60);
        NodeBox b = new NodeBox(250, 120, 90, 90);
        for (double offset : new double[] {-12, -6, 6, 12}) {
            List<Point> e = EdgeGeometry.route(a, NodeShape.ELLIPSE, b, NodeShape.DIAMOND, List.of(), offset);
            assertThat(ellipseLevel(a, e.get(0))).as("offset %s", offset).isCloseTo(0, within(EPS));
            assertThat(diamondLevel(b, e.get(1))).as("offset %s", offset).isCloseTo(0, within(EPS));
            // Parallel to the line between the centres, at the offset's distance from it.
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.hypot(dx, dy);
            for (Point p : e) {
                double signedDistance = (dx * (p.y() - a.y()) - dy * (p.x() - a.x())) / len;
                assertThat(signedDistance).isCloseTo(offset, within(1e-6));
            }
        }
    }
}
