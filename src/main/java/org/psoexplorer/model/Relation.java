package org.psoexplorer.model;

import java.util.List;

/**
 * A typed relation from one concept to another.
 *
 * @param quote     the passage that states the relation, or {@code null}
 * @param contested {@code null} when the file does not say, so the relation type's default applies
 */
public record Relation(String from, String type, String to, List<String> sources, Quote quote,
                       LocalizedText note, Integer since, Boolean contested) {

    public Relation {
        sources = List.copyOf(sources);
    }

    /** Whether the relation is disputed, taking the relation type's default when the file is silent. */
    public boolean isContested(RelationType relationType) {
        return contested != null ? contested : relationType.contested();
    }
}
