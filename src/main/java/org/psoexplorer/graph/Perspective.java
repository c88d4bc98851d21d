package org.psoexplorer.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * The taxonomy as one source, or a group of sources, tells it: the concepts those sources are quoted
 * on or link by a relation, and the relations they state. The explorer shows these and fades the
 * rest, so a class can compare how UN documents, military doctrine and scholarship draw the field.
 *
 * @param concepts  concepts quoted from the sources or at either end of a relation citing them
 * @param relations indices in {@link Taxonomy#relations()} of the relations citing them, in
 *                  {@code sources} or as the source of their quote
 */
public record Perspective(Set<String> sourceIds, Set<String> concepts, Set<Integer> relations) {

    /** The group key for articles and books together. */
    public static final String SCHOLARSHIP = "scholarship";

    public Perspective {
        sourceIds = Collections.unmodifiableSet(new LinkedHashSet<>(sourceIds));
        concepts = Collections.unmodifiableSet(new LinkedHashSet<>(concepts));
        relations = Collections.unmodifiableSet(new LinkedHashSet<>(relations));
    }

    public static Perspective of(Taxonomy t, Set<String> sourceIds) {
        Set<String> concepts = new LinkedHashSet<>();
        for (Concept c : t.concepts()) {
            for (Quote q : c.quotes()) {
                if (sourceIds.contains(q.source())) {
                    concepts.add(c.id());
                    break;
                }
            }
        }
        Set<Integer> relations = new LinkedHashSet<>();
        List<Relation> all = t.relations();
        for (int i = 0; i < all.size(); i++) {
            Relation r = all.get(i);
            if (cites(r, sourceIds)) {
                relations.add(i);
                concepts.add(r.from());
                concepts.add(r.to());
            }
        }
        // Keep concepts in the taxonomy's order, whatever order they were found in.
        Set<String> ordered = new LinkedHashSet<>();
        for (Concept c : t.concepts()) {
            if (concepts.contains(c.id())) {
                ordered.add(c.id());
            }
        }
        return new Perspective(sourceIds, ordered, relations);
    }

    private static boolean cites(Relation r, Set<String> sourceIds) {
        for (String s : r.sources()) {
            if (sourceIds.contains(s)) {
                return true;
            }
        }
        return r.quote() != null && sourceIds.contains(r.quote().source());
    }

    /**
     * The sources grouped for the perspective menu, by kind of record: {@code "un-document"} (UN
     * documents), {@code "doctrine"} (military and organisational doctrine), {@code "scholarship"}
     * (articles and books), {@code "report"}, {@code "other"}, in that order; empty groups are left out.
     */
    public static Map<String, Set<String>> groups(Taxonomy t) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String key : List.of(SourceType.UN_DOCUMENT.id(), SourceType.DOCTRINE.id(), SCHOLARSHIP,
                SourceType.REPORT.id(), SourceType.OTHER.id())) {
            groups.put(key, new LinkedHashSet<>());
        }
        for (Source s : t.sources()) {
            groups.get(groupOf(s.type())).add(s.id());
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, Collections.unmodifiableSet(v));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The group key a source of this type belongs to. */
    public static String groupOf(SourceType type) {
        return type == SourceType.ARTICLE || type == SourceType.BOOK ? SCHOLARSHIP : type.id();
    }

    public boolean containsConcept(String id) {
        return concepts.contains(id);
    }

    public boolean containsRelation(int index) {
        return relations.contains(index);
    }
}
