package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large taxonomy's view gives concepts coming into view their scene nodes in a frame's layout
 * pass, after that frame's CSS pass. No frame may show them before they are styled: that frame
 * would draw them with JavaFX's default look and the next would restyle and draw them all again, a
 * second heavy frame, and a flash of thin outlines. Checked on every frame as it is handed to the
 * renderer (after the layout pass), at the end of a pan and after a change of view made by code.
 */
@ExtendWith(ApplicationExtension.class)
class StyledWhenShownTest {

    /** The outline explorer.css gives a concept neither pointed at nor selected; JavaFX's own is 1. */
    private static final double STYLED_OUTLINE = 1.2;
    private static final javafx.util.Duration PAUSE = javafx.util.Duration.seconds(1);

    private GraphView view;
    private final Set<String> before = new HashSet<>();
    private final Set<String> checked = new HashSet<>();
    private final List<String> unstyled = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new GraphView();
        Scene scene = new Scene(new StackPane(view), 1366, 768);
        scene.getStylesheets().add(GraphView.class.getResource("/org/psoexplorer/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.setMinLabelPx(14);
        view.setGesturePause(PAUSE);
        view.setDiagram(GraphViewAtScaleTest.grid(), false);
    }

    @BeforeEach
    void zoomedInOnOneCorner(FxRobot robot) {
        robot.interact(() -> {
            view.zoom(1 / view.scale(), 0, 0);
            view.centreOn(GraphViewAtScaleTest.id(60, 12));
            view.finishAnimations();
        });
        view.lookupAll(".concept").forEach(n -> before.add(Drawn.conceptOf(n)));
    }

    @Test
    void conceptsAPanBringsIntoViewAreStyledInEveryFrameThatShowsThem(FxRobot robot) {
        watchFrames(robot, () -> {
            Point2D from = view.localToScreen(view.getWidth() - 100, view.getHeight() / 2 + 45);
            robot.moveTo(from).press(MouseButton.MIDDLE);
            for (int step = 1; step <= 20; step++) {
                robot.moveTo(from.add(-30 * step, 0));
            }
            robot.release(MouseButton.MIDDLE);
            WaitForAsyncUtils.sleep((long) PAUSE.toMillis() + 600, TimeUnit.MILLISECONDS);
        });

        assertThat(view.lookup(".pan-glass").isVisible()).as("the picture gone after the pause").isFalse();
        assertThat(checked).as("concepts the pan brought into view, seen on screen").hasSizeGreaterThan(20);
        assertThat(unstyled).as("frames showing a concept before its style").isEmpty();
    }

    @Test
    void conceptsAChangeOfViewByCodeBringsIntoViewAreStyledInTheFirstFrameThatShowsThem(FxRobot robot) {
        // A search or a tour step centring a concept far away: no gesture, no picture to keep up.
        watchFrames(robot, () -> {
            robot.interact(() -> view.centreOn(GraphViewAtScaleTest.id(5, 2)));
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        });

        assertThat(checked).as("concepts the new view shows, seen on screen").hasSizeGreaterThan(20);
        assertThat(unstyled).as("frames showing a concept before its style").isEmpty();
    }

    /** Checks every frame drawn while {@code act} runs for concepts not on screen before, drawn unstyled. */
    private void watchFrames(FxRobot robot, Runnable act) {
        Runnable frame = () -> {
            if (view.lookup(".pan-glass").isVisible()) {
                return;
            }
            for (Node concept : view.lookupAll(".concept")) {
                String id = Drawn.conceptOf(concept);
                if (before.contains(id) || !concept.isVisible()) {
                    continue;
                }
                checked.add(id);
                double outline = ((Shape) concept.lookup(".concept-shape")).getStrokeWidth();
                if (outline != STYLED_OUTLINE) {
                    unstyled.add(id + " drawn with a " + outline + "-px outline");
                }
            }
        };
        robot.interact(() -> view.getScene().addPostLayoutPulseListener(frame));
        act.run();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.getScene().removePostLayoutPulseListener(frame));
    }
}
