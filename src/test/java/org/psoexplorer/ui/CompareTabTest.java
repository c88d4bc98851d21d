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

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1366, 768).window();
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
