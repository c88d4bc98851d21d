package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare tab gives each concept room to be read, not a 150-pixel column. */
@ExtendWith(ApplicationExtension.class)
class CompareTabTest {

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1366, 768);
        window = fixture.window();
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        fixture.closeDialogs(robot);
    }

    /**
     * The tab before any question said only "Relate two concepts to compare them", and the reader
     * had to find Relate… in the toolbar: the tab offers it, from the concept selected.
     */
    @Test
    void theEmptyTabOffersRelateFromTheConceptSelected(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fixture.vm().select("peacekeeping");
            ((TabPane) window.lookup(".side-tabs")).getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button ask = robot.lookup("#compare-relate").queryButton();
        assertThat(ask.getText()).isEqualTo("Relate…");
        assertThat(ScreenText.whole(ask)).as("the button's words whole").isTrue();

        robot.clickOn(ask);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        java.util.List<javafx.scene.control.TextField> fields = robot.lookup(".dialog-pane .text-field")
                .queryAllAs(javafx.scene.control.TextField.class).stream()
                .sorted(java.util.Comparator.comparingDouble(f -> f.localToScene(0, 0).getY())).toList();
        assertThat(fields.get(0).getText()).as("From").isEqualTo("Peacekeeping");
    }

    @Test
    void inTheSidePanelEachConceptTakesTheWholeWidth(FxRobot robot) {
        robot.interact(() -> {
            window.relate().relate("peacekeeping", "peacebuilding");
            TabPane side = (TabPane) window.lookup(".side-tabs");
            side.getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node tabs = window.lookup(".side-tabs");
        double panel = tabs.getBoundsInLocal().getWidth();
        assertThat(robot.lookup(".compare-definition").queryAll()).hasSize(2).allSatisfy(d ->
                assertThat(((Node) d).getBoundsInLocal().getWidth()).as("definition column").isGreaterThan(panel * 0.7));
    }
}
