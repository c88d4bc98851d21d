package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;

/**
 * The part of the taxonomy a {@link ViewFilter} leaves visible, with counts of what it hides so the
 * window can say so.
 */
public record VisibleGraph(Set<String> concepts, List<RelationEdge> relations, int hiddenConcepts,
                           int hiddenRelations) {

    public VisibleGraph {
        concepts = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(concepts));
        relations = List.copyOf(relations);
    }

    public static VisibleGraph of(TaxonomyGraph tg, ViewFilter filter) {
        return of(tg, filter, filter.asOfYear() == null ? null : new Timeline(tg.taxonomy()));
    }

    /**
     * As {@link #of(TaxonomyGraph, ViewFilter)}, with the taxonomy's timeline computed once by the
     * caller (a year slider asks for many years in a row); it is used only when the filter has a year.
     * Concepts and relations dated after {@link ViewFilter#asOfYear()} are hidden and counted as hidden;
     * timeless ones stay.
     */
    public static VisibleGraph of(TaxonomyGraph tg, ViewFilter filter, Timeline timeline) {
        Integer year = filter.asOfYear();
        if (year == null) {
            timeline = null;
        } else if (timeline == null) {
            timeline = new Timeline(tg.taxonomy());
        }
        Set<String> concepts = new LinkedHashSet<>();
        for (Concept c : tg.taxonomy().concepts()) {
            if (!filter.hiddenKinds().contains(c.kind())
                    && (filter.only().isEmpty() || filter.only().contains(c.id()))
                    && (timeline == null || !after(timeline.yearOf(c.id()), year))
                    && (filter.onlySource() == null || saysSomethingAbout(tg, c, filter.onlySource()))) {
                concepts.add(c.id());
            }
        }
        for (String folded : filter.collapsed()) {
            if (concepts.contains(folded)) {
                concepts.removeAll(tg.descendants(folded));
            }
        }
        List<RelationEdge> relations = new ArrayList<>();
        for (RelationEdge e : tg.graph().edgeSet()) {
            if (concepts.contains(e.from()) && concepts.contains(e.to())
                    && !filter.hiddenRelationTypes().contains(e.type())
                    && (timeline == null || !after(timeline.yearOfRelation(e.index()), year))
                    && (filter.onlySource() == null || cites(e.relation(), filter.onlySource()))) {
                relations.add(e);
            }
        }
        relations.sort(java.util.Comparator.comparingInt(RelationEdge::index));
        if (filter.focus() != null && concepts.contains(filter.focus())) {
            Set<String> near = tg.neighbourhood(filter.focus(), filter.focusDepth(), relations);
            concepts.retainAll(near);
            relations.removeIf(e -> !concepts.contains(e.from()) || !concepts.contains(e.to()));
        }
        int allConcepts = tg.taxonomy().concepts().size();
        int allRelations = tg.taxonomy().relations().size();
        return new VisibleGraph(concepts, relations, allConcepts - concepts.size(), allRelations - relations.size());
    }

    /** Timeless entries (no year) are always shown. */
    private static boolean after(Integer entryYear, int year) {
        return entryYear != null && entryYear > year;
    }

    /** A source speaks of a concept when it is quoted on it or backs one of its relations. */
    private static boolean saysSomethingAbout(TaxonomyGraph tg, Concept c, String source) {
        for (Quote q : c.quotes()) {
            if (source.equals(q.source())) {
                return true;
            }
        }
        return tg.edgesOf(c.id()).stream().anyMatch(e -> cites(e.relation(), source));
    }

    private static boolean cites(Relation r, String source) {
        return r.sources().contains(source) || (r.quote() != null && source.equals(r.quote().source()));
    }

    public boolean contains(String concept) {
        return concepts.contains(concept);
    }
}
