package org.psoexplorer.ui.edit;

import java.util.HashSet;
import java.util.Set;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/**
 * Whether the graph can draw an edited taxonomy: every reference resolves and no id is used twice.
 * An edit may leave other problems (a concept still without a definition, a quote to complete) that
 * the form shows beside the field while the graph already shows the change.
 */
final class Drawable {

    private Drawable() {
    }

    static boolean check(Taxonomy t) {
        Set<String> ids = new HashSet<>();
        for (Kind k : t.kinds()) {
            if (!ids.add("kind:" + k.id())) {
                return false;
            }
        }
        for (RelationType r : t.relationTypes()) {
            if (!ids.add("type:" + r.id())) {
                return false;
            }
        }
        for (Concept c : t.concepts()) {
            if (c.id() == null || !ids.add("concept:" + c.id()) || t.kind(c.kind()).isEmpty() || c.label().isEmpty()) {
                return false;
            }
        }
        for (Relation r : t.relations()) {
            if (t.concept(r.from()).isEmpty() || t.concept(r.to()).isEmpty() || t.relationType(r.type()).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
