package org.psoexplorer.graph;

import java.util.Objects;
import org.psoexplorer.model.Relation;

/**
 * One step of a {@link ConceptPath}: a relation walked from one concept to the next, either along
 * its direction (forward: from the relation's {@code from} to its {@code to}) or against it.
 *
 * @param from          the concept this step leaves
 * @param to            the concept this step reaches
 * @param relationIndex the relation's position in the taxonomy file (its identity: two equal
 *                      relations at different indices are different steps)
 * @param relation      the relation walked
 * @param forward       {@code true} when walked from the relation's source to its target
 */
public record PathStep(String from, String to, int relationIndex, Relation relation, boolean forward) {

    public PathStep {
        Objects.requireNonNull(relation, "relation");
        boolean matches = forward
                ? relation.from().equals(from) && relation.to().equals(to)
                : relation.to().equals(from) && relation.from().equals(to);
        if (!matches) {
            throw new IllegalArgumentException("Step " + from + " → " + to + " does not walk relation " + relation.from()
                    + " " + relation.type() + " " + relation.to() + (forward ? " forward" : " backward"));
        }
    }

    /** The step that walks {@code edge} away from {@code from}. */
    public static PathStep walking(RelationEdge edge, String from) {
        boolean forward = edge.from().equals(from);
        return new PathStep(from, edge.other(from), edge.index(), edge.relation(), forward);
    }

    public boolean backward() {
        return !forward;
    }

    public String relationType() {
        return relation.type();
    }

    /** Whether a source or a quote backs this step. */
    public boolean sourced() {
        return !relation.sources().isEmpty() || relation.quote() != null;
    }
}
