package org.psoexplorer.layout;

/**
 * Places the vertices of a {@link LayoutGraph}. Every implementation is deterministic (the same
 * graph and options give an equal {@link Layout}), places every vertex at finite coordinates, and
 * leaves no two boxes closer than {@link LayoutOptions#spacing()}.
 */
public interface LayoutAlgorithm {

    /** Computes a normalized layout: its bounds start at (0, 0) and include the margin. */
    Layout layout(LayoutGraph graph, LayoutOptions options);
}
