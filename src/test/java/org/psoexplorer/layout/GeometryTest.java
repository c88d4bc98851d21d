package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeometryTest {

    /**
     * The coordinate form answers exactly as the clipping written with arrays did (the label placer
     * and the router depend on it to the last case): on random segments, on segments along a box's
     * sides and through its corners, on points, and on empty boxes.
     */
    @Test
    void aPointsDistanceToALineIsToItsNearestSegmentOrEnd() {
        List<Point> bent = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100));
        assertThat(Geometry.distanceToPolyline(bent, 50, 20)).isEqualTo(20);
        assertThat(Geometry.distanceToPolyline(bent, 130, 50)).isEqualTo(30);
        // Beyond an end: to the end itself.
        assertThat(Geometry.distanceToPolyline(bent, -30, -40)).isEqualTo(50);
        assertThat(Geometry.distanceToPolyline(List.of(new Point(3, 4)), 0, 0)).isEqualTo(5);
        assertThat(Geometry.distanceToSegment(new Point(1, 1), new Point(1, 1), 4, 5)).isEqualTo(5);
        assertThat(Geometry.polylineEntersBox(bent, 90, 40, 110, 60)).isTrue();
        assertThat(Geometry.polylineEntersBox(bent, 20, 10, 80, 30)).isFalse();
    }

    @Test
    void theCoordinateFormAgreesWithTheClippingItReplaced() {
        Random rng = new Random(11);
        double[] grid = {-1, 0, 2.5, 4, 6, 7.5, 10};
        int cases = 0;
        int inside = 0;
        for (int n = 0; n < 200_000; n++) {
            boolean snapped = n % 2 == 0;
            double ax = snapped ? grid[rng.nextInt(grid.length)] : rng.nextDouble() * 12 - 1;
            double ay = snapped ? grid[rng.nextInt(grid.length)] : rng.nextDouble() * 12 - 1;
            double bx = n % 5 == 0 ? ax : snapped ? grid[rng.nextInt(grid.length)] : rng.nextDouble() * 12 - 1;
            double by = n % 7 == 0 ? ay : snapped ? grid[rng.nextInt(grid.length)] : rng.nextDouble() * 12 - 1;
            double minX = n % 101 == 0 ? 6 : 0;
            boolean expected = reference(ax, ay, bx, by, minX, 2.5, 6, 7.5);
            assertThat(Geometry.segmentEntersBox(ax, ay, bx, by, minX, 2.5, 6, 7.5))
                    .as("(%s, %s)–(%s, %s)", ax, ay, bx, by).isEqualTo(expected);
            assertThat(Geometry.segmentEntersBox(new Point(ax, ay), new Point(bx, by), minX, 2.5, 6, 7.5))
                    .isEqualTo(expected);
            cases++;
            inside += expected ? 1 : 0;
        }
        // Both answers come up often, or the comparison says little.
        assertThat(inside).isBetween(cases / 10, cases * 9 / 10);
    }

    @Test
    void aSegmentAlongASideOrTouchingACornerDoesNotEnter() {
        assertThat(Geometry.segmentEntersBox(0, 0, 10, 0, 0, 0, 4, 4)).isFalse();
        assertThat(Geometry.segmentEntersBox(-2, 2, 2, -2, 0, 0, 4, 4)).isFalse();
        assertThat(Geometry.segmentEntersBox(-2, 2, 6, 2, 0, 0, 4, 4)).isTrue();
        assertThat(Geometry.segmentEntersBox(5, 2, 5, 2, 0, 0, 4, 4)).isFalse();
    }

    /** Liang–Barsky as {@link Geometry} wrote it before, with arrays. */
    private static boolean reference(double ax, double ay, double bx, double by,
                                     double minX, double minY, double maxX, double maxY) {
        if (minX >= maxX || minY >= maxY) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - minX, maxX - ax, ay - minY, maxY - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    @Test
    void clippingToABoxGivesThePartOfTheSegmentInsideItEdgesIncluded() {
        assertThat(Geometry.clipToBox(-10, 5, 30, 5, 0, 0, 20, 10)).containsExactly(0.25, 0.75);
        assertThat(Geometry.clipToBox(5, 5, 15, 5, 0, 0, 20, 10)).containsExactly(0.0, 1.0);
        assertThat(Geometry.clipToBox(0, 0, 0, 10, 0, 0, 20, 10)).as("along an edge").containsExactly(0.0, 1.0);
        assertThat(Geometry.clipToBox(-5, 20, 30, 20, 0, 0, 20, 10)).as("parallel, outside").isNull();
        assertThat(Geometry.clipToBox(-10, 30, 30, -10, 0, 0, 5, 5)).as("passing by the corner").isNull();
    }

    @Test
    void aBoxsGapToAPolylineIsMeasuredToTheSegmentsNotToTheirExtensions() {
        List<Point> line = List.of(new Point(0, 0), new Point(40, -20));
        assertThat(Geometry.gapToPolyline(line, 10, -20, 30, 0)).as("crossed").isZero();
        // Beside the slanted segment's far end: 4 px off it.
        assertThat(Geometry.gapToPolyline(line, 44, -20, 80, -10)).isCloseTo(4, within(1e-9));
        // Beside the line's extension past its start, as a wide label pushed out along the normal
        // lands: close to the infinite line, far from the segment.
        double offExtension = Geometry.gapToPolyline(line, -100, 32, -60, 42);
        assertThat(offExtension).isCloseTo(Math.hypot(60, 32), within(1e-9));
        assertThat(Geometry.distanceToPolyline(List.of(new Point(-200, 100), new Point(200, -100)), -60, 32))
                .as("the same corner is near the infinite line").isLessThan(2);
        assertThat(Geometry.gapToPolyline(List.of(new Point(5, 5)), 0, 0, 2, 2)).as("a one-point line")
                .isCloseTo(Math.hypot(3, 3), within(1e-9));
    }
}
