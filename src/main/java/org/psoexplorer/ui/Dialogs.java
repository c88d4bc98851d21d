package org.psoexplorer.ui;

import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The small dialogs: keyboard help (F1) and about. */
final class Dialogs {

    private Dialogs() {
    }

    static void keyboardHelp(Stage owner) {
        org.psoexplorer.ui.main.KeyboardHelp.dialog(owner).show();
    }

    static void about(Stage owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text"), DialogButtons.close());
        alert.initOwner(owner);
        alert.setTitle(I18n.get("about.title"));
        alert.setHeaderText("PSO Explorer");
        alert.show();
    }
}
