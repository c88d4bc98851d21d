package org.psoexplorer.layout;

import java.util.Objects;

/**
 * An edge to lay out. {@code hierarchical} edges (such as "is a kind of") drive the layered
 * layout; see {@link LayoutOptions#parentIsTarget()} for which end is the parent.
 */
public record LayoutEdge(String source, String target, boolean hierarchical) {

    public LayoutEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
