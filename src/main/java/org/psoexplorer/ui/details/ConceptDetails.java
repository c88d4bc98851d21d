package org.psoexplorer.ui.details;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * What the details pane shows for one concept, in one language, already put into words: label,
 * definition, quotes with full citations, and relations grouped by how they read from here.
 */
public record ConceptDetails(String id, String label, List<String> altLabels, String kind, Integer since,
                             String definition, String notes, List<QuoteView> quotes,
                             Map<String, List<RelationLine>> relations, boolean undated) {

    /** A quote with everything needed to cite it. */
    public record QuoteView(String text, String citation, String locator, String url) {
        /** "Citation, locator" — what "copy citation" puts on the clipboard, with the quote. */
        public String fullCitation() {
            return org.psoexplorer.model.Quote.cite(citation, locator);
        }
    }

    /**
     * One relation as read from the selected concept.
     *
     * @param phrase  "is a kind of" for an outgoing relation, its inverse ("has kind") for an incoming one
     * @param sources short citations
     * @param note    why the relation is contested, or its note; may be empty
     */
    public record RelationLine(String phrase, String otherId, String otherLabel, List<String> sources, boolean contested,
                               String note, QuoteView quote) {
    }

    public static ConceptDetails of(TaxonomyGraph graph, String id, String lang) {
        Taxonomy t = graph.taxonomy();
        Concept c = t.concept(id).orElseThrow(() -> new IllegalArgumentException("No concept " + id));
        List<String> alt = c.altLabels().stream().map(a -> t.text(a, lang)).toList();
        String kind = t.kind(c.kind()).map(k -> t.text(k.label(), lang)).orElse(c.kind());
        List<QuoteView> quotes = c.quotes().stream().map(q -> quote(t, q)).toList();
        Map<String, List<RelationLine>> relations = new LinkedHashMap<>();
        List<RelationEdge> edges = new ArrayList<>(graph.edgesOf(id));
        edges.sort(java.util.Comparator.comparingInt(RelationEdge::index));
        for (RelationEdge e : edges) {
            Relation r = e.relation();
            RelationType type = t.relationType(r.type()).orElseThrow();
            boolean outgoing = r.from().equals(id);
            String phrase = phrase(t, type, outgoing, lang);
            String other = e.other(id);
            List<String> sources = r.sources().stream().map(s -> t.source(s).map(Source::shortCitation).orElse(s)).toList();
            relations.computeIfAbsent(phrase, k -> new ArrayList<>()).add(new RelationLine(phrase, other,
                    t.concept(other).map(o -> t.text(o.label(), lang)).orElse(other), sources, r.isContested(type),
                    t.text(r.note(), lang), r.quote() == null ? null : quote(t, r.quote())));
        }
        // Undated as the timeline sees it: no year of its own and none from its sources, so it shows in every year.
        boolean undated = new org.psoexplorer.graph.Timeline(t).yearOf(id) == null;
        return new ConceptDetails(id, t.text(c.label(), lang), alt, kind, c.since(), t.text(c.definition(), lang),
                t.text(c.notes(), lang), quotes, relations, undated);
    }

    /** How a relation reads from one of its ends: its label forward, its inverse label backward. */
    static String phrase(Taxonomy t, RelationType type, boolean outgoing, String lang) {
        if (outgoing || !type.directed()) {
            return t.text(type.label(), lang);
        }
        if (!type.inverseLabel().isEmpty()) {
            return t.text(type.inverseLabel(), lang);
        }
        return "← " + t.text(type.label(), lang);
    }

    static QuoteView quote(Taxonomy t, Quote q) {
        Source s = t.source(q.source()).orElse(null);
        return new QuoteView(q.text(), s == null ? q.source() : s.fullCitation(), q.locator(), s == null ? null : s.url());
    }
}
