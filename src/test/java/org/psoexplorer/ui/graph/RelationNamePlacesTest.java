package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.Emphasis;
import org.psoexplorer.diagram.LineStyle;
import org.psoexplorer.layout.Point;

/** The places an enlarged relation name may take stay on or right beside its own line. */
class RelationNamePlacesTest {

    private static DiagramEdge line(Point... points) {
        return line("a", "b", points);
    }

    private static DiagramEdge line(String from, String to, Point... points) {
        return new DiagramEdge(0, from, to, "precedes", List.of(points), new LineStyle("#000000", LineStyle.Dash.SOLID, LineStyle.Arrowhead.FILLED), false, "precedes",
                Emphasis.NORMAL, null);
    }

    @Test
    void theDiagramsPlaceFirstThenTheLineFromItsMiddleOutThenBesideIt() {
        Point placed = new Point(150, 90);
        List<Point> places = RelationNamePlaces.along(line(new Point(100, 100), new Point(300, 100)), placed, 60, 14);

        assertThat(places.get(0)).isEqualTo(placed);
        assertThat(places.get(1)).isEqualTo(new Point(200, 100));
        List<Point> on = places.subList(1, 10);
        assertThat(on).allMatch(p -> p.y() == 100 && p.x() > 100 && p.x() < 300);
        // Beside a horizontal line: half the name's height and a 2-unit gap above or below, clear of the line.
        List<Point> beside = places.subList(10, 28);
        assertThat(beside).allMatch(p -> Math.abs(Math.abs(p.y() - 100) - 9) < 1e-9);
        for (Point p : beside) {
            Bounds b = RelationNamePlaces.box(p, new double[] {60, 14}, 1);
            assertThat(b.getMinY() >= 100 || b.getMaxY() <= 100).as("the box at %s clears the line", p).isTrue();
        }
        // Then touching each point on the line: level with it on either side, above, below, or at a corner.
        // A large view zoomed in, short of time in its frames, looks at the places on and beside the line only.
        assertThat(RelationNamePlaces.along(line(new Point(100, 100), new Point(300, 100)), placed, 60, 14, null, false))
                .isEqualTo(places.subList(0, 28));
        List<Point> touching = places.subList(28, places.size());
        assertThat(touching).hasSize(9 * 8);
        Point middle = places.get(1);
        assertThat(touching.subList(0, 8)).containsExactly(new Point(168, 100), new Point(232, 100), new Point(200, 91),
                new Point(200, 109), new Point(168, 91), new Point(232, 91), new Point(168, 109), new Point(232, 109));
        for (Point p : touching.subList(0, 8)) {
            Bounds b = RelationNamePlaces.box(p, new double[] {60, 14}, 1);
            assertThat(b.contains(middle.x(), middle.y())).as("the box at %s leaves the point free", p).isFalse();
            double dx = Math.max(0, Math.max(b.getMinX() - middle.x(), middle.x() - b.getMaxX()));
            double dy = Math.max(0, Math.max(b.getMinY() - middle.y(), middle.y() - b.getMaxY()));
            assertThat(Math.hypot(dx, dy)).as("the box at %s touches the point", p).isLessThanOrEqualTo(2 * Math.sqrt(2) + 1e-9);
        }
    }

    @Test
    void aPlaceOnABentLineLiesOnOneOfItsSegments() {
        List<Point> places = RelationNamePlaces.along(
                line(new Point(0, 0), new Point(100, 0), new Point(100, 300)), new Point(0, 0), 40, 10);
        // 400 units long: its middle is 100 units down the second segment.
        assertThat(places.get(1)).isEqualTo(new Point(100, 100));
        assertThat(places.subList(1, 10)).allMatch(p -> p.y() == 0 && p.x() >= 0 && p.x() <= 100
                || p.x() == 100 && p.y() >= 0 && p.y() <= 300);
    }

    @Test
    void aBoxGrowsAboutItsCentreAndMeetsWhatItOverlaps() {
        Bounds grown = RelationNamePlaces.box(new Point(50, 50), new double[] {20, 10}, 2);
        assertThat(grown.getMinX()).isEqualTo(30);
        assertThat(grown.getWidth()).isEqualTo(40);
        assertThat(grown.getHeight()).isEqualTo(20);
        assertThat(RelationNamePlaces.crowded(grown, List.of(RelationNamePlaces.box(new Point(75, 50),
                new double[] {20, 10}, 1)))).isTrue();
        assertThat(RelationNamePlaces.crowded(grown, List.of(RelationNamePlaces.box(new Point(90, 50),
                new double[] {20, 10}, 1)))).isFalse();
    }

    @Test
    void aNameReadsAsAnotherLinesWhenThatLineCrossesItOrPassesNearer() {
        // Tour step 2's case: a long name placed beside its own slanting line, across a vertical one.
        DiagramEdge own = line("prevention", "peacemaking", new Point(100, 0), new Point(40, 200));
        DiagramEdge other = line("diplomacy", "prevention", new Point(150, 0), new Point(150, 120));
        RelationNamePlaces.Lines lines = new RelationNamePlaces.Lines(List.of(own, other));
        double[] name = {200, 14};

        assertThat(lines.misleading(RelationNamePlaces.box(new Point(145, 100), name, 1), own))
                .as("across the other line").isTrue();
        // Clear of both, but nearer the other line's end than its own line.
        assertThat(lines.misleading(RelationNamePlaces.box(new Point(170, 140), new double[] {20, 10}, 1), own))
                .as("nearer the other line").isTrue();
        assertThat(lines.misleading(RelationNamePlaces.box(new Point(55, 150), name, 1), own))
                .as("on its own line, clear of the other").isFalse();
        // The other line's own name may sit on it, though the first line is near.
        assertThat(lines.misleading(RelationNamePlaces.box(new Point(150, 60), new double[] {30, 10}, 1), other)).isFalse();
        // Another relation between the same two concepts runs beside it: the name still names a relation of that pair.
        DiagramEdge sibling = line("peacemaking", "prevention", new Point(150, 0), new Point(150, 120));
        assertThat(new RelationNamePlaces.Lines(List.of(own, sibling)).misleading(
                RelationNamePlaces.box(new Point(145, 100), name, 1), own)).isFalse();
        // Its own line alone: nothing to mistake it for.
        assertThat(new RelationNamePlaces.Lines(List.of(own)).misleading(
                RelationNamePlaces.box(new Point(145, 100), name, 1), own)).isFalse();
    }

    @Test
    void withNoPlaceOffOtherLinesANameTakesTheFreePlaceFewestLinesRunThroughOnItsLineOnATie() {
        DiagramEdge own = line("a", "b", new Point(0, 100), new Point(200, 100));
        double[] name = {60, 14};
        List<Point> places = RelationNamePlaces.along(own, new Point(100, 60), 60, 14);
        Point middle = places.get(1);
        Point above = places.get(11);
        // Two lines through the middle of its line, one through the place just above it.
        DiagramEdge first = line("c", "d", new Point(95, 50), new Point(95, 130));
        DiagramEdge second = line("e", "f", new Point(105, 99), new Point(105, 130));
        RelationNamePlaces.Lines lines = new RelationNamePlaces.Lines(List.of(own, first, second));
        RelationNamePlaces.Crowded onlyThose = freeOnlyAt(name, middle, above);

        assertThat(lines.crossings(RelationNamePlaces.box(middle, name, 1), own)).isEqualTo(2);
        assertThat(lines.crossings(RelationNamePlaces.box(above, name, 1), own)).isEqualTo(1);
        assertThat(RelationNamePlaces.leastCrossed(own, new Point(100, 60), name, 1, 1, onlyThose, lines).at())
                .isEqualTo(above);
        // As many lines either way: on its own line.
        RelationNamePlaces.Lines one = new RelationNamePlaces.Lines(List.of(own, first));
        assertThat(RelationNamePlaces.leastCrossed(own, new Point(100, 60), name, 1, 1, onlyThose, one).at())
                .isEqualTo(middle);
        assertThat(RelationNamePlaces.leastCrossed(own, new Point(100, 60), name, 1, 1, (b, d) -> true, one)).isNull();
    }

    /** Every place crowded but these, for a name of this size. */
    private static RelationNamePlaces.Crowded freeOnlyAt(double[] name, Point... free) {
        return (b, diagramsOwn) -> java.util.Arrays.stream(free).noneMatch(p -> RelationNamePlaces.box(p, name, 1).equals(b));
    }

    /**
     * A name set off its line, beside it, nearer another line than its own reads as that line's: a
     * line across it on its own line misleads less (a Relate answer had "precedes" 91 px from its
     * line, beside another).
     */
    @Test
    void withNoPlaceOffOtherLinesANameStaysOnItsLineCrossedRatherThanBesideItNearerAnother() {
        DiagramEdge own = line("a", "b", new Point(100, 0), new Point(100, 200));
        double[] name = {60, 14};
        List<Point> places = RelationNamePlaces.along(own, new Point(100, 100), 60, 14);
        Point middle = places.get(1);
        Point leftOfIt = places.get(28);
        assertThat(leftOfIt).isEqualTo(new Point(68, 100));
        DiagramEdge across = line("c", "d", new Point(101, 100), new Point(140, 100));
        DiagramEdge below = line("e", "f", new Point(0, 120), new Point(90, 120));
        RelationNamePlaces.Crowded onlyThose = freeOnlyAt(name, middle, leftOfIt);
        RelationNamePlaces.Lines lines = new RelationNamePlaces.Lines(List.of(own, across, below));

        assertThat(lines.crossings(RelationNamePlaces.box(middle, name, 1), own)).isEqualTo(1);
        assertThat(lines.crossings(RelationNamePlaces.box(leftOfIt, name, 1), own)).isZero();
        assertThat(lines.nearerAnother(RelationNamePlaces.box(leftOfIt, name, 1), own)).isTrue();
        assertThat(RelationNamePlaces.leastCrossed(own, new Point(100, 100), name, 1, 1, onlyThose, lines).at())
                .isEqualTo(middle);
        // With nothing nearer it, beside its line and clear of every other line is best.
        RelationNamePlaces.Lines noneBelow = new RelationNamePlaces.Lines(List.of(own, across));
        assertThat(RelationNamePlaces.leastCrossed(own, new Point(100, 100), name, 1, 1, onlyThose, noneBelow).at())
                .isEqualTo(leftOfIt);
    }

    @Test
    void theStretchOfALineInsideARectangleIsClippedAtItsEdgesAndTheLongestRunWins() {
        List<Point> line = List.of(new Point(-100, 50), new Point(100, 50), new Point(100, 500), new Point(150, 500),
                new Point(150, 60), new Point(400, 60));
        // Inside [0, 0]–[200, 200]: from x 0 along y 50 and down to y 200 (350 long), then up from y 200 to 60
        // and along to x 200 (190 long).
        List<Point> run = RelationNamePlaces.longestRunInside(line, 0, 0, 200, 200);
        assertThat(run).containsExactly(new Point(0, 50), new Point(100, 50), new Point(100, 200));
        assertThat(RelationNamePlaces.longestRunInside(line, 500, 500, 600, 600)).isEmpty();
        assertThat(RelationNamePlaces.longestRunInside(List.of(new Point(10, 10), new Point(20, 20)), 0, 0, 100, 100))
                .containsExactly(new Point(10, 10), new Point(20, 20));
    }

    @Test
    void aNameTheViewsEdgeWouldCutTakesThePartOfItsLineInsideTheView() {
        DiagramEdge e = line(new Point(-300, 100), new Point(300, 100));
        Bounds view = new javafx.geometry.BoundingBox(0, 0, 400, 200);
        double[] size = {120, 14};
        // The diagram's place, the line's middle, is on the view's left edge: half the name would be off screen.
        RelationNamePlaces.Spot anywhere = RelationNamePlaces.largestFree(e, new Point(0, 100), size, 1, 1,
                (b, own) -> false);
        assertThat(view.contains(RelationNamePlaces.box(anywhere.at(), size, 1))).isFalse();

        RelationNamePlaces.Spot inView = RelationNamePlaces.largestFree(e, new Point(0, 100), size, 1, 1,
                (b, own) -> false, view, false);
        Bounds b = RelationNamePlaces.box(inView.at(), size, 1);
        assertThat(view.contains(b)).as("%s inside the view", b).isTrue();
        assertThat(inView.at().y()).as("on its line").isEqualTo(100);
        // Where there is no room inside the view, none: the caller decides what else to do.
        assertThat(RelationNamePlaces.largestFree(e, new Point(0, 100), size, 1, 1,
                (box, own) -> box.getMinX() >= 0, view, true)).isNull();
    }

    @Test
    void aCutNameSlidesJustInsideTheViewOnlyWhileItsLineStillRunsThroughItAndNothingIsThere() {
        DiagramEdge e = line(new Point(40, 0), new Point(40, 300));
        Bounds view = new javafx.geometry.BoundingBox(0, 0, 400, 300);
        double[] size = {120, 14};
        RelationNamePlaces.Spot cut = new RelationNamePlaces.Spot(new Point(30, 150), 1);

        RelationNamePlaces.Spot slid = RelationNamePlaces.slidInside(e, cut, size, view, (b, own) -> false);
        assertThat(slid.at()).isEqualTo(new Point(60, 150));
        assertThat(RelationNamePlaces.slidInside(e, cut, size, view, (b, own) -> b.getMinX() < 10)).as("crowded")
                .isNull();
        DiagramEdge farLeft = line(new Point(-50, 0), new Point(-50, 300));
        assertThat(RelationNamePlaces.slidInside(farLeft, new RelationNamePlaces.Spot(new Point(-20, 150), 1), size, view,
                (b, own) -> false)).as("its line no longer runs through it").isNull();
        RelationNamePlaces.Spot whole = new RelationNamePlaces.Spot(new Point(200, 150), 1);
        assertThat(RelationNamePlaces.slidInside(e, whole, size, view, (b, own) -> true)).isSameAs(whole);
    }
}
