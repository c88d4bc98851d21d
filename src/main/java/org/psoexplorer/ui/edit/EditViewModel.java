package org.psoexplorer.ui.edit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.psoexplorer.edit.CannotEditException;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.edit.EntryProblem;
import org.psoexplorer.edit.SaveResult;
import org.psoexplorer.edit.TaxonomyEditor;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;

/**
 * Editing on the explorer, as commands and properties without any control: edit mode, the edits
 * with undo and redo (each named for the menu: "Undo Edit definition"), whether there are unsaved
 * changes, the problems of the edited taxonomy, saving and File → New. The explorer shows every
 * edited state at once; tests drive all of it without a window.
 *
 * <p>The file is opened for editing only when the first edit needs it, so exploring costs nothing.
 */
public final class EditViewModel {

    private final ExplorerViewModel explorer;
    private final BooleanProperty editMode = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(I18n.get("edit.undo"));
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(I18n.get("edit.redo"));
    private final ReadOnlyObjectWrapper<Taxonomy> taxonomy = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private TaxonomyEditor editor;
    /** Names of the edits undo and redo would take back or make again: finer than the editor's ("Edit definition"). */
    private final Deque<String> undoNames = new ArrayDeque<>();
    private final Deque<String> redoNames = new ArrayDeque<>();
    private boolean showing;

    public EditViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        taxonomy.set(explorer.getTaxonomy());
        explorer.taxonomyProperty().addListener((o, was, now) -> {
            if (showing) {
                return;
            }
            // Another file (or the same one read again): its edits start afresh.
            editor = null;
            undoNames.clear();
            redoNames.clear();
            taxonomy.set(now);
            refresh();
        });
    }

    // ---- state

    public BooleanProperty editModeProperty() {
        return editMode;
    }

    /** Whether the taxonomy has changes not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Edit definition", or plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The taxonomy as edited (the explorer's, until the first edit). */
    public ReadOnlyObjectProperty<Taxonomy> taxonomyProperty() {
        return taxonomy.getReadOnlyProperty();
    }

    /** Errors and warnings of the edited taxonomy (empty until the first edit). */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public String language() {
        return explorer.languageProperty().get();
    }

    public String defaultLanguage() {
        Taxonomy t = taxonomy.get();
        return t == null ? "en" : t.defaultLanguage();
    }

    public String label(String conceptId) {
        return explorer.label(conceptId);
    }

    /** What the title bar and questions call the file: its name, or "untitled.json". */
    public String fileName() {
        Path f = explorer.fileProperty().get();
        if (f != null) {
            return String.valueOf(f.getFileName());
        }
        return Texts.ui(editor == null ? "edit.fileName.builtIn" : "edit.fileName.untitled");
    }

    /** The file a save writes to, or null when Save must ask where (File → New, the built-in taxonomy). */
    public Path file() {
        if (editor != null) {
            return editor.file().orElse(null);
        }
        return explorer.fileProperty().get();
    }

    // ---- commands

    /**
     * Applies an edit named by its bundle key in menus (the key of "Edit definition" for "Undo Edit
     * definition"); returns the problems of the state it leads to.
     */
    public List<Problem> apply(Edit edit, String nameKey) {
        TaxonomyEditor e = editor();
        if (e == null) {
            return List.of();
        }
        Taxonomy before = e.current();
        List<Problem> found = e.apply(edit);
        if (e.current() != before) {
            undoNames.push(nameKey == null ? edit.labelKey() : nameKey);
            redoNames.clear();
            show();
        }
        return found;
    }

    public List<Problem> apply(Edit edit) {
        return apply(edit, null);
    }

    public void undo() {
        if (editor != null && editor.canUndo()) {
            editor.undo();
            redoNames.push(undoNames.isEmpty() ? "edit.replaceConcept" : undoNames.pop());
            show();
        }
    }

    public void redo() {
        if (editor != null && editor.canRedo()) {
            editor.redo();
            undoNames.push(redoNames.isEmpty() ? "edit.replaceConcept" : redoNames.pop());
            show();
        }
    }

    /** Saves to the file edited, or to {@code target} (Save As); {@code anyway} saves despite errors. */
    public SaveResult save(Path target, boolean anyway) {
        TaxonomyEditor e = editor();
        Path to = target != null ? target : file();
        Objects.requireNonNull(to, "target");
        SaveResult r = e.save(to, anyway);
        if (r.saved()) {
            showing = true;
            try {
                explorer.setFile(to);
            } finally {
                showing = false;
            }
            refresh();
        }
        return r;
    }

    /** File → New: the template, never saved, in place of what is open. */
    public void newTaxonomy() {
        TaxonomyEditor fresh = TaxonomyEditor.newFromTemplate();
        editor = fresh;
        undoNames.clear();
        redoNames.clear();
        showing = true;
        try {
            explorer.showNew(fresh.current(), TaxonomyEditor.UNTITLED);
        } finally {
            showing = false;
        }
        taxonomy.set(fresh.current());
        editMode.set(true);
        refresh();
    }

    /** Forgets unsaved edits (the user chose Don't save or Reload); the explorer keeps what it shows until it loads. */
    public void discard() {
        editor = null;
        undoNames.clear();
        redoNames.clear();
        refresh();
    }

    /** Whether the file on disk holds exactly what was last saved from here (the watcher seeing our own save). */
    public boolean isOwnSave(Path file) {
        if (editor == null || editor.dirty() || !file.equals(editor.file().orElse(null))) {
            return false;
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).equals(editor.text());
        } catch (IOException e) {
            return false;
        }
    }

    // ---- problems for forms

    /** A concept's problems by field ("definition.fr", "since", "quotes"); those of the whole concept under "". */
    public Map<String, List<String>> conceptProblems(String id, List<String> languages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (editor == null) {
            return out;
        }
        for (EntryProblem p : editor.problemsOfConcept(id)) {
            out.computeIfAbsent(fieldKey(p.field(), languages), k -> new ArrayList<>()).add(Field.describe(p.problem()));
        }
        return out;
    }

    /** The problems of the relation at {@code index}, in the validator's words. */
    public List<String> relationProblems(int index) {
        if (editor == null) {
            return List.of();
        }
        return editor.entryProblems().stream().filter(p -> p.isAboutRelation(index))
                .map(p -> Field.describe(p.problem())).toList();
    }

    /** "label.fr" stays; "quotes[0].source" becomes "quotes"; "definition" stays. */
    static String fieldKey(String field, List<String> languages) {
        String f = field == null ? "" : field;
        int bracket = f.indexOf('[');
        int dot = f.indexOf('.');
        String head = bracket >= 0 && (dot < 0 || bracket < dot) ? f.substring(0, bracket) : dot >= 0 ? f.substring(0, dot) : f;
        if (dot >= 0 && (bracket < 0 || dot < bracket)) {
            String rest = f.substring(dot + 1);
            int end = rest.indexOf('.');
            String lang = end < 0 ? rest : rest.substring(0, end);
            if (languages.contains(lang)) {
                return head + "." + lang;
            }
        }
        return head;
    }

    /** The menu name for replacing a concept: the field that changed when only one did. */
    public static String labelFor(Concept before, Concept after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.label(), after.label())) {
            changed.add("edit.name.label");
        }
        if (!Objects.equals(before.altLabels(), after.altLabels())) {
            changed.add("edit.name.altLabels");
        }
        if (!Objects.equals(before.definition(), after.definition())) {
            changed.add("edit.name.definition");
        }
        if (!Objects.equals(before.kind(), after.kind())) {
            changed.add("edit.name.kind");
        }
        if (!Objects.equals(before.since(), after.since())) {
            changed.add("edit.name.since");
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            changed.add("edit.name.notes");
        }
        if (!Objects.equals(before.quotes(), after.quotes())) {
            changed.add(after.quotes().size() > before.quotes().size() ? "edit.name.addQuote"
                    : after.quotes().size() < before.quotes().size() ? "edit.name.removeQuote" : "edit.name.quote");
        }
        return changed.size() == 1 ? changed.get(0) : "edit.replaceConcept";
    }

    // ---- inside

    /** The editor of the taxonomy on screen, opened on first use; null when it cannot be opened. */
    private TaxonomyEditor editor() {
        if (editor != null) {
            return editor;
        }
        Path f = explorer.fileProperty().get();
        try {
            if (f != null) {
                editor = TaxonomyEditor.open(f);
            } else {
                try (InputStream in = TaxonomyLoader.class.getResourceAsStream(TaxonomyLoader.DEFAULT_RESOURCE)) {
                    editor = TaxonomyEditor.open(null, TaxonomyLoader.DEFAULT_NAME,
                            new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | CannotEditException e) {
            // The file changed on disk into something that does not load: the watcher is showing why.
            editor = null;
        }
        return editor;
    }

    private void show() {
        // A relation to a concept that is not there cannot be drawn: while an edit leaves a broken
        // reference, the graph keeps the last drawable state and the form shows what to fix beside the field.
        if (Drawable.check(editor.current())) {
            showing = true;
            try {
                explorer.showEdited(editor.current());
            } finally {
                showing = false;
            }
        }
        taxonomy.set(editor.current());
        refresh();
    }

    private void refresh() {
        boolean has = editor != null;
        dirty.set(has && editor.dirty());
        canUndo.set(has && editor.canUndo());
        canRedo.set(has && editor.canRedo());
        undoLabel.set(canUndo.get() && !undoNames.isEmpty()
                ? I18n.get("edit.undoNamed", I18n.get(undoNames.peek())) : I18n.get("edit.undo"));
        redoLabel.set(canRedo.get() && !redoNames.isEmpty()
                ? I18n.get("edit.redoNamed", I18n.get(redoNames.peek())) : I18n.get("edit.redo"));
        problems.set(has ? editor.problems() : List.of());
    }
}
