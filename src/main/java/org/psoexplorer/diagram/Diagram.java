package org.psoexplorer.diagram;

import java.util.List;

/**
 * Everything a renderer needs to draw the taxonomy, in diagram coordinates, and nothing about how:
 * the window, SVG, PNG and PDF all draw this, so they cannot drift apart.
 *
 * @param width  extent of the graph drawing (nodes and edges), from 0
 * @param height extent of the graph drawing, from 0
 * @param legend the kinds and relation types that appear, in taxonomy order
 * @param sources short citations of the sources behind what is shown
 * @param language the language the labels are in, for the few words a renderer adds ("Sources")
 * @param references the same sources as full bibliography entries in a citation style, when an
 *                   export has formatted them; the footer then lists these instead of the short citations
 */
public record Diagram(String title, double width, double height, List<DiagramNode> nodes, List<DiagramEdge> edges,
                      List<LegendItem> legend, List<String> sources, DiagramStyle style, String language,
                      List<String> references) {

    /**
     * A view of at most this many concepts is read whole, often on a wall (a tour step, a Relate
     * answer): it names a relation type drawn {@value #NAMED_ONCE_FROM} times or more once, and the
     * window keeps its relation names off other lines rather than across them.
     */
    public static final int READ_WHOLE_UP_TO = 30;
    /**
     * Whether a view names its relations in full, in exports too: at most {@link #READ_WHOLE_UP_TO}
     * concepts and as many relations (a Relate answer, a tour step). A denser neighbourhood is read by
     * selecting one concept, and its names would crowd the picture. The layered layout keeps room for
     * such a view's names between neighbours of a layer.
     */
    public static boolean namesEveryRelation(int concepts, int relations) {
        return concepts <= READ_WHOLE_UP_TO && relations <= READ_WHOLE_UP_TO;
    }

    /** In a view read whole, a relation type drawn this many times or more is named on one of its lines only. */
    public static final int NAMED_ONCE_FROM = 3;

    /** A diagram whose footer gives short citations. */
    public Diagram(String title, double width, double height, List<DiagramNode> nodes, List<DiagramEdge> edges,
                   List<LegendItem> legend, List<String> sources, DiagramStyle style, String language) {
        this(title, width, height, nodes, edges, legend, sources, style, language, List.of());
    }

    /** A diagram in English. */
    public Diagram(String title, double width, double height, List<DiagramNode> nodes, List<DiagramEdge> edges,
                   List<LegendItem> legend, List<String> sources, DiagramStyle style) {
        this(title, width, height, nodes, edges, legend, sources, style, "en");
    }

    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
        sources = List.copyOf(sources);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** This diagram with its sources as formatted bibliography entries. */
    public Diagram withReferences(List<String> entries) {
        return new Diagram(title, width, height, nodes, edges, legend, sources, style, language, entries);
    }
}
