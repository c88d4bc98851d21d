package org.psoexplorer.ui.edit;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.psoexplorer.io.Problem;
import org.psoexplorer.ui.I18n;

/**
 * One field of an edit form: its caption, the control, and under it what is wrong with it, in the
 * validator's words, so the user reads the problem where they type the fix.
 */
final class Field extends VBox {

    private final Label problem = new Label();

    Field(String caption, Node control, String id) {
        super(3);
        getStyleClass().add("edit-field");
        Label title = new Label(caption);
        title.getStyleClass().add("edit-field-caption");
        title.setLabelFor(control);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("edit-field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        if (id != null) {
            control.setId(id);
            problem.setId(id + "-problem");
        }
        if (control instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
            VBox.setVgrow(r, Priority.NEVER);
        }
        getChildren().addAll(title, control);
        showProblems(List.of());
    }

    /** Shows these problems under the field, or hides the line when there are none. */
    void showProblems(List<String> messages) {
        problem.setText(String.join("\n", messages));
        boolean any = !messages.isEmpty();
        problem.setVisible(any);
        problem.setManaged(any);
        if (any && !getChildren().contains(problem)) {
            getChildren().add(problem);
        } else if (!any) {
            getChildren().remove(problem);
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), any);
    }

    String problemText() {
        return problem.isVisible() ? problem.getText() : "";
    }

    /** The problem and what to do about it, in the interface's language. */
    static String describe(Problem p) {
        java.util.Locale locale = I18n.locale();
        String hint = p.hint(locale);
        return hint == null || hint.isBlank() ? p.message(locale) : p.message(locale) + ". " + hint;
    }
}
