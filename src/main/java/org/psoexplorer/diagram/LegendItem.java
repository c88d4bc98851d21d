package org.psoexplorer.diagram;

import org.psoexplorer.model.NodeShape;

/**
 * An entry of the legend: a kind (shape and fill) or a relation type (line colour and dash).
 *
 * @param shape {@code null} for a relation type
 */
public record LegendItem(String id, String label, NodeShape shape, String fill, String stroke, boolean dashed) {

    public boolean isKind() {
        return shape != null;
    }
}
