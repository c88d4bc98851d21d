package org.psoexplorer.ui.tour;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.ui.ExplorerViewModel;

/**
 * A guided tour being played: which tour, which step, and what that step shows. Moving between
 * steps selects the step's focus (so the details pane follows) and switches layout when the step
 * asks for one; the window highlights the step's concepts and relations.
 */
public final class TourViewModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Set<String>> concepts = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Set<Integer>> relations = new ReadOnlyObjectWrapper<>(Set.of());
    /** What was on screen before the tour, given back when it ends. */
    private ExplorerViewModel.ViewState before;

    public TourViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.taxonomyProperty().addListener((o, was, now) -> {
            if (tour.get() != null && (now == null || !now.tours().contains(tour.get()))) {
                // Another taxonomy: the view before the tour belongs to the old one.
                before = null;
                stop();
            }
        });
    }

    public void start(Tour t) {
        if (tour.get() == null) {
            before = explorer.viewState();
        }
        tour.set(t);
        go(0);
    }

    /** Leaves the tour and gives back the view as it was before: layout, filters, focus, selection. */
    public void stop() {
        ExplorerViewModel.ViewState restore = tour.get() != null ? before : null;
        before = null;
        concepts.set(Set.of());
        relations.set(Set.of());
        step.set(-1);
        tour.set(null);
        if (restore != null) {
            explorer.restore(restore);
        }
    }

    public boolean isPlaying() {
        return tour.get() != null;
    }

    public void next() {
        go(step.get() + 1);
    }

    public void previous() {
        go(step.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        if (tour.get() != null) {
            go(tour.get().steps().size() - 1);
        }
    }

    /** Shows step {@code index}; out of range does nothing, so extra key presses at the ends are harmless. */
    public void go(int index) {
        Tour t = tour.get();
        if (t == null || index < 0 || index >= t.steps().size()) {
            return;
        }
        TourStep s = t.steps().get(index);
        Taxonomy taxonomy = explorer.getTaxonomy();
        org.psoexplorer.model.View view = s.view() == null ? null : taxonomy.view(s.view()).orElse(null);
        String layoutId = s.layout() != null ? s.layout() : view != null ? view.layout() : null;
        if (layoutId != null) {
            explorer.layoutKindProperty().set(LayoutKind.fromId(layoutId));
        }
        Set<String> shown = new LinkedHashSet<>(s.concepts());
        Set<Integer> lit = new HashSet<>();
        s.relations().forEach(ref -> lit.addAll(taxonomy.relationIndices(ref)));
        if (s.relations().isEmpty()) {
            // No relation named: light every relation among the step's concepts, so they read as a group.
            List<Relation> all = taxonomy.relations();
            for (int i = 0; i < all.size(); i++) {
                if (shown.contains(all.get(i).from()) && shown.contains(all.get(i).to())) {
                    lit.add(i);
                }
            }
        }
        // What the step highlights is set before anything redraws, so no listener sees half a step.
        relations.set(Set.copyOf(lit));
        concepts.set(Set.copyOf(shown));
        step.set(index);
        // The step shows its concepts alone, laid out afresh: a handful of boxes, large on the wall.
        // A step naming a saved view shows it with its filters (the window puts its concepts in their places).
        explorer.filterProperty().set(view != null ? org.psoexplorer.ui.edit.Views.filterOf(view, shown)
                : org.psoexplorer.graph.ViewFilter.NONE.withOnly(shown));
        explorer.select(s.effectiveFocus());
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public TourStep currentStep() {
        Tour t = tour.get();
        return t == null || step.get() < 0 ? null : t.steps().get(step.get());
    }

    public ReadOnlyObjectProperty<Set<String>> conceptsProperty() {
        return concepts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<Integer>> relationsProperty() {
        return relations.getReadOnlyProperty();
    }
}
