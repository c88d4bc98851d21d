package org.psoexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** The small dialogs: keyboard help (F1) and about. */
final class Dialogs {

    private static final String[][] KEYS = {
        {"Ctrl+O", "keys.open"}, {"F5", "keys.reload"}, {"Ctrl+E", "keys.export"}, {"Ctrl+Shift+C", "keys.copy"}, {"Ctrl+F", "keys.search"}, {"Ctrl+R", "keys.relate"}, {"Ctrl+0", "keys.fit"},
        {"Ctrl+= / Ctrl+-", "keys.zoom"}, {"Ctrl+L", "keys.edgeLabels"}, {"Ctrl+D", "keys.sidePanel"}, {"F11", "keys.presentation"},
        {"Ctrl+Shift+= / Ctrl+Shift+-", "keys.textSize"}, {"← → ↑ ↓", "keys.arrows"},
        {"Enter", "keys.enter"}, {"Esc", "keys.escape"}, {"Alt+←", "keys.back"}, {"Ctrl+Q", "keys.quit"},
        {"F1", "keys.help"},
    };

    private Dialogs() {
    }

    static void keyboardHelp(Stage owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("key-cap");
            grid.addRow(i, key, new Label(I18n.get(KEYS[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(I18n.get("keys.title"));
        alert.setHeaderText(I18n.get("keys.header"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Stage owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text"), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(I18n.get("about.title"));
        alert.setHeaderText("PSO Explorer");
        alert.show();
    }
}
