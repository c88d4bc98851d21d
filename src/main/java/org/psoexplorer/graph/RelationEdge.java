package org.psoexplorer.graph;

import org.psoexplorer.model.Relation;

/**
 * An edge of the taxonomy graph: one relation of the file. The index keeps two identical relations
 * (which a file may hold, e.g. from two sources) distinct in JGraphT's multigraph.
 */
public record RelationEdge(int index, Relation relation) {

    public String from() {
        return relation.from();
    }

    public String to() {
        return relation.to();
    }

    public String type() {
        return relation.type();
    }

    /**
     * The index alone: it tells the edges of one graph apart, and equal edges share it. The record's
     * own hash went through every field of the relation (its sources, quote and note too), by
     * method handles: on the command line's client compiler that was a tenth of building the graph.
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationEdge e && index == e.index && java.util.Objects.equals(relation, e.relation);
    }

    /** The concept at the other end of this edge, seen from {@code id}. */
    public String other(String id) {
        return relation.from().equals(id) ? relation.to() : relation.from();
    }
}
