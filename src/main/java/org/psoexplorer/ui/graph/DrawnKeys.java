package org.psoexplorer.ui.graph;

/**
 * Where a concept's or relation's scene nodes say what they draw: a key of their properties, not a
 * CSS id. JavaFX caches the styles it matches by type, style classes and id together, so an id of
 * its own makes every concept's nodes match the whole stylesheet afresh; with thousands of concepts
 * brought into view while panning, that matching was most of a frame.
 */
public final class DrawnKeys {

    /** On a concept's node: the concept's id. */
    public static final String CONCEPT = "pso.concept";
    /** On a concept's label (drawn in a layer of its own, above every shape): the concept's id. */
    public static final String LABEL_OF = "pso.label-of";
    /** On the line joining a concept to its name set apart (drawn in a layer of its own, under every shape): the concept's id. */
    public static final String LEADER_OF = "pso.leader-of";
    /** On a relation's node: the relation's index in the taxonomy. */
    public static final String RELATION = "pso.relation";
    /** On a relation's label (drawn in a layer of its own, above every shape): the relation's index. */
    public static final String RELATION_LABEL_OF = "pso.relation-label-of";

    private DrawnKeys() {
    }
}
