package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.diagram.Diagram;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zooming out always reaches the whole drawing, however large, even after a fit that framed only a
 * few concepts (a path, a tour step): the smallest zoom follows the drawing on screen.
 */
@ExtendWith(ApplicationExtension.class)
class MinimumZoomTest {

    private GraphView view;
    private final Diagram grid = GraphViewAtScaleTest.grid();

    @Start
    void start(Stage stage) {
        view = new GraphView();
        stage.setScene(new Scene(new StackPane(view), 1366, 768));
        stage.show();
        view.setDiagram(grid, false);
    }

    @Test
    void zoomingOutAfterFramingTwoConceptsReachesTheWholeDrawing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String first = grid.nodes().get(0).id();
        String second = grid.nodes().get(1).id();
        robot.interact(() -> view.fitTo(List.of(first, second)));
        double whole = Math.min(view.getWidth() / grid.width(), view.getHeight() / grid.height());
        assertThat(view.scale()).as("framed close").isGreaterThan(10 * whole);

        robot.interact(() -> view.zoom(1e-6, view.getWidth() / 2, view.getHeight() / 2));

        assertThat(view.scale()).as("the whole %s-px-wide drawing fits at %s", grid.width(), whole)
                .isLessThanOrEqualTo(whole);
    }
}
