package org.psoexplorer.ui.edit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.psoexplorer.edit.Dependents;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.edit.SaveResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.graph.GraphView;

/**
 * Editing in the window: the dialogs and questions around the {@link EditViewModel}'s commands —
 * new concept, relation and source forms, confirmations before deleting, saving (with Save As and
 * the choice to save a file with errors), asking before unsaved edits are lost, and the relation
 * drawn with the mouse.
 */
public final class EditController implements EditActions {

    private final ExplorerViewModel vm;
    private final EditViewModel edits;
    private final GraphView graph;
    private final Supplier<Window> owner;
    private final Consumer<String> notify;
    private final ConceptForm form;
    private final RelationDrag drag;
    private Function<Window, Path> saveTarget = EditController::chooseSaveTarget;

    public EditController(Lifetime life, ExplorerViewModel vm, EditViewModel edits, GraphView graph, Supplier<Window> owner,
                          Consumer<String> notify) {
        this.vm = vm;
        this.edits = edits;
        this.graph = graph;
        this.owner = owner;
        this.notify = notify;
        this.form = new ConceptForm(life, edits, this);
        this.drag = new RelationDrag(graph, () -> edits.editModeProperty().get(), this::relationDrawn);
        life.listen(vm.selectedProperty(), (o, was, id) -> {
            if (edits.editModeProperty().get()) {
                form.show(id);
            }
        });
        life.listen(edits.editModeProperty(), (o, was, on) -> {
            if (on) {
                form.show(vm.selectedProperty().get());
            } else {
                drag.cancel();
            }
        });
        // A window rebuilt in edit mode (another interface language) opens on the same concept's form.
        if (edits.editModeProperty().get()) {
            form.show(vm.selectedProperty().get());
        }
    }

    public EditViewModel edits() {
        return edits;
    }

    public ConceptForm form() {
        return form;
    }

    public RelationDrag drag() {
        return drag;
    }

    /** Where Save As writes: a file chooser, or what a test decides. */
    public void setSaveTarget(Function<Window, Path> chooser) {
        this.saveTarget = chooser;
    }

    // ---- concepts

    @Override
    public void addConcept() {
        Taxonomy t = edits.taxonomyProperty().get();
        if (t == null) {
            return;
        }
        edits.editModeProperty().set(true);
        NewConceptForm f = new NewConceptForm(t, edits.language());
        FormDialog<Concept> dialog = new FormDialog<>(owner.get(), Texts.ui("edit.newConcept.title"),
                Texts.ui("edit.newConcept.ok"), f, f::concept);
        dialog.getDialogPane().setId("new-concept-dialog");
        javafx.application.Platform.runLater(() -> f.labelInput().requestFocus());
        dialog.ask().ifPresent(c -> {
            // Zoomed in on part of the map, the new concept appears there, not beside the whole map.
            javafx.geometry.Point2D at = graph.zoomedInCentre();
            if (at != null) {
                vm.placeNewConceptsAt(at.getX(), at.getY());
            }
            edits.apply(new Edit.AddConcept(c));
            vm.select(c.id());
            form.show(c.id());
            notify.accept(Texts.ui("edit.status.conceptAdded", vm.label(c.id())));
        });
    }

    @Override
    public void deleteConcept(String id) {
        Taxonomy t = edits.taxonomyProperty().get();
        if (t == null || id == null || t.concept(id).isEmpty()) {
            return;
        }
        Dependents d = Dependents.ofConcept(t, id);
        String name = vm.label(id);
        String text = d.isEmpty() ? Texts.ui("edit.delete.conceptAlone", name)
                : Texts.ui("edit.delete.concept", name, d.relations().size(), d.tourSteps().size(), d.views().size())
                + "\n\n" + relationLines(t, d.relations());
        if (Ask.confirm(owner.get(), Texts.ui("edit.delete.title"), text, Texts.ui("edit.delete.ok"))) {
            edits.apply(new Edit.RemoveConcept(id));
            notify.accept(Texts.ui("edit.status.conceptDeleted", name));
        }
    }

    private String relationLines(Taxonomy t, List<Integer> indices) {
        List<String> lines = new ArrayList<>();
        for (int i : indices.subList(0, Math.min(8, indices.size()))) {
            lines.add("• " + describe(t, t.relations().get(i)));
        }
        if (indices.size() > 8) {
            lines.add(Texts.ui("edit.delete.more", indices.size() - 8));
        }
        return String.join("\n", lines);
    }

    private String describe(Taxonomy t, Relation r) {
        String type = t.relationType(r.type()).map(rt -> Texts.label(t, rt.label(), rt.id(), edits.language())).orElse(r.type());
        return vm.label(r.from()) + " — " + type + " → " + vm.label(r.to());
    }

    // ---- sources

    @Override
    public Source newSource() {
        Taxonomy t = edits.taxonomyProperty().get();
        SourceForm f = new SourceForm(t);
        FormDialog<Source> dialog = new FormDialog<>(owner.get(), Texts.ui("edit.source.dialogTitle"),
                Texts.ui("edit.source.ok"), f, f::source);
        dialog.getDialogPane().setId("source-dialog");
        Optional<Source> s = dialog.ask();
        if (s.isEmpty()) {
            return null;
        }
        edits.apply(new Edit.AddSource(s.get()));
        return edits.taxonomyProperty().get().source(s.get().id()).orElse(s.get());
    }

    // ---- relations

    @Override
    public void editRelation(int index, String from) {
        Taxonomy t = edits.taxonomyProperty().get();
        Relation editing = index < 0 ? null : t.relations().get(index);
        RelationForm f = new RelationForm(t, editing, from, edits.language());
        FormDialog<Relation> dialog = new FormDialog<>(owner.get(),
                Texts.ui(editing == null ? "edit.relation.newTitle" : "edit.relation.editTitle"),
                Texts.ui(editing == null ? "edit.relation.add" : "edit.relation.save"), f, f::relation);
        dialog.getDialogPane().setId("relation-dialog");
        dialog.ask().ifPresent(r -> {
            edits.apply(editing == null ? new Edit.AddRelation(r) : new Edit.ReplaceRelation(index, r));
            form.show(vm.selectedProperty().get());
        });
    }

    @Override
    public void deleteRelation(int index) {
        Taxonomy t = edits.taxonomyProperty().get();
        if (index < 0 || index >= t.relations().size()) {
            return;
        }
        Dependents d = Dependents.ofRelation(t, index);
        String what = describe(t, t.relations().get(index));
        String text = d.isEmpty() ? Texts.ui("edit.delete.relationAlone", what)
                : Texts.ui("edit.delete.relation", what, d.tourSteps().size());
        if (Ask.confirm(owner.get(), Texts.ui("edit.delete.relationTitle"), text, Texts.ui("edit.delete.ok"))) {
            edits.apply(new Edit.RemoveRelation(index));
            form.show(vm.selectedProperty().get());
        }
    }

    /** A relation drawn on the graph: the declared types in a small menu where the mouse was released. */
    private void relationDrawn(RelationDrag.Drawn d) {
        Taxonomy t = edits.taxonomyProperty().get();
        ContextMenu menu = new ContextMenu();
        menu.setId("relation-type-menu");
        for (RelationType rt : t.relationTypes()) {
            MenuItem item = new MenuItem(vm.label(d.from()) + " — " + Texts.label(t, rt.label(), rt.id(), edits.language())
                    + " → " + vm.label(d.to()));
            item.setMnemonicParsing(false);
            item.setId("relation-type-" + rt.id());
            item.setOnAction(e -> addRelation(d.from(), rt.id(), d.to()));
            menu.getItems().add(item);
        }
        menu.show(graph, d.screenX(), d.screenY());
    }

    /** Adds a relation with nothing but its ends and type; the form adds sources and a quote. */
    public void addRelation(String from, String type, String to) {
        Relation r = new Relation(from, type, to, List.of(), null, LocalizedText.EMPTY, null, null);
        edits.apply(new Edit.AddRelation(r), "edit.addRelation");
        notify.accept(Texts.ui("edit.status.relationAdded", describe(edits.taxonomyProperty().get(), r)));
        if (edits.editModeProperty().get()) {
            form.show(vm.selectedProperty().get());
        }
    }

    // ---- files

    /** Save (Ctrl+S): to the file edited, or where the user chooses when it has none; false when not saved. */
    public boolean save() {
        Path target = edits.file();
        if (target == null) {
            return saveAs();
        }
        return saveTo(target);
    }

    /** Save As: always asks where. */
    public boolean saveAs() {
        Path target = saveTarget.apply(owner.get());
        return target != null && saveTo(target);
    }

    private boolean saveTo(Path target) {
        SaveResult r = edits.save(target, false);
        if (r.refusedForErrors()) {
            List<Problem> errors = r.errors();
            String list = String.join("\n", errors.stream().limit(5).map(p -> "• " + Field.describe(p)).toList());
            if (!Ask.confirm(owner.get(), Texts.ui("edit.save.errorsTitle"),
                    Texts.ui("edit.save.errors", errors.size(), String.valueOf(target.getFileName())) + "\n\n" + list,
                    Texts.ui("edit.save.anyway"))) {
                return false;
            }
            r = edits.save(target, true);
        }
        if (r.failure() != null) {
            Alert alert = Ask.alert(owner.get(), Alert.AlertType.ERROR, Texts.ui("edit.save.failedTitle"),
                    Texts.ui("edit.save.failed", org.psoexplorer.ui.WriteFailure.reason(r.cause())), DialogButtons.close());
            alert.showAndWait();
            return false;
        }
        if (r.saved()) {
            notify.accept(Texts.ui("edit.status.saved", String.valueOf(target.getFileName())));
        }
        return r.saved();
    }

    /** File → New, after asking about unsaved edits. */
    public void newTaxonomy() {
        if (mayReplace()) {
            edits.newTaxonomy();
        }
    }

    /**
     * Before the taxonomy is replaced (another file, New, reload, closing): unsaved edits are saved,
     * given up, or kept by cancelling — the user's choice. True when the way is clear.
     */
    public boolean mayReplace() {
        if (!edits.isDirty()) {
            return true;
        }
        return switch (Ask.unsavedEdits(owner.get(), edits.fileName())) {
            case SAVE -> save();
            case DISCARD -> {
                edits.discard();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** The file changed on disk: read it again unless there are unsaved edits the user wants to keep. */
    public void fileChangedOnDisk(Path file) {
        if (edits.isOwnSave(file)) {
            return;
        }
        if (edits.isDirty()) {
            if (Ask.changedOnDisk(owner.get(), edits.fileName()) == Ask.Changed.KEEP_MINE) {
                notify.accept(Texts.ui("edit.status.keptMine"));
                return;
            }
            edits.discard();
        }
        vm.reload();
    }

    /**
     * Closing the window asks first when there are unsaved edits (Save / Don't save / Cancel);
     * {@code onClose} runs when it does close.
     */
    public static void guardClose(javafx.stage.Stage stage, Supplier<EditController> current, Runnable onClose) {
        stage.setOnCloseRequest(e -> {
            if (!current.get().mayReplace()) {
                e.consume();
                return;
            }
            onClose.run();
        });
    }

    private static Path chooseSaveTarget(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.ui("edit.save.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.ui("dialog.open.taxonomies"), "*.json"));
        chooser.setInitialFileName("taxonomy.json");
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

}
