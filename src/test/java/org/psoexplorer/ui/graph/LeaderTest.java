package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A name set apart from its concept's box is joined to it by the shortest line between the two; a
 * name on its box or just beside it is not. The overview's picture draws the same leaders as the
 * concepts' nodes.
 */
@ExtendWith(ApplicationExtension.class)
class LeaderTest {

    @Start
    void start(Stage stage) {
        // The toolkit, for the overview's image.
    }

    @Test
    void aNameAboveItsBoxIsJoinedStraightDownFromEdgeToEdge() {
        // A box 12×4 at (100, 100); a name 60×16 whose bottom edge is 40 above the box's top.
        double[] line = Leader.between(100, 100, 6, 2, 110, 50, 30, 8, Leader.FROM_PX);
        assertThat(line).containsExactly(100, 98, 100, 58);
    }

    @Test
    void aNameBesideACornerIsJoinedCornerToCorner() {
        double[] line = Leader.between(0, 0, 5, 5, 40, 30, 10, 5, Leader.FROM_PX);
        assertThat(line).containsExactly(5, 5, 30, 25);
    }

    @Test
    void aNameOnItsBoxOrJustBesideItHasNoLeader() {
        assertThat(Leader.between(0, 0, 5, 5, 0, 0, 30, 8, Leader.FROM_PX)).as("on it").isNull();
        assertThat(Leader.between(0, 0, 5, 5, 0, 15, 30, 8, Leader.FROM_PX)).as("2 px under it").isNull();
        assertThat(Leader.between(0, 0, 5, 5, 0, 18, 30, 8, Leader.FROM_PX)).as("5 px under it").isNotNull();
    }

    @Test
    void theOverviewDrawsTheLeaderUnderTheNameInTheConceptsColour(FxRobot robot) {
        robot.interact(() -> {
            PixelCanvas g = new PixelCanvas();
            g.resize(200, 200);
            OverviewPainter.Name apart = name("apart", 50, 40, 50, 100);
            OverviewPainter.Name beside = name("beside", 150, 100, 150, 111);
            new OverviewPainter().paintNames(g, List.of(apart, beside), OverviewPainter.Theme.LIGHT, 0.22,
                    "DejaVu Sans", 12);
            // Between the box's top (99) and the name's bottom (48): dotted, in the concept's outline colour.
            int painted = 0;
            int blank = 0;
            for (int y = 52; y <= 95; y++) {
                javafx.scene.paint.Color c = g.pixel(50, y);
                if (c.getOpacity() > 0.3) {
                    painted++;
                    assertThat(c.getRed()).as("the concept's outline colour, #336699, at y %s", y).isLessThan(0.4);
                } else if (c.getOpacity() == 0) {
                    blank++;
                }
            }
            assertThat(painted).as("dots along the leader").isGreaterThanOrEqualTo(6);
            assertThat(blank).as("gaps between the dots").isGreaterThanOrEqualTo(6);
            assertThat(g.pixel(60, 74).getOpacity()).as("beside the leader").isZero();
            assertThat(g.pixel(150, 109).getOpacity()).as("no leader to a name just beside its box").isZero();
        });
    }

    private static OverviewPainter.Name name(String id, double x, double y, double boxX, double boxY) {
        return new OverviewPainter.Name(id, List.of(id), x, y, 60, 16, 1, "#ddeeff", "#336699", "#000000", false,
                false, boxX, boxY, 4, 1);
    }
}
