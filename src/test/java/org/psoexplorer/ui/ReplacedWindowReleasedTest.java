package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch builds a new window on the same explorer; the window it replaces must let go of
 * the explorer's models, or each switch keeps a whole scene in memory (11 MB with the built-in
 * taxonomy, 24 MB at 5,000 concepts) and the explorer keeps feeding it every change.
 */
@ExtendWith(ApplicationExtension.class)
class ReplacedWindowReleasedTest {

    private WindowFixture fixture;
    private Stage own;

    /**
     * On a stage of the test's own: TestFX keeps every event fired on the stage it gives (for its
     * failure reports), and each event names its source, a node of the window that would be replaced.
     */
    @Start
    void start(Stage given) {
        own = new Stage();
        fixture = WindowFixture.show(own, 1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::hide);
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void windowsReplacedByLanguageSwitchesAreCollected(FxRobot robot) {
        List<WeakReference<MainWindow>> replaced = new ArrayList<>();
        for (Locale next : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.FRENCH)) {
            // Each window is used as a lecturer would before the switch, so every part has listened to something.
            robot.interact(() -> {
                fixture.vm().selectedProperty().set("peacekeeping");
                MainWindow window = fixture.window();
                window.setTimelineShown(true);
                window.setTimelineShown(false);
                TabPane side = (TabPane) window.lookup(".side-tabs");
                side.getTabs().forEach(side.getSelectionModel()::select);
                side.getSelectionModel().select(0);
                window.editing().edits().editModeProperty().set(true);
                window.editing().edits().editModeProperty().set(false);
                replaced.add(new WeakReference<>(fixture.window()));
                fixture.display().uiLocaleProperty().set(DisplayModel.supported(next));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> fixture.vm().selectedProperty().set("peacebuilding"));
        robot.moveTo(fixture.window().lookup(".side-tabs")).moveBy(20, 20);
        WaitForAsyncUtils.waitForFxEvents();

        collectUntilCleared(replaced);

        List<Integer> kept = java.util.stream.IntStream.range(0, replaced.size())
                .filter(i -> replaced.get(i).get() != null).boxed().toList();
        assertThat(kept).as("the windows replaced by the 1st, 2nd and 3rd switch (0, 1, 2) still reachable").isEmpty();
        // The window on screen is the one the explorer drives now: it shows the concept chosen last.
        assertThat(((Label) fixture.window().lookup("#details-title")).getText())
                .isIn("Peacebuilding", "Consolidation de la paix");
    }

    private static void collectUntilCleared(List<WeakReference<MainWindow>> refs) {
        for (int i = 0; i < 40 && refs.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
