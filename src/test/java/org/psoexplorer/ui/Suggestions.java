package org.psoexplorer.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Types into the toolbar's search and waits for its suggestion list, which comes from a background thread. */
final class Suggestions {

    private Suggestions() {
    }

    static ListView<?> after(FxRobot robot, String typed) {
        robot.clickOn("#search").write(typed);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown().isPresent()
                    && !shown().get().getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no suggestions for " + typed, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return shown().orElseThrow();
    }

    private static Optional<ListView<?>> shown() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup > .list-view"))
                .filter(Objects::nonNull).<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }
}
