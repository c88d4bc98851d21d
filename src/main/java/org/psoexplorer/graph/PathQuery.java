package org.psoexplorer.graph;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question for {@link PathFinder}: how does one concept relate to another?
 *
 * @param from          a concept id
 * @param to            a concept id
 * @param maxPaths      how many paths to give at most (the shortest first); at least 1
 * @param relationTypes the relation type ids the paths may walk; empty means every type
 */
public record PathQuery(String from, String to, int maxPaths, Set<String> relationTypes) {

    /** Enough to see alternatives without burying the shortest answer. */
    public static final int DEFAULT_MAX_PATHS = 5;

    public PathQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be at least 1, not " + maxPaths);
        }
        // Sorted so that a query prints, compares and hashes the same whatever set it was built from.
        relationTypes = java.util.Collections.unmodifiableSet(new TreeSet<>(relationTypes));
    }

    /** The default question: up to {@value #DEFAULT_MAX_PATHS} paths over every relation type. */
    public static PathQuery between(String from, String to) {
        return new PathQuery(from, to, DEFAULT_MAX_PATHS, Set.of());
    }

    public PathQuery withMaxPaths(int max) {
        return new PathQuery(from, to, max, relationTypes);
    }

    public PathQuery withRelationTypes(Set<String> types) {
        return new PathQuery(from, to, maxPaths, types);
    }

    /** Whether the query walks only some relation types. */
    public boolean restrictsTypes() {
        return !relationTypes.isEmpty();
    }

    /** Whether relations of this type may be walked. */
    public boolean allows(String relationType) {
        return relationTypes.isEmpty() || relationTypes.contains(relationType);
    }
}
