package org.psoexplorer.model;

/**
 * Names a relation of the taxonomy by its ends and type, as a tour step does to highlight it.
 * Several relations may answer to one reference (two identical relations from two sources), and
 * for a relation type that is not directed either direction answers: see {@link Taxonomy#relationIndices}.
 */
public record RelationRef(String from, String type, String to) {

    /** Whether {@code r} is the relation named, taking an undirected type's relations both ways round. */
    public boolean matches(Relation r, boolean directed) {
        if (!type.equals(r.type())) {
            return false;
        }
        return (from.equals(r.from()) && to.equals(r.to())) || (!directed && from.equals(r.to()) && to.equals(r.from()));
    }

    @Override
    public String toString() {
        return from + " –" + type + "→ " + to;
    }
}
