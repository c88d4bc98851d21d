package org.psoexplorer.ui;

import java.io.UncheckedIOException;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.psoexplorer.io.WriteException;

/**
 * Tells the user that an export or a shared file was not written, and why, wholly in the
 * interface's language: an Alert's own title ("Error") and buttons follow the JVM's locale, so a
 * French window on an English machine showed an English title bar; and the reason, which the core
 * gives in the command line's English, is said from its kind ({@link WriteException.Why}).
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
    }

    private static boolean named(Throwable failure) {
        return unwrapped(failure) instanceof WriteException;
    }

    /** Why a file was not written, in the interface's language where the core named the kind; never "null". */
    public static String reason(Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof WriteException w) {
            return I18n.get("write." + w.why().name(), w.arguments().toArray());
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** The message for {@code failure} (an I/O error's cause is what the user can act on), not yet shown. */
    public static Alert alert(Window owner, Throwable failure) {
        // A reason the core named is a whole sentence naming the file; another is the system's few words.
        String text = named(failure) ? reason(failure) : I18n.get("export.failed", reason(failure));
        Alert alert = new Alert(Alert.AlertType.ERROR, text, DialogButtons.close());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.get("export.failedHeader"));
        alert.setHeaderText(I18n.get("export.failedHeader"));
        return alert;
    }
}
