package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.model.Tour;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a short window (a projector's 720 lines less the taskbar, in presentation) a long caption
 * scrolls inside its card; its lines must then wrap before the scroll bar, not run under it.
 */
@ExtendWith(ApplicationExtension.class)
class TourCaptionScrollTest {

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1280, 520);
    }

    @Test
    void aScrollingCaptionWrapsBeforeItsScrollBar(FxRobot robot) {
        MainWindow window = fixture.window();
        Tour tour = fixture.vm().getTaxonomy().tours().get(0);
        robot.interact(() -> fixture.display().presentationProperty().set(true));
        robot.interact(() -> window.startTour(tour));
        int scrolled = 0;
        for (int i = 0; i < tour.steps().size(); i++) {
            int step = i;
            robot.interact(() -> window.tours().go(step));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane text = robot.lookup("#tour-caption-scroll").queryAs(ScrollPane.class);
            Label caption = robot.lookup("#tour-caption").queryAs(Label.class);
            ScrollBar bar = (ScrollBar) text.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL)
                    .findFirst().orElseThrow();
            if (!bar.isVisible()) {
                continue;
            }
            scrolled++;
            Node lines = caption.lookup(".text");
            double right = lines.localToScene(lines.getBoundsInLocal()).getMaxX();
            double barLeft = bar.localToScene(bar.getBoundsInLocal()).getMinX();
            assertThat(right).as("step %d: the caption's lines end before the scroll bar", step + 1)
                    .isLessThanOrEqualTo(barLeft);
        }
        assertThat(scrolled).as("steps whose caption scrolls on a short window").isPositive();
    }
}
