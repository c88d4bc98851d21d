package org.psoexplorer.diagram;

import org.psoexplorer.model.NodeShape;

/**
 * An entry of the legend: a kind (shape and fill) or a relation type (its line as drawn).
 *
 * @param shape  {@code null} for a relation type
 * @param dashed for a relation type: whether it is contested by default
 * @param line   for a relation type: colour, dash pattern and arrowhead exactly as its edges are
 *               drawn in this view, for the legend's sample line; {@code null} for a kind
 */
public record LegendItem(String id, String label, NodeShape shape, String fill, String stroke, boolean dashed,
                         LineStyle line) {

    /** An entry without a line sample (a kind). */
    public LegendItem(String id, String label, NodeShape shape, String fill, String stroke, boolean dashed) {
        this(id, label, shape, fill, stroke, dashed, null);
    }

    public boolean isKind() {
        return shape != null;
    }
}
