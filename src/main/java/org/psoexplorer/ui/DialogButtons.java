package org.psoexplorer.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * OK, Cancel and Close in the interface's language. JavaFX's own {@link ButtonType#OK} and friends
 * take their text from the JVM's locale, not the one chosen in the menu, so a French interface on
 * an English machine would show English buttons. Made fresh each time: the language can change.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok() {
        return new ButtonType(I18n.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(I18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(I18n.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Whether the button that closed a dialog means "go ahead". */
    public static boolean isOk(ButtonType pressed) {
        return pressed != null && pressed.getButtonData() == ButtonData.OK_DONE;
    }
}
