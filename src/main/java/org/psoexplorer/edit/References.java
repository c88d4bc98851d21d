package org.psoexplorer.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
 * What a rename or a removal does to the entries that name the changed one, so that an edit leaves
 * no dangling id behind: relations, quotes, tour steps and views follow.
 */
final class References {

    private References() {
    }

    static Taxonomy renameConcept(Taxonomy t, String from, String to) {
        UnaryOperator<String> id = s -> from.equals(s) ? to : s;
        List<Relation> relations = map(t.relations(), r -> r.from().equals(from) || r.to().equals(from)
                ? new Relation(id.apply(r.from()), r.type(), id.apply(r.to()), r.sources(), r.quote(), r.note(), r.since(),
                r.contested()) : r);
        Taxonomy out = TaxonomyParts.withRelations(t, relations);
        out = TaxonomyParts.withTours(out, mapSteps(out.tours(), s -> new TourStep(map(s.concepts(), id),
                id.apply(s.focus()), map(s.relations(), r -> new RelationRef(id.apply(r.from()), r.type(), id.apply(r.to()))),
                s.layout(), s.caption(), s.sources(), s.view())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> new View(v.id(), v.label(), v.layout(),
                id.apply(v.focus()), v.depth(), v.hiddenKinds(), v.hiddenRelationTypes(), v.onlySource(), v.viewport(),
                renameKey(v.positions(), from, to))));
    }

    static Taxonomy forgetConcept(Taxonomy t, String gone) {
        List<Relation> relations = t.relations().stream()
                .filter(r -> !gone.equals(r.from()) && !gone.equals(r.to())).toList();
        Taxonomy out = TaxonomyParts.withRelations(t, relations);
        out = TaxonomyParts.withTours(out, mapSteps(out.tours(), s -> new TourStep(
                s.concepts().stream().filter(c -> !gone.equals(c)).toList(),
                gone.equals(s.focus()) ? null : s.focus(),
                s.relations().stream().filter(r -> !gone.equals(r.from()) && !gone.equals(r.to())).toList(),
                s.layout(), s.caption(), s.sources(), s.view())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> {
            Map<String, View.Position> positions = new LinkedHashMap<>(v.positions());
            positions.remove(gone);
            return new View(v.id(), v.label(), v.layout(), gone.equals(v.focus()) ? null : v.focus(), v.depth(),
                    v.hiddenKinds(), v.hiddenRelationTypes(), v.onlySource(), v.viewport(), positions);
        }));
    }

    /**
     * After relation {@code old} became {@code now} ({@code null}: removed), tour steps that
     * highlighted it highlight the new one, or nothing, unless another relation still answers.
     */
    static Taxonomy relationChanged(Taxonomy t, Relation old, Relation now) {
        return TaxonomyParts.withTours(t, mapSteps(t.tours(), s -> {
            List<RelationRef> refs = new java.util.ArrayList<>();
            for (RelationRef ref : s.relations()) {
                boolean directed = t.relationType(ref.type()).map(RelationType::directed).orElse(true);
                if (!ref.matches(old, directed) || !t.relationIndices(ref).isEmpty()) {
                    refs.add(ref);
                } else if (now != null) {
                    refs.add(new RelationRef(now.from(), now.type(), now.to()));
                }
            }
            return refs.equals(s.relations()) ? s
                    : new TourStep(s.concepts(), s.focus(), refs, s.layout(), s.caption(), s.sources(), s.view());
        }));
    }

    static Taxonomy renameSource(Taxonomy t, String from, String to) {
        UnaryOperator<String> id = s -> from.equals(s) ? to : s;
        UnaryOperator<Quote> quote = q -> q == null || !from.equals(q.source()) ? q
                : new Quote(q.text(), to, q.locator(), q.lang());
        Taxonomy out = TaxonomyParts.withConcepts(t, map(t.concepts(), c -> new Concept(c.id(), c.kind(), c.label(),
                c.altLabels(), c.definition(), map(c.quotes(), quote), c.since(), c.notes())));
        out = TaxonomyParts.withRelations(out, map(out.relations(), r -> new Relation(r.from(), r.type(), r.to(),
                map(r.sources(), id), quote.apply(r.quote()), r.note(), r.since(), r.contested())));
        out = TaxonomyParts.withTours(out, mapSteps(out.tours(), s -> new TourStep(s.concepts(), s.focus(),
                s.relations(), s.layout(), s.caption(), map(s.sources(), id), s.view())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> new View(v.id(), v.label(), v.layout(), v.focus(),
                v.depth(), v.hiddenKinds(), v.hiddenRelationTypes(), id.apply(v.onlySource()), v.viewport(),
                v.positions())));
    }

    static Taxonomy forgetSource(Taxonomy t, String gone) {
        Taxonomy out = TaxonomyParts.withConcepts(t, map(t.concepts(), c -> new Concept(c.id(), c.kind(), c.label(),
                c.altLabels(), c.definition(), c.quotes().stream().filter(q -> !gone.equals(q.source())).toList(),
                c.since(), c.notes())));
        out = TaxonomyParts.withRelations(out, map(out.relations(), r -> new Relation(r.from(), r.type(), r.to(),
                r.sources().stream().filter(s -> !gone.equals(s)).toList(),
                r.quote() != null && gone.equals(r.quote().source()) ? null : r.quote(), r.note(), r.since(),
                r.contested())));
        out = TaxonomyParts.withTours(out, mapSteps(out.tours(), s -> new TourStep(s.concepts(), s.focus(),
                s.relations(), s.layout(), s.caption(), s.sources().stream().filter(x -> !gone.equals(x)).toList(),
                s.view())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> !gone.equals(v.onlySource()) ? v
                : new View(v.id(), v.label(), v.layout(), v.focus(), v.depth(), v.hiddenKinds(),
                v.hiddenRelationTypes(), null, v.viewport(), v.positions())));
    }

    static Taxonomy renameKind(Taxonomy t, String from, String to) {
        Taxonomy out = TaxonomyParts.withConcepts(t, map(t.concepts(), c -> !from.equals(c.kind()) ? c
                : new Concept(c.id(), to, c.label(), c.altLabels(), c.definition(), c.quotes(), c.since(), c.notes())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> new View(v.id(), v.label(), v.layout(), v.focus(),
                v.depth(), map(v.hiddenKinds(), k -> from.equals(k) ? to : k), v.hiddenRelationTypes(), v.onlySource(),
                v.viewport(), v.positions())));
    }

    static Taxonomy renameRelationType(Taxonomy t, String from, String to) {
        UnaryOperator<String> id = s -> from.equals(s) ? to : s;
        Taxonomy out = TaxonomyParts.withRelations(t, map(t.relations(), r -> !from.equals(r.type()) ? r
                : new Relation(r.from(), to, r.to(), r.sources(), r.quote(), r.note(), r.since(), r.contested())));
        out = TaxonomyParts.withTours(out, mapSteps(out.tours(), s -> new TourStep(s.concepts(), s.focus(),
                map(s.relations(), r -> new RelationRef(r.from(), id.apply(r.type()), r.to())), s.layout(), s.caption(),
                s.sources(), s.view())));
        return TaxonomyParts.withViews(out, map(out.views(), v -> new View(v.id(), v.label(), v.layout(), v.focus(),
                v.depth(), v.hiddenKinds(), map(v.hiddenRelationTypes(), id), v.onlySource(), v.viewport(),
                v.positions())));
    }

    static Taxonomy forgetView(Taxonomy t, String gone) {
        return TaxonomyParts.withTours(t, mapSteps(t.tours(), s -> !gone.equals(s.view()) ? s
                : new TourStep(s.concepts(), s.focus(), s.relations(), s.layout(), s.caption(), s.sources(), null)));
    }

    private static List<Tour> mapSteps(List<Tour> tours, UnaryOperator<TourStep> step) {
        return map(tours, tour -> {
            List<TourStep> steps = map(tour.steps(), step);
            return steps.equals(tour.steps()) ? tour : new Tour(tour.id(), tour.title(), tour.description(), steps);
        });
    }

    /** The list mapped, or the very same list when nothing changed (so unchanged entries stay identical). */
    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        List<T> out = new java.util.ArrayList<>(list.size());
        boolean changed = false;
        for (T item : list) {
            T mapped = f.apply(item);
            changed |= !Objects.equals(mapped, item);
            out.add(mapped);
        }
        return changed ? out : list;
    }

    private static Map<String, View.Position> renameKey(Map<String, View.Position> positions, String from, String to) {
        if (!positions.containsKey(from)) {
            return positions;
        }
        Map<String, View.Position> out = new LinkedHashMap<>();
        positions.forEach((k, v) -> out.put(from.equals(k) ? to : k, v));
        return out;
    }
}
