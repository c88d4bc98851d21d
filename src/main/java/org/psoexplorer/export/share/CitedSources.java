package org.psoexplorer.export.share;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/** The sources behind what a view shows: quoted by its concepts, or cited for its relations. */
public final class CitedSources {

    private CitedSources() {
    }

    public static List<Source> of(Taxonomy t, VisibleGraph visible) {
        Set<String> ids = new LinkedHashSet<>();
        for (Concept c : t.concepts()) {
            if (visible.contains(c.id())) {
                c.quotes().stream().map(Quote::source).forEach(ids::add);
            }
        }
        for (RelationEdge e : visible.relations()) {
            ids.addAll(e.relation().sources());
            if (e.relation().quote() != null) {
                ids.add(e.relation().quote().source());
            }
        }
        return ids.stream().map(t::source).flatMap(java.util.Optional::stream).toList();
    }
}
