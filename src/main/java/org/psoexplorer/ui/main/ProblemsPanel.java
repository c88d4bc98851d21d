package org.psoexplorer.ui.main;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.psoexplorer.io.Problem;
import org.psoexplorer.ui.I18n;

/**
 * The errors of a file that failed to load, one per line as FILE:LINE:COLUMN, shown under the
 * graph while the last good taxonomy stays on screen.
 */
final class ProblemsPanel extends BorderPane {

    ProblemsPanel(ObservableList<Problem> problems, javafx.beans.value.ObservableValue<String> file, Runnable onClose,
                  Runnable onReload) {
        getStyleClass().add("problems-panel");
        setId("problems-panel");
        Label title = new Label();
        title.getStyleClass().add("problems-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("problems.title", problems.size(), file.getValue() == null ? "" : file.getValue()),
                problems, file));
        Label keep = new Label(I18n.get("problems.kept"));
        keep.getStyleClass().add("problems-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button(I18n.get("problems.reload"));
        reload.setOnAction(e -> onReload.run());
        Button close = new Button(I18n.get("problems.close"));
        close.setOnAction(e -> onClose.run());
        HBox header = new HBox(10, title, keep, spacer, reload, close);
        header.setPadding(new Insets(6, 10, 6, 10));
        header.getStyleClass().add("problems-header");
        ListView<Problem> list = new ListView<>(problems);
        list.setId("problems-list");
        list.setPrefHeight(160);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : location(p) + "  " + p.message()
                        + (p.path() == null || p.path().isEmpty() ? "" : "  (" + p.path() + ")")
                        + (p.hint() == null ? "" : " — " + p.hint()));
            }
        });
        setTop(header);
        setCenter(list);
    }

    private static String location(Problem p) {
        String name = java.nio.file.Path.of(p.file()).getFileName() == null ? p.file()
                : java.nio.file.Path.of(p.file()).getFileName().toString();
        return p.line() > 0 ? name + ":" + p.line() + ":" + p.column() : name;
    }
}
