package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip is made when the pointer first comes over its control, and then shows as any tooltip does. */
@ExtendWith(ApplicationExtension.class)
class TipsTest {

    private Button fit;

    @Start
    void start(Stage stage) {
        fit = new Button("[ ]");
        Tips.on(fit, "Fit the graph to the window");
        Button other = new Button("other");
        stage.setScene(new Scene(new HBox(40, other, fit), 400, 120));
        stage.show();
    }

    @Test
    void noTooltipIsMadeUntilThePointerComesOverItsControlThenItShows(FxRobot robot) throws Exception {
        assertThat(fit.getTooltip()).isNull();
        assertThat(fit.getAccessibleHelp()).as("what a screen reader says, at once").isEqualTo("Fit the graph to the window");

        robot.moveTo("other");
        robot.moveTo(fit);
        robot.moveBy(2, 1);

        assertThat(fit.getTooltip()).isNotNull();
        assertThat(fit.getTooltip().getText()).isEqualTo("Fit the graph to the window");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fit.getTooltip().isShowing());

        // And it goes as any tooltip does (a tooltip left showing would take the next test's first click).
        robot.moveTo("other");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !fit.getTooltip().isShowing());
    }
}
