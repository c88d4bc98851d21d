package org.psoexplorer.ui.relate;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.psoexplorer.graph.ConceptResolver;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.main.SearchIndex;

/** Asks for two concepts, with autocomplete over labels in every language. */
public final class RelateDialog {

    /** The two concepts chosen. */
    public record Pair(String from, String to) {
    }

    private RelateDialog() {
    }

    /** @param fromLabel prefilled first concept, or null */
    public static Optional<Pair> ask(Window owner, Taxonomy taxonomy, String language, String fromLabel) {
        SearchIndex index = new SearchIndex(taxonomy, language);
        ConceptResolver resolver = new ConceptResolver(taxonomy);
        List<String> longest = index.longest(org.psoexplorer.ui.SuggestionWidth.MEASURED);
        TextField from = field(index, longest, fromLabel, true);
        TextField to = field(index, longest, null, false);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.get("relate.dialog.from")), from);
        grid.addRow(1, new Label(I18n.get("relate.dialog.to")), to);
        grid.add(problem, 1, 2);
        Dialog<Pair> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("relate.dialog.title"));
        dialog.setHeaderText(I18n.get("relate.dialog.header"));
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            for (TextField f : new TextField[] {from, to}) {
                String wrong = f.getText().isBlank()
                        ? I18n.get(f == from ? "relate.dialog.emptyFrom" : "relate.dialog.emptyTo")
                        : resolver.resolve(f.getText()).found() ? null
                        : I18n.get("relate.dialog.unknown", f.getText().strip());
                if (wrong != null) {
                    problem.setText(wrong);
                    f.requestFocus();
                    e.consume();
                    return;
                }
            }
        });
        dialog.setResultConverter(button -> button == ok
                ? new Pair(resolver.resolve(from.getText()).id(), resolver.resolve(to.getText()).id()) : null);
        Platform.runLater(() -> (fromLabel == null ? from : to).requestFocus());
        return dialog.showAndWait();
    }

    /** @param followed whether another field to fill comes after this one, where Tab in its suggestions goes on */
    private static TextField field(SearchIndex index, List<String> longest, String text, boolean followed) {
        TextField f = new TextField(text == null ? "" : text);
        f.setPrefColumnCount(28);
        var suggestions = new org.psoexplorer.ui.LatestSuggestions<>(f, typed -> true, typed -> index.search(typed, 10));
        if (followed) {
            suggestions.tabGoesOn();
        }
        var completion = suggestions.binding();
        // As wide as the longest suggestion, so none is cut or scrolled sideways (the toolbar's search does the same).
        // Measured in the field's font once its style is applied, which its first width comes after.
        f.widthProperty().addListener((o, was, w) -> {
            double widest = org.psoexplorer.ui.SuggestionWidth.widest(longest, f.getFont());
            double width = org.psoexplorer.ui.SuggestionWidth.of(widest, w.doubleValue());
            completion.setMinWidth(width);
            completion.setPrefWidth(width);
        });
        return f;
    }
}
