package org.psoexplorer.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationRef;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.TourStep;

/**
 * Checks what tours refer to: unique tour ids, concepts, focus and sources that exist, relations to
 * highlight that the taxonomy states, a focus the step shows. A tour that points at nothing would
 * fail in front of a class, so these are errors, found when the file is opened.
 */
final class TourChecker {

    private final Reporter reporter;
    /** One index per list of declared ids, built on the first unknown reference to it. */
    private final UnknownIds unknowns;
    private final List<TourReader.ReadTour> tours;
    private final Set<String> concepts;
    private final Set<String> sources;
    private final Map<String, RelationType> types;
    private final List<Relation> relations;
    private final Set<String> views;

    TourChecker(Reporter reporter, UnknownIds unknowns, List<TourReader.ReadTour> tours, Set<String> concepts,
                Set<String> sources, Map<String, RelationType> types, List<Relation> relations, Set<String> views) {
        this.views = views;
        this.reporter = reporter;
        this.unknowns = unknowns;
        this.tours = tours;
        this.concepts = concepts;
        this.sources = sources;
        this.types = types;
        this.relations = relations;
    }

    void check() {
        Map<String, TourReader.ReadTour> first = new LinkedHashMap<>();
        for (TourReader.ReadTour t : tours) {
            String id = t.tour().id();
            if (id != null) {
                TourReader.ReadTour earlier = first.putIfAbsent(id, t);
                if (earlier != null) {
                    reporter.error(t.fields().at("id"), t.fields().child("id"),
                            TaxonomyChecker.duplicateId(Entry.TOUR, id, earlier.fields().at("id").line()),
                            TaxonomyChecker.duplicateIdHint(Entry.TOUR));
                }
            }
            for (TourReader.ReadStep s : t.steps()) {
                checkStep(s);
            }
        }
    }

    /** Warnings, given only when the file has no errors: highlighted relations the step does not show. */
    void warn() {
        for (TourReader.ReadTour t : tours) {
            for (TourReader.ReadStep s : t.steps()) {
                TourStep step = s.step();
                if (step.showsEverything()) {
                    continue;
                }
                for (Located<RelationRef> lr : s.relations()) {
                    RelationRef r = lr.value();
                    if (!step.concepts().contains(r.from()) || !step.concepts().contains(r.to())) {
                        String missing = step.concepts().contains(r.from()) ? r.to() : r.from();
                        reporter.warning(lr.fields().node().at(), lr.fields().path(),
                                Message.of("step.relationNotShown", describe(r), Excerpt.of(missing)),
                                Message.of("step.hint.relationNotShown", Excerpt.of(missing)));
                    }
                }
            }
        }
    }

    private void checkStep(TourReader.ReadStep s) {
        Fields f = s.fields();
        TourStep step = s.step();
        eachId(f, "concepts", concepts, Entry.CONCEPT);
        eachId(f, "sources", sources, Entry.SOURCE);
        String focus = step.focus();
        if (focus != null && !focus.isBlank()) {
            if (!concepts.contains(focus)) {
                unknowns.report(focus, concepts, f.at("focus"), f.child("focus"), Entry.CONCEPT);
            } else if (!step.concepts().isEmpty() && !step.concepts().contains(focus)) {
                reporter.error(f.at("focus"), f.child("focus"), Message.of("step.focusNotShown", Excerpt.of(focus)),
                        Message.of("step.hint.focusNotShown", Excerpt.of(focus)));
            }
        }
        for (Located<RelationRef> lr : s.relations()) {
            checkRelationRef(lr);
        }
        if (step.view() != null && !views.contains(step.view())) {
            unknowns.report(step.view(), views, f.at("view"), f.child("view"), Entry.VIEW);
        }
    }

    private void eachId(Fields f, String key, Set<String> declared, Entry what) {
        if (f.get(key) instanceof Json.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof Json.Str str && !declared.contains(str.value())) {
                    unknowns.report(str.value(), declared, str.at(), f.child(key) + "[" + i + "]", what);
                }
            }
        }
    }

    private void checkRelationRef(Located<RelationRef> lr) {
        RelationRef ref = lr.value();
        Fields f = lr.fields();
        boolean known = true;
        if (!concepts.contains(ref.from())) {
            unknowns.report(ref.from(), concepts, f.at("from"), f.child("from"), Entry.CONCEPT);
            known = false;
        }
        if (!types.containsKey(ref.type())) {
            unknowns.report(ref.type(), types.keySet(), f.at("type"), f.child("type"), Entry.RELATION_TYPE);
            known = false;
        }
        if (!concepts.contains(ref.to())) {
            unknowns.report(ref.to(), concepts, f.at("to"), f.child("to"), Entry.CONCEPT);
            known = false;
        }
        if (!known) {
            return;
        }
        boolean directed = types.get(ref.type()).directed();
        if (relations.stream().anyMatch(r -> ref.matches(r, directed))) {
            return;
        }
        reporter.error(f.node().at(), f.path(), Message.of("step.noSuchRelation", describe(ref)), hintFor(ref));
    }

    /** Points at what the author probably meant: the relation the other way round, or another type between the two. */
    private Message hintFor(RelationRef ref) {
        RelationRef reversed = new RelationRef(ref.to(), ref.type(), ref.from());
        if (relations.stream().anyMatch(r -> reversed.matches(r, true))) {
            return Message.of("step.hint.otherWay", Excerpt.of(ref.to()), Excerpt.of(ref.from()));
        }
        List<Object> between = relations.stream()
                .filter(r -> (ref.from().equals(r.from()) && ref.to().equals(r.to()))
                        || (ref.to().equals(r.from()) && ref.from().equals(r.to())))
                .map(r -> (Object) describe(new RelationRef(r.from(), r.type(), r.to())))
                .distinct()
                .toList();
        if (!between.isEmpty()) {
            return Message.of("step.hint.between", Message.Joined.bySemicolons(between));
        }
        return Message.of("step.hint.declareRelation");
    }

    /** ""kind-of" from "a" to "b"": a relation as messages name it. */
    private static Message describe(RelationRef r) {
        return Message.of("relation.named", Excerpt.of(r.type()), Excerpt.of(r.from()), Excerpt.of(r.to()));
    }

}
