package org.psoexplorer.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.I18n;

/**
 * The keyboard help (F1), written from {@link Shortcut}: every key the window binds, each with its
 * whole description. The window's keys on the left, the graph's and the tour's on the right, so the
 * list fits a 720-pixel projector without scrolling.
 */
public final class KeyboardHelp {

    private KeyboardHelp() {
    }

    /** The dialog, not yet shown. */
    public static Alert dialog(Window owner) {
        HBox columns = new HBox(32, section(Shortcut.Group.WINDOW),
                new VBox(18, section(Shortcut.Group.GRAPH), section(Shortcut.Group.TOUR), section(Shortcut.Group.EDIT)));
        columns.setId("keyboard-help");
        Alert alert = new Alert(Alert.AlertType.NONE, "", DialogButtons.close());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.get("keys.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(columns);
        alert.getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(
                KeyboardHelp.class.getResource("/org/psoexplorer/ui/explorer.css")).toExternalForm());
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        return alert;
    }

    private static VBox section(Shortcut.Group group) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut s : Shortcut.in(group)) {
            Label keys = new Label(s.keysText());
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(s.description());
            what.getStyleClass().add("key-description");
            // Whole sentences: the dialog grows to them rather than cutting them with "…".
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, what);
        }
        Label title = new Label(I18n.get("keys.group." + group.name().toLowerCase(java.util.Locale.ROOT)));
        title.getStyleClass().add("keys-group");
        return new VBox(6, title, grid);
    }
}
