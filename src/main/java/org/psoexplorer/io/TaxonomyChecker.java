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
        Set<String> sources = unique(read.sources(), s -> s.id(), "source");
        Set<String> kinds = unique(read.kinds(), k -> k.id(), "kind");
        Map<String, RelationType> types = new HashMap<>();
        for (Located<RelationType> t : read.relationTypes()) {
            // A type without a usable id was reported by the reader; it cannot be referred to.
            if (t.value().id() != null) {
                types.putIfAbsent(t.value().id(), t.value());
            }
        }
        unique(read.relationTypes(), RelationType::id, "relation type");
        Set<String> concepts = unique(read.concepts(), Concept::id, "concept");

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

    private <T> Set<String> unique(List<Located<T>> entries, Function<T, String> id, String what) {
        Map<String, Located<T>> first = new LinkedHashMap<>();
        for (Located<T> e : entries) {
            String key = id.apply(e.value());
            if (key == null) {
                continue;
            }
            Located<T> earlier = first.putIfAbsent(key, e);
            if (earlier != null) {
                Json.Position at = earlier.fields().at("id");
                reporter.error(e.fields().at("id"), e.fields().child("id"),
                        "The " + what + " id \"" + Excerpt.of(key) + "\" is already used (line " + at.line() + ")",
                        "Give each " + what + " its own id");
            }
        }
        return first.keySet();
    }

    private void checkConcept(Located<Concept> located, Set<String> kinds, Set<String> sources) {
        Concept c = located.value();
        Fields f = located.fields();
        reference(c.kind(), kinds, f, "kind", "kind", "kinds");
        if (!c.label().isEmpty() && c.label().exactly(read.defaultLanguage()).isEmpty()) {
            reporter.error(f.at("label"), f.child("label"), "The concept \"" + Excerpt.of(c.id()) + "\" has no label in the default language \""
                    + read.defaultLanguage() + "\"", "Add \"" + read.defaultLanguage() + "\": \"…\" to its label");
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
                reference(quotes.get(i).source(), sources, qf, "source", "source", "sources");
            }
        }
    }

    private void checkRelation(Located<Relation> located, Set<String> concepts, Set<String> types, Set<String> sources) {
        Relation r = located.value();
        Fields f = located.fields();
        reference(r.from(), concepts, f, "from", "concept", "concepts");
        reference(r.type(), types, f, "type", "relation type", "relationTypes");
        reference(r.to(), concepts, f, "to", "concept", "concepts");
        if (r.from() != null && r.from().equals(r.to())) {
            reporter.error(f.at("to"), f.child("to"), "The relation goes from \"" + Excerpt.of(r.from()) + "\" to itself",
                    "A relation must link two different concepts");
        }
        if (f.get("sources") instanceof Json.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof Json.Str s && s.value() != null && !sources.contains(s.value())) {
                    unknowns.report(s.value(), sources, s.at(), f.child("sources") + "[" + i + "]", "source", "sources");
                }
            }
        }
        if (r.quote() != null && f.object("quote") != null) {
            reference(r.quote().source(), sources, f.object("quote"), "source", "source", "sources");
        }
    }

    private void reference(String id, Set<String> declared, Fields f, String key, String what, String listKey) {
        if (id != null && !id.isBlank() && !declared.contains(id)) {
            unknowns.report(id, declared, f.at(key), f.child(key), what, listKey);
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
                    "The hierarchy goes round in a circle: " + Excerpt.chain(cycle, " → "),
                    "A hierarchical relation (such as \"is a kind of\") cannot loop back; remove or reverse one step");
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
                reporter.warning(lc.fields().at("id"), lc.fields().path(), "The concept \"" + Excerpt.of(c.id()) + "\" has no relation",
                        "Link it to another concept so it appears in context");
            }
            if (c.quotes().isEmpty()) {
                reporter.warning(lc.fields().at("id"), lc.fields().path(), "The concept \"" + Excerpt.of(c.id()) + "\" rests on no quote",
                        "Add a verbatim quote with its source and locator");
            }
        }
    }
}
