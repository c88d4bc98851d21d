package org.psoexplorer.ui;

import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The opening view holds together at the sizes a window really has, not only at the two the
 * lecturer sessions test: the app opens at 94 % of the screen (1,285 × 690 of graph window on a
 * 1366 × 768 laptop), and users resize. Spreading for legible labels is sensitive to the graph
 * area's exact size, so a core concept (umbrella, operation types, principles, practices) could
 * lose its name at one size and not at the next; it must be named at every one.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewAtManySizesTest {

    private static final Set<String> CORE_KINDS = Set.of("umbrella", "operation", "principle", "practice");

    private WindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = WindowFixture.show(stage, 1285, 690);
    }

    @Test
    void everyCoreConceptIsNamedLegiblyAndNothingIsCoveredAtEachSize(FxRobot robot) {
        List<String> core = fixture.vm().getTaxonomy().concepts().stream()
                .filter(c -> CORE_KINDS.contains(c.kind())).map(c -> c.id()).toList();
        for (int[] size : new int[][] {{1285, 690}, {1366, 768}, {1280, 720}, {1200, 660}, {1440, 860},
                {1330, 740}}) {
            robot.interact(() -> {
                stage.getScene().getWindow().setWidth(size[0]);
                stage.getScene().getWindow().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> fixture.window().graphView().finishAnimations());
            WaitForAsyncUtils.waitForFxEvents();
            ScreenAssertions.on(fixture.window(), size[0] + "×" + size[1] + ", opening view")
                    .fitted(0.8).uncovered().labelsLegible(11).labelled(core);
        }
    }
}
