package org.psoexplorer.ui.edit;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.I18n;

/**
 * The questions editing asks before something is lost or broken: unsaved edits before closing or
 * opening another file, a file changed on disk under unsaved edits, a deletion others depend on,
 * saving a file with errors. Every answer is a button naming what it does, in the interface's language.
 */
public final class Ask {

    /** What to do with unsaved edits. */
    public enum Unsaved { SAVE, DISCARD, CANCEL }

    /** What to do when the file changed on disk while the window holds unsaved edits. */
    public enum Changed { RELOAD, KEEP_MINE }

    private Ask() {
    }

    public static Unsaved unsavedEdits(Window owner, String fileName) {
        ButtonType save = new ButtonType(I18n.get("edit.ask.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.get("edit.ask.discard"), ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel();
        Optional<ButtonType> answer = alert(owner, Alert.AlertType.WARNING, I18n.get("edit.ask.unsavedTitle"),
                I18n.get("edit.ask.unsaved", fileName), save, discard, cancel).showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Unsaved.CANCEL;
        }
        return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    public static Changed changedOnDisk(Window owner, String fileName) {
        ButtonType reload = new ButtonType(I18n.get("edit.ask.reload"), ButtonData.NO);
        ButtonType keep = new ButtonType(I18n.get("edit.ask.keepMine"), ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = alert(owner, Alert.AlertType.WARNING, I18n.get("edit.ask.changedTitle"),
                I18n.get("edit.ask.changed", fileName), reload, keep).showAndWait();
        return answer.isPresent() && answer.get() == reload ? Changed.RELOAD : Changed.KEEP_MINE;
    }

    /** Whether to go ahead with something that cannot be taken back lightly; the question names what. */
    public static boolean confirm(Window owner, String title, String text, String goAhead) {
        ButtonType yes = new ButtonType(goAhead, ButtonData.OK_DONE);
        Optional<ButtonType> answer = alert(owner, Alert.AlertType.CONFIRMATION, title, text, yes,
                DialogButtons.cancel()).showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    static Alert alert(Window owner, Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStyleClass().add("edit-question");
        alert.getDialogPane().getStylesheets().add(Objects.requireNonNull(
                Ask.class.getResource("/org/psoexplorer/ui/explorer.css")).toExternalForm());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }
}
