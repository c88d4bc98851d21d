package org.psoexplorer.layout;

import java.util.Objects;

/**
 * An edge to lay out. {@code hierarchical} edges (such as "is a kind of") drive the layered
 * layout; see {@link LayoutOptions#parentIsTarget()} for which end is the parent.
 *
 * @param nameWidth the room the edge's name needs along its line between its two boxes, in the
 *                  layout's units, or 0 when the drawing names it elsewhere or not at all. The layered
 *                  layout keeps two neighbours of one layer that far apart; the other layouts make
 *                  such room afterwards ({@link RelationRoom}).
 */
public record LayoutEdge(String source, String target, boolean hierarchical, double nameWidth) {

    public LayoutEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!(nameWidth >= 0) || Double.isInfinite(nameWidth)) {
            throw new IllegalArgumentException("nameWidth must be finite and non-negative, got " + nameWidth);
        }
    }

    /** An edge whose name needs no room. */
    public LayoutEdge(String source, String target, boolean hierarchical) {
        this(source, target, hierarchical, 0);
    }
}
