package org.psoexplorer.ui.relate;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.psoexplorer.graph.ConceptPath;
import org.psoexplorer.graph.PathAnswer;
import org.psoexplorer.graph.PathFinder;
import org.psoexplorer.graph.PathNarrator;
import org.psoexplorer.graph.PathQuery;
import org.psoexplorer.graph.PathStory;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.ui.ExplorerViewModel;

/**
 * The relation explorer's state: which two concepts, over which relation types, the paths found
 * and the one the user is looking at. What to highlight on the graph follows from it.
 */
public final class RelateViewModel {

    /** Highlight every path at once. */
    public static final int ALL_PATHS = -1;

    /** Everything the connections panel shows, already in words. */
    public record Answer(PathAnswer answer, String headline, String heading, String caution,
                         List<PathStory> stories) {
    }

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Set<String>> types = new SimpleObjectProperty<>(Set.of());
    private final IntegerProperty activePath = new SimpleIntegerProperty(ALL_PATHS);
    private final ReadOnlyObjectWrapper<Set<String>> highlightedConcepts = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Set<Integer>> highlightedRelations = new ReadOnlyObjectWrapper<>(Set.of());
    private String from;
    private String to;
    /** What was on screen before the answer was shown alone, given back when Relate is cleared. */
    private ExplorerViewModel.ViewState before;
    /** The filter that shows the answer alone: while it is on screen, the view is Relate's to give back. */
    private org.psoexplorer.graph.ViewFilter answerFilter;

    public RelateViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        types.addListener((o, was, now) -> recompute(true));
        explorer.languageProperty().addListener((o, was, now) -> recompute(isShowingAnswer()));
        explorer.graphProperty().addListener((o, was, now) -> {
            if (now == null || from == null || now.taxonomy().concept(from).isEmpty()
                    || now.taxonomy().concept(to).isEmpty()) {
                // Another taxonomy: the view before Relate belongs to the old one.
                before = null;
                answerFilter = null;
                clear();
            } else {
                recompute(isShowingAnswer());
            }
        });
        activePath.addListener((o, was, now) -> highlight());
    }

    /**
     * Finds how {@code fromId} relates to {@code toId} and shows the answer alone: the concepts of
     * its paths, laid out afresh (as a tour step is), large enough to read from the back row.
     */
    public void relate(String fromId, String toId) {
        from = fromId;
        to = toId;
        activePath.set(ALL_PATHS);
        recompute(true);
    }

    /**
     * Leaves Relate. When the answer is still what the graph shows, the view before it comes back as
     * it was (filters, focus, selection); a view the user has since moved to is left alone. The
     * layout is the one shown now: the answer never changes it, so a layout chosen while reading
     * the answer is the reader's choice, and undoing it on the way out took it back unasked.
     */
    public void clear() {
        from = null;
        to = null;
        answer.set(null);
        highlightedConcepts.set(Set.of());
        highlightedRelations.set(Set.of());
        ExplorerViewModel.ViewState restore = isShowingAnswer() ? before : null;
        before = null;
        answerFilter = null;
        if (restore != null) {
            explorer.restore(new ExplorerViewModel.ViewState(restore.filter(), explorer.layoutKindProperty().get(),
                    restore.selected(), restore.history()));
        }
    }

    /** Whether the graph shows a Relate answer alone. */
    public boolean isShowingAnswer() {
        return answerFilter != null && answerFilter.equals(explorer.filterProperty().get());
    }

    /** Answers the question again; {@code show} puts the answer on the graph alone (a new question, or the one shown). */
    private void recompute(boolean show) {
        TaxonomyGraph graph = explorer.graphProperty().get();
        if (graph == null || from == null) {
            return;
        }
        PathQuery query = PathQuery.between(from, to).withRelationTypes(types.get());
        PathAnswer found = new PathFinder(graph).find(query);
        answer.set(told(found));
        if (activePath.get() >= found.paths().size()) {
            activePath.set(ALL_PATHS);
        }
        highlight();
        if (show) {
            showAlone(found);
        }
    }

    /**
     * Tells the answer shown again, in the interface language now chosen: its headline, headings and
     * steps are words from the bundles, fixed when it was told. The question and its paths stay.
     */
    public void retell() {
        Answer a = answer.get();
        if (a != null && explorer.graphProperty().get() != null) {
            answer.set(told(a.answer()));
        }
    }

    private Answer told(PathAnswer found) {
        PathNarrator narrator = new PathNarrator(explorer.graphProperty().get().taxonomy(),
                explorer.languageProperty().get(), new BundlePathWords());
        return new Answer(found, narrator.headline(found),
                found.paths().isEmpty() ? "" : narrator.pathsHeading(found), narrator.caution(found),
                narrator.tell(found));
    }

    /**
     * The answer's concepts (both ends and every path found) become the whole view. Picking one
     * path among them only changes the highlight, so the drawing stays put while the user compares.
     */
    private void showAlone(PathAnswer found) {
        Set<String> concepts = new LinkedHashSet<>(List.of(from, to));
        found.paths().forEach(p -> concepts.addAll(p.concepts()));
        if (!isShowingAnswer()) {
            before = explorer.viewState();
        }
        answerFilter = org.psoexplorer.graph.ViewFilter.NONE.withOnly(Set.copyOf(concepts));
        explorer.filterProperty().set(answerFilter);
    }

    private void highlight() {
        Answer a = answer.get();
        if (a == null) {
            return;
        }
        Set<String> concepts = new LinkedHashSet<>(List.of(from, to));
        // In path order, shortest first: the view names a type drawn on several paths on the first one's line.
        Set<Integer> relations = new LinkedHashSet<>();
        List<ConceptPath> paths = a.answer().paths();
        for (int i = 0; i < paths.size(); i++) {
            if (activePath.get() == ALL_PATHS || activePath.get() == i) {
                concepts.addAll(paths.get(i).concepts());
                relations.addAll(paths.get(i).relationIndices());
            }
        }
        highlightedConcepts.set(Set.copyOf(concepts));
        highlightedRelations.set(java.util.Collections.unmodifiableSet(relations));
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The relation types walked; empty means all. */
    public ObjectProperty<Set<String>> typesProperty() {
        return types;
    }

    public IntegerProperty activePathProperty() {
        return activePath;
    }

    public ReadOnlyObjectProperty<Set<String>> highlightedConceptsProperty() {
        return highlightedConcepts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Integer>> highlightedRelationsProperty() {
        return highlightedRelations.getReadOnlyProperty();
    }
}
