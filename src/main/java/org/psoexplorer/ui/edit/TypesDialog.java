package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.DialogButtons;

/**
 * Kinds of concept and relation types, each list beside the form of the entry chosen in it. Apply
 * makes one undoable edit and leaves the dialog open for the next.
 */
public final class TypesDialog extends Dialog<Void> {

    private final EditViewModel edits;

    public TypesDialog(Window owner, EditViewModel edits) {
        this.edits = edits;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Texts.ui("edit.types.title"));
        setResizable(true);
        TabPane tabs = new TabPane(
                tab("edit.types.kinds", "kinds", () -> edits.taxonomyProperty().get().kinds(),
                        k -> Texts.label(edits.taxonomyProperty().get(), k.label(), k.id(), edits.language()),
                        k -> new KindForm(edits.taxonomyProperty().get(), k), f -> {
                            Kind k = ((KindForm) f).kind();
                            return k == null ? null : editing(f) == null ? new Edit.AddKind(k)
                                    : new Edit.ReplaceKind(((Kind) editing(f)).id(), k);
                        }),
                tab("edit.types.relationTypes", "relation-types", () -> edits.taxonomyProperty().get().relationTypes(),
                        r -> Texts.label(edits.taxonomyProperty().get(), r.label(), r.id(), edits.language()),
                        r -> new RelationTypeForm(edits.taxonomyProperty().get(), r), f -> {
                            RelationType r = ((RelationTypeForm) f).relationType();
                            return r == null ? null : editing(f) == null ? new Edit.AddRelationType(r)
                                    : new Edit.ReplaceRelationType(((RelationType) editing(f)).id(), r);
                        }));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(760, 540);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().add(DialogButtons.close());
        getDialogPane().getStyleClass().add("edit-dialog");
        getDialogPane().setId("types-dialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                TypesDialog.class.getResource("/org/psoexplorer/ui/explorer.css")).toExternalForm());
    }

    private static Object editing(Node form) {
        return form.getProperties().get("editing");
    }

    private <T> Tab tab(String titleKey, String id, Supplier<List<T>> items, Function<T, String> name,
                        Function<T, Node> formFor, Function<Node, Edit> editOf) {
        ListView<Object> list = new ListView<>();
        list.setId(id + "-list");
        list.setPrefWidth(230);
        String newEntry = Texts.ui("edit.types.new");
        Runnable fill = () -> {
            List<Object> all = new ArrayList<>();
            all.add(newEntry);
            all.addAll(items.get());
            Object chosen = list.getSelectionModel().getSelectedItem();
            list.setItems(FXCollections.observableArrayList(all));
            list.getSelectionModel().select(chosen instanceof String || chosen == null ? 0 : Math.max(0, indexById(all, chosen)));
        };
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            @SuppressWarnings("unchecked")
            protected void updateItem(Object o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o instanceof String s ? s : name.apply((T) o));
            }
        });
        ScrollPane formArea = new ScrollPane();
        formArea.setFitToWidth(true);
        formArea.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Label problems = new Label();
        problems.getStyleClass().add("edit-field-problem");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        Button apply = new Button(Texts.ui("edit.types.apply"));
        apply.setId(id + "-apply");
        apply.getStyleClass().add("accent");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            @SuppressWarnings("unchecked")
            T entry = now == null || now instanceof String ? null : (T) now;
            Node form = formFor.apply(entry);
            form.getProperties().put("editing", entry);
            VBox pad = new VBox(form);
            pad.setPadding(new Insets(4, 12, 4, 4));
            formArea.setContent(pad);
            problems.setText("");
        });
        apply.setOnAction(e -> {
            Node form = ((VBox) formArea.getContent()).getChildren().get(0);
            Edit edit = editOf.apply(form);
            if (edit == null) {
                return;
            }
            List<String> found = edits.apply(edit).stream().filter(p -> p.isError()).map(Field::describe).limit(3).toList();
            problems.setText(String.join("\n", found));
            Object was = list.getSelectionModel().getSelectedItem();
            fill.run();
            if (was instanceof String) {
                list.getSelectionModel().selectLast();
            }
        });
        fill.run();
        VBox right = new VBox(8, formArea, new HBox(8, apply), problems);
        VBox.setVgrow(formArea, javafx.scene.layout.Priority.ALWAYS);
        BorderPane pane = new BorderPane();
        pane.setLeft(list);
        pane.setCenter(right);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 12));
        pane.setPadding(new Insets(10));
        Tab tab = new Tab(Texts.ui(titleKey), pane);
        tab.setId(id + "-tab");
        return tab;
    }

    private static int indexById(List<Object> all, Object chosen) {
        String id = chosen instanceof Kind k ? k.id() : chosen instanceof RelationType r ? r.id() : null;
        for (int i = 0; i < all.size(); i++) {
            Object o = all.get(i);
            String other = o instanceof Kind k ? k.id() : o instanceof RelationType r ? r.id() : null;
            if (id != null && id.equals(other)) {
                return i;
            }
        }
        return 0;
    }

}
