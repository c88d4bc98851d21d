package org.psoexplorer.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Types into a concept field (the toolbar's search by default) and waits for its suggestion list, which comes from a background thread. */
final class Suggestions {

    private Suggestions() {
    }

    static ListView<?> after(FxRobot robot, String typed) {
        return after(robot, robot.lookup("#search").query(), typed);
    }

    /** Types into this field and waits for its suggestion list. */
    static ListView<?> after(FxRobot robot, javafx.scene.Node field, String typed) {
        // An earlier test's window (same stage, other scene) may have left its popup open: close them all.
        robot.interact(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(Window::hide));
        robot.clickOn(field).write(typed);
        // The list comes from a fetch off the FX thread: seconds on a loaded machine. The latest key's
        // fetch is never lost (SearchFieldTest), so no key is typed twice here.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(field).isPresent()
                    && !shown(field).get().getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no suggestions for " + typed, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return shown(field).orElseThrow();
    }

    /** The popup of this field: an earlier test's window may leave its own behind. */
    private static Optional<ListView<?>> shown(javafx.scene.Node field) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof javafx.stage.PopupWindow p && p.getOwnerWindow() == field.getScene().getWindow())
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup > .list-view"))
                .filter(Objects::nonNull).<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }
}
