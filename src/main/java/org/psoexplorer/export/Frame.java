package org.psoexplorer.export;

import java.util.List;
import org.psoexplorer.diagram.LegendItem;

/**
 * Where everything goes on an exported picture: the diagram, and around it the title, the legend
 * and the sources footer. Coordinates in diagram pixels, from (0, 0) at the top left.
 *
 * @param diagramX   where the diagram's (0, 0) lands
 * @param separatorY the rule between the diagram and the legend or sources, or NaN for none
 */
record Frame(double width, double height, double diagramX, double diagramY, List<TextRun> title,
             List<LegendEntry> legend, List<TextRun> sources, double separatorY) {

    Frame {
        title = List.copyOf(title);
        legend = List.copyOf(legend);
        sources = List.copyOf(sources);
    }

    /** One line of text, drawn from {@code x} on {@code baseline}. */
    record TextRun(String text, double x, double baseline, int size, boolean bold, double width) {
    }

    /** A legend sample (a small shape or a line) in its box, and its label. */
    record LegendEntry(LegendItem item, double x, double y, double width, double height, TextRun label) {
    }
}
