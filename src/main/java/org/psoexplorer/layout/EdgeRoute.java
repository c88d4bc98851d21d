package org.psoexplorer.layout;

import java.util.List;
import java.util.Objects;

/**
 * How one edge of a {@link LayoutGraph} is drawn: from the centre of its source box, through its
 * bend points in order, to the centre of its target box. Most algorithms draw straight edges
 * (no bend points); the layered layout bends edges that span several layers.
 */
public record EdgeRoute(String source, String target, boolean hierarchical, List<Point> bends) {

    public EdgeRoute {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        bends = List.copyOf(bends);
    }

    /** Returns this route with every bend point moved by the given offsets. */
    public EdgeRoute translate(double dx, double dy) {
        if (bends.isEmpty()) {
            return this;
        }
        return new EdgeRoute(source, target, hierarchical,
                bends.stream().map(p -> p.translate(dx, dy)).toList());
    }
}
