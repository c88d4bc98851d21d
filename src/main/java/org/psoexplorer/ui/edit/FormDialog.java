package org.psoexplorer.ui.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.WindowDisplay;

/**
 * A dialog holding an edit form: its OK button (named for what it does, "Add concept") only closes
 * the dialog when the form accepts what was typed; otherwise the form has said why beside the field.
 */
final class FormDialog<T> extends Dialog<T> {

    /** What a dialog needs around its form at the desk's text size: title bar, padding, buttons. */
    private static final double AROUND_FORM_PX = 208;

    /**
     * @param build what the form holds, or null after showing beside its fields what is missing
     */
    FormDialog(Window owner, String title, String okText, Node form, Supplier<T> build) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(null);
        setResizable(true);
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edit-dialog-scroll");
        getDialogPane().setContent(scroll);
        getDialogPane().getStyleClass().add("edit-dialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                FormDialog.class.getResource("/org/psoexplorer/ui/explorer.css")).toExternalForm());
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Object[] built = new Object[1];
        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("form-ok");
        fitForm(scroll, form, owner, okButton.getFont().getSize());
        // The window's text size reaches the dialog as it is styled, before it is sized (see WindowDisplay).
        okButton.fontProperty().addListener((o, was, font) -> fitForm(scroll, form, owner, font.getSize()));
        // Styled, a long form grows after the dialog was centred for its first size, and kept that top:
        // a new source's form ran 250 px off the bottom of a 1280 x 720 screen, its buttons with it.
        Window dialogWindow = getDialogPane().getScene().getWindow();
        dialogWindow.heightProperty().addListener((o, was, h) -> keepOver(dialogWindow, owner));
        dialogWindow.yProperty().addListener((o, was, y) -> keepOver(dialogWindow, owner));
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            built[0] = build.get();
            if (built[0] == null) {
                e.consume();
            }
        });
        @SuppressWarnings("unchecked")
        javafx.util.Callback<ButtonType, T> converter = b -> b == ok ? (T) built[0] : null;
        setResultConverter(converter);
    }

    /**
     * Moves the dialog up (or down) to lie over its window, when it is no taller, else on the
     * window's screen: the whole of it, buttons included, where the user is looking.
     */
    private static void keepOver(Window dialog, Window owner) {
        double h = dialog.getHeight();
        if (Double.isNaN(h) || Double.isNaN(dialog.getY())) {
            return;
        }
        javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                        owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())).getVisualBounds();
        double top = screen.getMinY();
        double bottom = screen.getMaxY();
        if (owner != null && h <= owner.getHeight()) {
            top = Math.max(top, owner.getY());
            bottom = Math.min(bottom, owner.getY() + owner.getHeight());
        }
        double y = Math.max(top, Math.min(dialog.getY(), bottom - h));
        if (y != dialog.getY()) {
            dialog.setY(y);
        }
    }

    Optional<T> ask() {
        return showAndWait();
    }

    /**
     * A laptop's 768 pixels hold the whole dialog, its buttons included, and a long form scrolls
     * inside; so does a 720-pixel projector's at 1.4× the text, where the title, padding and buttons
     * around the form take 1.4× their room too.
     */
    private static void fitForm(ScrollPane scroll, Node form, Window owner, double fontPx) {
        double grown = fontPx / WindowDisplay.BASE_FONT;
        double room = owner != null && owner.getHeight() > 0 ? owner.getHeight() : 768;
        double most = Math.max(160, Math.min(560, room - AROUND_FORM_PX * grown));
        double width = 480 * Math.max(1, grown);
        // Styled first where it can be: unstyled, a form reckons its height without its fields' skins and
        // text sizes (the new concept's three fields came to 120 px of 185, the third a scroll away).
        form.applyCss();
        scroll.setMaxHeight(most);
        scroll.setPrefViewportHeight(Math.min(most - 40, Math.max(120, form.prefHeight(width))));
        scroll.setPrefViewportWidth(width);
    }
}
