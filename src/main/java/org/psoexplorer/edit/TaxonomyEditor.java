package org.psoexplorer.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.psoexplorer.io.AtomicFileWriter;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Taxonomy;

/**
 * A taxonomy file being edited: the current taxonomy, the history of {@link Edit}s for undo and
 * redo, the problems of the current state (found by the same checks as opening a file), and saving
 * that rewrites only the entries that changed.
 *
 * <p>Not thread-safe: the window calls it from its own thread. Listeners run after every change of
 * the current taxonomy (edit, undo, redo) and after saving.
 */
public final class TaxonomyEditor {

    /** The template File → New starts from, on the class path. */
    static final String TEMPLATE_RESOURCE = "/org/psoexplorer/edit/template.json";
    /** What messages call a taxonomy that has never been saved. */
    public static final String UNTITLED = "untitled.json";

    /** One state of the history: the taxonomy, the edit that made it, what is wrong with it. */
    private record State(Taxonomy taxonomy, Edit edit, String text, List<Problem> problems) {
    }

    private final List<State> history = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int at;
    private State saved;
    private FileText baseline;
    private Path file;

    private TaxonomyEditor(Path file, FileText baseline, State first) {
        this.file = file;
        this.baseline = baseline;
        history.add(first);
        saved = first;
    }

    /**
     * Opens a file for editing.
     *
     * @throws CannotEditException when the file does not load (its problems are in the exception)
     * @throws IOException         when it cannot be read
     */
    public static TaxonomyEditor open(Path file) throws IOException, CannotEditException {
        byte[] bytes = Files.readAllBytes(file);
        // Checked on the bytes themselves: decoding first would hide invalid UTF-8 behind U+FFFD.
        LoadResult loaded = new TaxonomyLoader().load(file.toString(), new ByteArrayInputStream(bytes));
        if (!loaded.ok()) {
            throw new CannotEditException(loaded);
        }
        return open(file, file.toString(), new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Opens text already read, such as the built-in taxonomy (then {@code file} is {@code null} and
     * the first save needs a target).
     *
     * @param name what messages call the file
     * @throws CannotEditException when the text does not load
     */
    public static TaxonomyEditor open(Path file, String name, String text) throws CannotEditException {
        LoadResult loaded = load(name, text);
        if (!loaded.ok()) {
            throw new CannotEditException(loaded);
        }
        FileText baseline = FileText.parse(text, loaded.taxonomyOrNull());
        return new TaxonomyEditor(file, baseline, new State(loaded.taxonomyOrNull(), null, text, loaded.problems()));
    }

    /**
     * The built-in taxonomy, to adapt and then save under a name of the user's (its first save
     * needs a target: {@link #file()} is empty).
     */
    public static TaxonomyEditor openDefault() {
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(TaxonomyLoader.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in taxonomy is missing from this build");
            }
            return open(null, TaxonomyLoader.DEFAULT_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CannotEditException e) {
            throw new IllegalStateException("The built-in taxonomy does not load: " + e.getMessage(), e);
        }
    }

    /** File → New: a small valid taxonomy with two kinds, two relation types and one concept, never saved. */
    public static TaxonomyEditor newFromTemplate() {
        try (InputStream in = TaxonomyEditor.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The template is missing from this build");
            }
            return open(null, UNTITLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CannotEditException e) {
            throw new IllegalStateException("The template does not load: " + e.getMessage(), e);
        }
    }

    /** The file edited, or empty for a new taxonomy (or the built-in one) not yet saved. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Taxonomy current() {
        return state().taxonomy();
    }

    /** Errors and warnings of the current taxonomy, located in the text that saving would write. */
    public List<Problem> problems() {
        return state().problems();
    }

    /** The problems of the current taxonomy, each placed on its entry and field for the form. */
    public List<EntryProblem> entryProblems() {
        Taxonomy t = current();
        return problems().stream().map(p -> EntryProblem.locate(p, t)).toList();
    }

    /** The problems of one concept, for the fields of its form. */
    public List<EntryProblem> problemsOfConcept(String conceptId) {
        return entryProblems().stream().filter(p -> p.isAboutConcept(conceptId)).toList();
    }

    public boolean hasErrors() {
        return problems().stream().anyMatch(Problem::isError);
    }

    /**
     * Applies an edit, checks the result as opening the file would, and returns its problems (errors
     * and warnings; empty when all is well). An edit that changes nothing is not recorded.
     *
     * @throws IllegalArgumentException when the edit names an entry that is not there
     */
    public List<Problem> apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        Taxonomy next = edit.applyTo(current());
        if (TaxonomyContent.equal(next, current())) {
            return problems();
        }
        String text = baseline.render(next);
        LoadResult checked = load(name(), text);
        while (history.size() > at + 1) {
            history.remove(history.size() - 1);
        }
        history.add(new State(next, edit, text, checked.problems()));
        at++;
        changed();
        return problems();
    }

    public boolean canUndo() {
        return at > 0;
    }

    public boolean canRedo() {
        return at < history.size() - 1;
    }

    /** Goes back one edit; does nothing when there is none. */
    public void undo() {
        if (canUndo()) {
            at--;
            changed();
        }
    }

    /** Goes forward one undone edit; does nothing when there is none. */
    public void redo() {
        if (canRedo()) {
            at++;
            changed();
        }
    }

    /** The bundle key ({@link Edit#labelKey()}) of the edit undo would take back, or {@code null}. */
    public String undoLabel() {
        return canUndo() ? state().edit().labelKey() : null;
    }

    /** The bundle key of the edit redo would make again, or {@code null}. */
    public String redoLabel() {
        return canRedo() ? history.get(at + 1).edit().labelKey() : null;
    }

    /** Whether the current taxonomy differs from the one last saved (or opened). */
    public boolean dirty() {
        return state() != saved;
    }

    /** Called after every change: edit, undo, redo, save. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The text saving would write now. */
    public String text() {
        return state().text();
    }

    /** Saves to {@code target}, refusing while the taxonomy has errors. */
    public SaveResult save(Path target) {
        return save(target, false);
    }

    /**
     * Saves atomically to {@code target} (a crash leaves the old file whole), rewriting only the
     * entries that changed since the file was opened or last saved; afterwards the file edited is
     * {@code target} and the taxonomy is no longer {@link #dirty()}.
     *
     * @param saveAnyway write even though the taxonomy has errors (the user chose to)
     */
    public SaveResult save(Path target, boolean saveAnyway) {
        Objects.requireNonNull(target, "target");
        State now = state();
        List<Problem> errors = now.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty() && !saveAnyway) {
            return SaveResult.refused(target, errors);
        }
        byte[] bytes = now.text().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFileWriter.write(target, out -> out.write(bytes));
        } catch (IOException e) {
            return SaveResult.failed(target, e);
        }
        baseline = FileText.parse(now.text(), now.taxonomy());
        file = target;
        saved = now;
        changed();
        return SaveResult.written(target);
    }

    private State state() {
        return history.get(at);
    }

    private String name() {
        return file == null ? UNTITLED : file.toString();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static LoadResult load(String name, String text) {
        try {
            return new TaxonomyLoader().load(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading bytes in memory does not fail
        }
    }
}
