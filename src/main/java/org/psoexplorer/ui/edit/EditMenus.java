package org.psoexplorer.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.View;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.graph.GraphView;
import org.psoexplorer.ui.main.Shortcut;

/** The menus and the toolbar toggle editing adds: File → New, Save, Save As; Edit; Views. */
public final class EditMenus {

    private final ExplorerViewModel vm;
    private final EditController controller;
    private final EditViewModel edits;
    private final GraphView graph;
    private final Supplier<Window> owner;
    private final Lifetime life;

    public EditMenus(Lifetime life, ExplorerViewModel vm, EditController controller, GraphView graph, Supplier<Window> owner) {
        this.vm = vm;
        this.controller = controller;
        this.edits = controller.edits();
        this.graph = graph;
        this.owner = owner;
        this.life = life;
    }

    /** New, Save, Save As, for the top of the File menu. */
    public List<MenuItem> fileItems() {
        MenuItem create = item("menu.new", Shortcut.NEW, controller::newTaxonomy);
        MenuItem save = item("menu.save", Shortcut.SAVE, controller::save);
        save.setId("menu-save");
        MenuItem saveAs = item("menu.saveAs", Shortcut.SAVE_AS, controller::saveAs);
        return List.of(create, save, saveAs, new SeparatorMenuItem());
    }

    public Menu editMenu() {
        MenuItem undo = item("edit.undo", Shortcut.UNDO, edits::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(edits.undoLabelProperty());
        undo.disableProperty().bind(edits.canUndoProperty().not());
        MenuItem redo = item("edit.redo", Shortcut.REDO, edits::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(edits.redoLabelProperty());
        redo.disableProperty().bind(edits.canRedoProperty().not());
        CheckMenuItem mode = new CheckMenuItem(Texts.ui("menu.editMode"));
        mode.setId("menu-edit-mode");
        mode.setAccelerator(Shortcut.EDIT_MODE.accelerator());
        mode.selectedProperty().bindBidirectional(edits.editModeProperty());
        MenuItem add = item("menu.addConcept", Shortcut.ADD_CONCEPT, controller::addConcept);
        add.setId("menu-add-concept");
        MenuItem delete = item("menu.deleteConcept", Shortcut.DELETE,
                () -> controller.deleteConcept(vm.selectedProperty().get()));
        delete.setId("menu-delete-concept");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> !edits.editModeProperty().get()
                || vm.selectedProperty().get() == null, edits.editModeProperty(), vm.selectedProperty()));
        add.disableProperty().bind(edits.taxonomyProperty().isNull());
        MenuItem relation = item("menu.addRelation", null,
                () -> controller.editRelation(-1, vm.selectedProperty().get()));
        relation.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem types = item("menu.types", null, () -> new TypesDialog(owner.get(), edits).showAndWait());
        types.setId("menu-types");
        MenuItem source = item("menu.newSource", null, controller::newSource);
        Menu menu = new Menu(Texts.ui("menu.edit"), null, undo, redo, new SeparatorMenuItem(), mode,
                new SeparatorMenuItem(), add, relation, delete, source, new SeparatorMenuItem(), types);
        menu.setId("edit-menu");
        return menu;
    }

    /** The taxonomy's saved views, each reopened exactly; "Save view…" stores what is on screen. */
    public Menu viewsMenu() {
        Menu menu = new Menu(Texts.ui("menu.views"));
        menu.setId("views-menu");
        MenuItem save = item("menu.saveView", null, this::saveView);
        save.setId("menu-save-view");
        Runnable fill = () -> {
            menu.getItems().setAll(save, new SeparatorMenuItem());
            Taxonomy t = edits.taxonomyProperty().get();
            if (t == null || t.views().isEmpty()) {
                MenuItem none = new MenuItem(Texts.ui("menu.viewsNone"));
                none.setDisable(true);
                menu.getItems().add(none);
                return;
            }
            for (View v : t.views()) {
                String name = v.label().isEmpty() ? v.id() : t.text(v.label(), vm.languageProperty().get());
                MenuItem open = new MenuItem(name);
                open.setMnemonicParsing(false);
                open.setId("view-" + v.id());
                open.setOnAction(e -> showView(v));
                menu.getItems().add(open);
            }
        };
        fill.run();
        life.listen(edits.taxonomyProperty(), (o, was, now) -> fill.run());
        life.listen(vm.languageProperty(), (o, was, now) -> fill.run());
        return menu;
    }

    /** Asks for a name and saves the arrangement on screen under it (replacing a view of that name). */
    public void saveView() {
        TextInputDialog ask = new TextInputDialog();
        if (owner.get() != null) {
            ask.initOwner(owner.get());
        }
        ask.setTitle(Texts.ui("edit.view.title"));
        ask.setHeaderText(Texts.ui("edit.view.header"));
        ask.setContentText(Texts.ui("edit.view.name"));
        ask.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        ask.getEditor().setId("view-name");
        Optional<String> name = ask.showAndWait().filter(s -> !s.isBlank());
        name.ifPresent(this::saveView);
    }

    /** Saves the arrangement on screen as a view of this name. */
    public void saveView(String name) {
        View v = Views.capture(Views.idFor(name), LocalizedText.of(vm.languageProperty().get(), name.strip()), vm,
                graph.zoomAndCentre());
        edits.apply(new Edit.SaveView(v));
    }

    /** Shows a saved view as it was saved: layout, filters, places, zoom. */
    public void showView(View v) {
        if (v.viewport() != null) {
            graph.showAt(v.viewport().scale(), v.viewport().centreX(), v.viewport().centreY());
        }
        Views.show(v, vm);
        if (v.viewport() != null) {
            graph.showAt(v.viewport().scale(), v.viewport().centreX(), v.viewport().centreY());
        } else {
            graph.requestFit();
        }
    }

    /** The toolbar's Edit toggle. */
    public ToggleButton toggle() {
        ToggleButton b = new ToggleButton(Texts.ui("toolbar.edit"), new FontIcon(Feather.EDIT_2));
        b.setId("edit-mode");
        org.psoexplorer.ui.Tips.on(b, Texts.ui("toolbar.editTooltip", Shortcut.EDIT_MODE.keysText()));
        b.selectedProperty().bindBidirectional(edits.editModeProperty());
        return b;
    }

    private static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(Texts.ui(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.accelerator());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
