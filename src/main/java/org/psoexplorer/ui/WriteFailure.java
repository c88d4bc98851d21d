package org.psoexplorer.ui;

import java.io.UncheckedIOException;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Tells the user that an export or a shared file was not written, and why, wholly in the
 * interface's language: an Alert's own title ("Error") and buttons follow the JVM's locale, so a
 * French window on an English machine showed an English title bar.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /** The message for {@code failure} (an I/O error's cause is what the user can act on), not yet shown. */
    public static Alert alert(Window owner, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        Alert alert = new Alert(Alert.AlertType.ERROR, I18n.get("export.failed", why), DialogButtons.close());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.get("export.failedHeader"));
        alert.setHeaderText(I18n.get("export.failedHeader"));
        return alert;
    }
}
