package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pan of the built-in taxonomy (every concept has its scene nodes) moves a picture of the view,
 * and once the drag pauses the scene nodes are back: the concepts can be pointed at and clicked.
 */
@ExtendWith(ApplicationExtension.class)
class PanTheBuiltInTaxonomyTest {

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1280, 720);
    }

    @Test
    void afterADragPausesTheGraphIsLiveAgain(FxRobot robot) {
        var graph = fixture.window().graphView();
        robot.interact(graph::finishAnimations);
        Point2D before = graph.screenPosition("peacekeeping");
        int pictures = graph.picturesTaken();
        // The middle button pans wherever it is pressed on the graph (clear of the legend, bottom left).
        Point2D from = graph.localToScreen(graph.getWidth() * 0.75, graph.getHeight() * 0.5);
        robot.moveTo(from).press(MouseButton.MIDDLE);
        for (int step = 1; step <= 10; step++) {
            robot.moveTo(from.add(-8 * step, -5 * step));
        }
        robot.release(MouseButton.MIDDLE);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(graph.picturesTaken()).as("pictures of the view taken by the drag").isGreaterThan(pictures);
        assertThat(graph.screenPosition("peacekeeping").distance(before)).as("panned by").isGreaterThan(40);
        assertThat(graph.lookup(".pan-glass").isVisible()).as("the picture after the pause").isFalse();
        ScreenAssertions.on(fixture.window(), "after a pan").uncovered();
    }
}
