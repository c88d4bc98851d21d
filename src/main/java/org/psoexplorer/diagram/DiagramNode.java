package org.psoexplorer.diagram;

import java.util.List;
import org.psoexplorer.model.NodeShape;

/**
 * One concept as drawn: centre, size, the wrapped label lines, shape and colours.
 *
 * @param fill   "#rrggbb"
 * @param stroke "#rrggbb"
 */
public record DiagramNode(String id, String kind, List<String> lines, double x, double y, double width,
                          double height, NodeShape shape, String fill, String stroke, String textColor,
                          Emphasis emphasis) {

    public DiagramNode {
        lines = List.copyOf(lines);
    }

    public double minX() {
        return x - width / 2;
    }

    public double minY() {
        return y - height / 2;
    }

    /** The label on one line, as a screen reader or a search would read it. */
    public String label() {
        return String.join(" ", lines);
    }
}
