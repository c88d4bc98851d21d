package org.psoexplorer.diagram;

import java.util.List;
import org.psoexplorer.model.NodeShape;

/**
 * One concept as drawn: centre, size, the wrapped label lines, shape and colours.
 *
 * @param fill          "#rrggbb"
 * @param stroke        "#rrggbb"
 * @param labelPriority for level of detail when labels cannot all be shown: 0 is the most important.
 *                      It is the index of the concept's kind in the taxonomy, which lists kinds
 *                      from the most central (the built-in file: umbrella, operation, practice,
 *                      principle, then actor, document, critique); a concept joined by a
 *                      hierarchical relation ranks with the first kinds.
 * @param core          always labelled, whatever the zoom: a concept of the first half of the
 *                      taxonomy's kinds (the built-in file: PSO, the operation types, the related
 *                      practices, the principles) or one in the hierarchy
 */
public record DiagramNode(String id, String kind, List<String> lines, double x, double y, double width,
                          double height, NodeShape shape, String fill, String stroke, String textColor,
                          Emphasis emphasis, int labelPriority, boolean core) {

    public DiagramNode {
        lines = List.copyOf(lines);
    }

    /** A core concept of the first rank. */
    public DiagramNode(String id, String kind, List<String> lines, double x, double y, double width, double height,
                       NodeShape shape, String fill, String stroke, String textColor, Emphasis emphasis) {
        this(id, kind, lines, x, y, width, height, shape, fill, stroke, textColor, emphasis, 0, true);
    }

    /** The same concept, drawn without its name. */
    public DiagramNode unnamed() {
        return new DiagramNode(id, kind, List.of(), x, y, width, height, shape, fill, stroke, textColor, emphasis,
                labelPriority, core);
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
