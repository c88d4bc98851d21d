package org.psoexplorer.ui.main;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.psoexplorer.io.Problem;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * A file's problems, one per line as FILE:LINE:COLUMN and what to do, shown under the graph: the
 * errors of a file that failed to load (the last good taxonomy stays on screen), or the warnings of
 * the one shown. Long messages wrap; the panel is as tall as its problems, and scrolls past a few.
 */
final class ProblemsPanel extends BorderPane {

    /** About five wrapped lines: enough to read, little enough to leave the graph its room. */
    private static final double MAX_LIST_HEIGHT = 150;

    private final VBox rows = new VBox(4);

    /**
     * @param title    the header, e.g. "3 problems in mine.json"
     * @param hint     what the user should know beside it (it may change with what is on screen), or null
     * @param onReload null when there is nothing to reload
     */
    ProblemsPanel(Lifetime life, String id, ObservableList<Problem> problems, Supplier<String> title, Observable[] titleDependencies,
                  javafx.beans.value.ObservableStringValue hint, Runnable onClose, Runnable onReload) {
        getStyleClass().add("problems-panel");
        setId(id);
        Label heading = new Label();
        heading.getStyleClass().add("problems-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(title::get, titleDependencies));
        HBox header = new HBox(10, heading);
        if (hint != null) {
            Label keep = new Label();
            keep.textProperty().bind(hint);
            keep.getStyleClass().add("problems-hint");
            keep.setWrapText(true);
            HBox.setHgrow(keep, Priority.ALWAYS);
            header.getChildren().add(keep);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        header.getChildren().add(spacer);
        if (onReload != null) {
            Button reload = new Button(I18n.get("problems.reload"));
            reload.setMinWidth(Region.USE_PREF_SIZE);
            reload.setOnAction(e -> onReload.run());
            header.getChildren().add(reload);
        }
        Button close = new Button(I18n.get("problems.close"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        header.getChildren().add(close);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 6, 10));
        header.getStyleClass().add("problems-header");

        rows.setId(id.replace("-panel", "") + "-list");
        rows.getStyleClass().add("problems-list");
        rows.setPadding(new Insets(4, 10, 6, 10));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("problems-scroll");
        // As tall as the problems need, up to a few lines; past that it scrolls.
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_LIST_HEIGHT, rows.getHeight()), rows.heightProperty()));
        scroll.setMinViewportHeight(0);
        life.listen(problems, (ListChangeListener<Problem>) c -> fill(problems));
        fill(problems);
        setTop(header);
        setCenter(scroll);
    }

    private void fill(ObservableList<Problem> problems) {
        rows.getChildren().clear();
        for (Problem p : problems) {
            Label row = new Label(line(p));
            row.getStyleClass().add("problem-row");
            row.setWrapText(true);
            row.setMinHeight(Region.USE_PREF_SIZE);
            row.setMaxWidth(Double.MAX_VALUE);
            rows.getChildren().add(row);
        }
    }

    /** One problem in the interface's language: the window is rebuilt, and this asked again, when it changes. */
    static String line(Problem p) {
        java.util.Locale locale = I18n.locale();
        String hint = p.hint(locale);
        return location(p) + "  " + p.message(locale) + (p.path() == null || p.path().isEmpty() ? "" : "  (" + p.path() + ")")
                + (hint == null ? "" : " — " + hint);
    }

    private static String location(Problem p) {
        String name = java.nio.file.Path.of(p.file()).getFileName() == null ? p.file()
                : java.nio.file.Path.of(p.file()).getFileName().toString();
        return p.line() > 0 ? name + ":" + p.line() + ":" + p.column() : name;
    }
}
