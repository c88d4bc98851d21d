package org.psoexplorer.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.model.View;

/**
 * Checks what views name: unique view ids, and concepts (focus, positions), kinds, relation types
 * and the source they read through, each declared. A view that places a concept the file no longer
 * has would open wrong in front of a class, so these are errors with a "did you mean".
 */
final class ViewChecker {

    private final Reporter reporter;
    private final UnknownIds unknowns;

    ViewChecker(Reporter reporter, UnknownIds unknowns) {
        this.reporter = reporter;
        this.unknowns = unknowns;
    }

    /** @return the ids of the views, for tour steps that name one */
    Set<String> check(List<ViewReader.ReadView> views, Set<String> concepts, Set<String> kinds, Set<String> types,
                      Set<String> sources) {
        Map<String, ViewReader.ReadView> first = new LinkedHashMap<>();
        for (ViewReader.ReadView rv : views) {
            View v = rv.view();
            Fields f = rv.fields();
            if (v.id() != null) {
                ViewReader.ReadView earlier = first.putIfAbsent(v.id(), rv);
                if (earlier != null) {
                    reporter.error(f.at("id"), f.child("id"),
                            TaxonomyChecker.duplicateId(Entry.VIEW, Excerpt.of(v.id()), earlier.fields().at("id").line()),
                            TaxonomyChecker.duplicateIdHint(Entry.VIEW));
                }
            }
            if (v.focus() != null && !concepts.contains(v.focus())) {
                unknowns.report(v.focus(), concepts, f.at("focus"), f.child("focus"), Entry.CONCEPT);
            }
            if (v.onlySource() != null && !sources.contains(v.onlySource())) {
                unknowns.report(v.onlySource(), sources, f.at("onlySource"), f.child("onlySource"), Entry.SOURCE);
            }
            eachId(f, "hiddenKinds", kinds, Entry.KIND);
            eachId(f, "hiddenRelationTypes", types, Entry.RELATION_TYPE);
            for (Json.Member m : rv.positions().values()) {
                if (!concepts.contains(m.key())) {
                    unknowns.report(m.key(), concepts, m.keyAt(), f.child("positions") + "." + m.key(), Entry.CONCEPT);
                }
            }
        }
        return first.keySet();
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

}
