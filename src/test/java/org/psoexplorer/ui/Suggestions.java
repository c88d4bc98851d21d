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
        // ControlsFX fetches on a background thread and drops a fetch overtaken by the next key; on a
        // loaded machine the last one can be lost. Typing the last letter again asks once more.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> shown(field).isPresent()
                        && !shown(field).get().getItems().isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
                return shown(field).orElseThrow();
            } catch (java.util.concurrent.TimeoutException e) {
                robot.type(javafx.scene.input.KeyCode.BACK_SPACE).write(typed.substring(typed.length() - 1));
            }
        }
        throw new AssertionError("no suggestions for " + typed);
    }

    /** The popup of this field: an earlier test's window may leave its own behind. */
    private static Optional<ListView<?>> shown(javafx.scene.Node field) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof javafx.stage.PopupWindow p && p.getOwnerWindow() == field.getScene().getWindow())
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup > .list-view"))
                .filter(Objects::nonNull).<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }
}
