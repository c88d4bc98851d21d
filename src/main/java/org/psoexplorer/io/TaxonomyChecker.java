package org.psoexplorer.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;

/**
 * Checks what the structure cannot: unique ids, references that resolve, hierarchies without
 * cycles, no relation from a concept to itself, labels in the default language; and warns about
 * concepts that stand alone or rest on no quote.
 */
final class TaxonomyChecker {

    private final Reporter reporter;
    /** One index per list of declared ids, built on the first unknown reference to it. */
    private final UnknownIds unknowns;
    private final TaxonomyReader.Read read;

    TaxonomyChecker(Reporter reporter, TaxonomyReader.Read read) {
        this.reporter = reporter;
        this.unknowns = new UnknownIds(reporter);
        this.read = read;
    }

    void check() {
        Set<String> sources = unique(read.sources(), s -> s.id(), Entry.SOURCE);
        Set<String> kinds = unique(read.kinds(), k -> k.id(), Entry.KIND);
        Map<String, RelationType> types = new HashMap<>();
        for (Located<RelationType> t : read.relationTypes()) {
            // A type without a usable id was reported by the reader; it cannot be referred to.
            if (t.value().id() != null) {
                types.putIfAbsent(t.value().id(), t.value());
            }
        }
        unique(read.relationTypes(), RelationType::id, Entry.RELATION_TYPE);
        Set<String> concepts = unique(read.concepts(), Concept::id, Entry.CONCEPT);

        for (Located<Concept> c : read.concepts()) {
            checkConcept(c, kinds, sources);
        }
        Set<String> related = new HashSet<>();
        for (Located<Relation> r : read.relations()) {
            checkRelation(r, concepts, types.keySet(), sources);
            related.add(r.value().from());
            related.add(r.value().to());
        }
        checkHierarchyCycles(types);
        List<Relation> relations = read.relations().stream().map(Located::value).toList();
        Set<String> views = new ViewChecker(reporter, unknowns).check(read.views(), concepts, kinds, types.keySet(), sources);
        TourChecker tours = new TourChecker(reporter, unknowns, read.tours(), concepts, sources, types, relations, views);
        tours.check();
        if (!reporter.hasErrors()) {
            warnAboutLoneConcepts(related);
            tours.warn();
        }
    }

    private <T> Set<String> unique(List<Located<T>> entries, Function<T, String> id, Entry what) {
        Map<String, Located<T>> first = new LinkedHashMap<>();
        for (Located<T> e : entries) {
            String key = id.apply(e.value());
            if (key == null) {
                continue;
            }
            Located<T> earlier = first.putIfAbsent(key, e);
            if (earlier != null) {
                Json.Position at = earlier.fields().at("id");
                reporter.error(e.fields().at("id"), e.fields().child("id"), duplicateId(what, Excerpt.of(key), at.line()),
                        duplicateIdHint(what));
            }
        }
        return first.keySet();
    }

    /** "The concept id "x" is already used (line 12)", for every list with ids (tours and views too). */
    static Message duplicateId(Entry what, Object id, int firstLine) {
        return Message.of("id.duplicate", what.noun(), id, String.valueOf(firstLine));
    }

    static Message duplicateIdHint(Entry what) {
        return Message.of("id.hint.duplicate", what.noun());
    }

    private void checkConcept(Located<Concept> located, Set<String> kinds, Set<String> sources) {
        Concept c = located.value();
        Fields f = located.fields();
        reference(c.kind(), kinds, f, "kind", Entry.KIND);
        if (!c.label().isEmpty() && c.label().exactly(read.defaultLanguage()).isEmpty()) {
            reporter.error(f.at("label"), f.child("label"),
                    Message.of("concept.noDefaultLabel", Excerpt.of(c.id()), read.defaultLanguage()),
                    Message.of("concept.hint.noDefaultLabel", read.defaultLanguage()));
        }
        checkQuotes(f, "quotes", c.quotes(), sources);
    }

    private void checkQuotes(Fields f, String key, List<Quote> quotes, Set<String> sources) {
        if (!(f.get(key) instanceof Json.Arr arr)) {
            return;
        }
        for (int i = 0; i < arr.items().size() && i < quotes.size(); i++) {
            if (arr.items().get(i) instanceof Json.Obj o) {
                Fields qf = new Fields(o, f.child(key) + "[" + i + "]", reporter, read.defaultLanguage());
                reference(quotes.get(i).source(), sources, qf, "source", Entry.SOURCE);
            }
        }
    }

    private void checkRelation(Located<Relation> located, Set<String> concepts, Set<String> types, Set<String> sources) {
        Relation r = located.value();
        Fields f = located.fields();
        reference(r.from(), concepts, f, "from", Entry.CONCEPT);
        reference(r.type(), types, f, "type", Entry.RELATION_TYPE);
        reference(r.to(), concepts, f, "to", Entry.CONCEPT);
        if (r.from() != null && r.from().equals(r.to())) {
            reporter.error(f.at("to"), f.child("to"), Message.of("relation.toItself", Excerpt.of(r.from())),
                    Message.of("relation.hint.toItself"));
        }
        if (f.get("sources") instanceof Json.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof Json.Str s && s.value() != null && !sources.contains(s.value())) {
                    unknowns.report(s.value(), sources, s.at(), f.child("sources") + "[" + i + "]", Entry.SOURCE);
                }
            }
        }
        if (r.quote() != null && f.object("quote") != null) {
            reference(r.quote().source(), sources, f.object("quote"), "source", Entry.SOURCE);
        }
    }

    private void reference(String id, Set<String> declared, Fields f, String key, Entry what) {
        if (id != null && !id.isBlank() && !declared.contains(id)) {
            unknowns.report(id, declared, f.at(key), f.child(key), what);
        }
    }


    private void checkHierarchyCycles(Map<String, RelationType> types) {
        if (HierarchyOrder.acyclic(read.relations(), types)) {
            // Nearly every file: a graph library's strongly connected components only to name a cycle.
            return;
        }
        Graph<String, DefaultEdge> hierarchy = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<String, Located<Relation>> firstEdge = new HashMap<>();
        for (Located<Relation> lr : read.relations()) {
            Relation r = lr.value();
            RelationType type = types.get(r.type());
            if (type == null || !type.hierarchical() || r.from() == null || r.to() == null || r.from().equals(r.to())) {
                continue;
            }
            hierarchy.addVertex(r.from());
            hierarchy.addVertex(r.to());
            hierarchy.addEdge(r.from(), r.to());
            firstEdge.putIfAbsent(r.from() + "\u0000" + r.to(), lr);
        }
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(hierarchy).stronglyConnectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            String start = component.stream().sorted().findFirst().orElseThrow();
            List<String> cycle = cycleThrough(hierarchy, component, start);
            Located<Relation> closing = firstEdge.get(cycle.get(cycle.size() - 2) + "\u0000" + start);
            reporter.error(closing.fields().at("to"), closing.fields().path(),
                    Message.of("hierarchy.cycle", Excerpt.chain(cycle, " → ")), Message.of("hierarchy.hint.cycle"));
        }
    }

    /** The shortest cycle from {@code start} back to itself inside one strongly connected component. */
    private static List<String> cycleThrough(Graph<String, DefaultEdge> g, Set<String> component, String start) {
        Map<String, String> parent = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        String last = null;
        while (!queue.isEmpty() && last == null) {
            String v = queue.poll();
            for (DefaultEdge e : g.outgoingEdgesOf(v)) {
                String w = g.getEdgeTarget(e);
                if (w.equals(start)) {
                    last = v;
                    break;
                }
                if (component.contains(w) && !parent.containsKey(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<String> path = new ArrayList<>();
        for (String v = last; v != null && !v.equals(start); v = parent.get(v)) {
            path.add(0, v);
        }
        path.add(0, start);
        path.add(start);
        return path;
    }

    private void warnAboutLoneConcepts(Set<String> related) {
        for (Located<Concept> lc : read.concepts()) {
            Concept c = lc.value();
            if (!related.contains(c.id())) {
                reporter.warning(lc.fields().at("id"), lc.fields().path(), Message.of("concept.alone", Excerpt.of(c.id())),
                        Message.of("concept.hint.alone"));
            }
            if (c.quotes().isEmpty()) {
                reporter.warning(lc.fields().at("id"), lc.fields().path(), Message.of("concept.noQuote", Excerpt.of(c.id())),
                        Message.of("concept.hint.noQuote"));
            }
        }
    }
}
