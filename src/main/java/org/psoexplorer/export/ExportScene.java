package org.psoexplorer.export;

import java.util.Objects;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.VisibleGraph;

/**
 * What is exported: the drawing (for PNG, SVG and PDF) and the graph data behind it (for GraphML
 * and DOT), both describing the same visible part of the taxonomy in the same language.
 *
 * @param language the BCP 47 tag the labels are written in
 */
public record ExportScene(TaxonomyGraph graph, VisibleGraph visible, String language, Diagram diagram) {

    public ExportScene {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(visible, "visible");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(diagram, "diagram");
    }
}
