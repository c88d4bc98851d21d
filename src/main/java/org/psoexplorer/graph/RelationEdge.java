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

    /** The concept at the other end of this edge, seen from {@code id}. */
    public String other(String id) {
        return relation.from().equals(id) ? relation.to() : relation.from();
    }
}
