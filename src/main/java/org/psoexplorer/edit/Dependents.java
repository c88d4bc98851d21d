package org.psoexplorer.edit;

import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationRef;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.model.View;

/**
 * What else a removal takes with it, so the window can ask first ("3 relations and 1 tour step
 * name this concept"). Each list is in file order.
 *
 * @param relations indices in {@link Taxonomy#relations()} of relations that name the entry
 * @param quotes    quotes taken from the entry (a source)
 * @param tourSteps tour steps that show, highlight, cite or display the entry
 * @param views     ids of views that focus on, place, filter by or read through the entry
 */
public record Dependents(List<Integer> relations, List<QuoteRef> quotes, List<StepRef> tourSteps, List<String> views) {

    public Dependents {
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
        tourSteps = List.copyOf(tourSteps);
        views = List.copyOf(views);
    }

    /**
     * A quote of the taxonomy: on a concept ({@code relationIndex} -1) or on a relation
     * ({@code conceptId} null, {@code quoteIndex} 0).
     */
    public record QuoteRef(String conceptId, int relationIndex, int quoteIndex) {
    }

    /** A step of a tour: {@code stepIndex} counts from 0. */
    public record StepRef(String tourId, int stepIndex) {
    }

    /** Whether nothing depends on the entry: it can go without asking. */
    public boolean isEmpty() {
        return relations.isEmpty() && quotes.isEmpty() && tourSteps.isEmpty() && views.isEmpty();
    }

    /** Relations from or to the concept, tour steps that show, focus on or highlight it, views that focus on or place it. */
    public static Dependents ofConcept(Taxonomy t, String id) {
        List<Integer> relations = new ArrayList<>();
        for (int i = 0; i < t.relations().size(); i++) {
            Relation r = t.relations().get(i);
            if (id.equals(r.from()) || id.equals(r.to())) {
                relations.add(i);
            }
        }
        List<StepRef> steps = steps(t, s -> s.concepts().contains(id) || id.equals(s.focus())
                || s.relations().stream().anyMatch(r -> id.equals(r.from()) || id.equals(r.to())));
        List<String> views = t.views().stream()
                .filter(v -> id.equals(v.focus()) || v.positions().containsKey(id)).map(View::id).toList();
        return new Dependents(relations, List.of(), steps, views);
    }

    /** Relations and tour steps citing the source, quotes taken from it, views read through it. */
    public static Dependents ofSource(Taxonomy t, String id) {
        List<Integer> relations = new ArrayList<>();
        List<QuoteRef> quotes = new ArrayList<>();
        for (Concept c : t.concepts()) {
            for (int q = 0; q < c.quotes().size(); q++) {
                if (id.equals(c.quotes().get(q).source())) {
                    quotes.add(new QuoteRef(c.id(), -1, q));
                }
            }
        }
        for (int i = 0; i < t.relations().size(); i++) {
            Relation r = t.relations().get(i);
            Quote quote = r.quote();
            if (r.sources().contains(id)) {
                relations.add(i);
            }
            if (quote != null && id.equals(quote.source())) {
                quotes.add(new QuoteRef(null, i, 0));
            }
        }
        List<StepRef> steps = steps(t, s -> s.sources().contains(id));
        List<String> views = t.views().stream().filter(v -> id.equals(v.onlySource())).map(View::id).toList();
        return new Dependents(relations, quotes, steps, views);
    }

    /** Tour steps that highlight the relation at {@code index} and no other relation answers for. */
    public static Dependents ofRelation(Taxonomy t, int index) {
        Relation r = t.relations().get(index);
        List<StepRef> steps = steps(t, s -> s.relations().stream().anyMatch(ref -> {
            boolean directed = t.relationType(ref.type()).map(RelationType::directed).orElse(true);
            return ref.matches(r, directed) && t.relationIndices(ref).equals(List.of(index));
        }));
        return new Dependents(List.of(), List.of(), steps, List.of());
    }

    /** Relations of the type, tour steps highlighting them, views hiding the type. */
    public static Dependents ofRelationType(Taxonomy t, String id) {
        List<Integer> relations = new ArrayList<>();
        for (int i = 0; i < t.relations().size(); i++) {
            if (id.equals(t.relations().get(i).type())) {
                relations.add(i);
            }
        }
        List<StepRef> steps = steps(t, s -> s.relations().stream().map(RelationRef::type).anyMatch(id::equals));
        List<String> views = t.views().stream().filter(v -> v.hiddenRelationTypes().contains(id)).map(View::id).toList();
        return new Dependents(relations, List.of(), steps, views);
    }

    /** Tour steps that show the view. */
    public static Dependents ofView(Taxonomy t, String id) {
        return new Dependents(List.of(), List.of(), steps(t, s -> id.equals(s.view())), List.of());
    }

    private static List<StepRef> steps(Taxonomy t, java.util.function.Predicate<TourStep> names) {
        List<StepRef> out = new ArrayList<>();
        for (Tour tour : t.tours()) {
            for (int i = 0; i < tour.steps().size(); i++) {
                if (names.test(tour.steps().get(i))) {
                    out.add(new StepRef(tour.id(), i));
                }
            }
        }
        return out;
    }
}
