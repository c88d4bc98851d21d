package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.AfterFirstFrame;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window puts off to shorten its first frame (the opening taxonomy, the tour card, the
 * details) runs once the window has laid out a frame, never before it is shown, and never left undone.
 */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void workAskedBeforeTheWindowIsShownRunsAfterItsFirstFrame() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        Label late = new Label("late");
        WaitForAsyncUtils.asyncFx(() -> {
            AfterFirstFrame.run(late, () -> events.add("work"));
            StackPane root = new StackPane(late);
            Scene scene = new Scene(root, 200, 100);
            scene.addPostLayoutPulseListener(() -> events.add("frame"));
            events.add("built");
            stage.setScene(scene);
            stage.show();
            events.add("shown");
        }).get(10, TimeUnit.SECONDS);
        waitFor(() -> events.contains("work"));

        assertThat(events.subList(0, 2)).containsExactly("built", "shown");
        assertThat(events.indexOf("work")).isGreaterThan(events.indexOf("frame"));
        assertThat(events).filteredOn("work"::equals).hasSize(1);
    }

    @Test
    void onAWindowAlreadyShowingWorkWaitsForTheNextFrame() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        StackPane root = new StackPane();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            root.getScene().addPostLayoutPulseListener(() -> events.add("frame"));
            AfterFirstFrame.run(root, () -> events.add("work"));
            events.add("asked");
        }).get(10, TimeUnit.SECONDS);
        waitFor(() -> events.contains("work"));

        assertThat(events.get(0)).isEqualTo("asked");
        assertThat(events.indexOf("work")).isGreaterThan(events.indexOf("frame"));
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done::getAsBoolean);
    }
}
