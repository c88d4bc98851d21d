package org.psoexplorer.diagram;

import java.util.Objects;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutGraph;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;

/**
 * The whole way from a taxonomy graph to a drawing, in one call: filter, size the boxes, lay out,
 * build the {@link Diagram}. The command line and headless exports use it; the window runs the
 * same steps itself so it can keep a layout while only the highlight changes.
 */
public final class DiagramPipeline {

    private final DiagramBuilder builder;

    public DiagramPipeline(DiagramBuilder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    public DiagramPipeline() {
        this(new DiagramBuilder());
    }

    /** What one run produced: the visible part, its layout and the drawing of it. */
    public record Result(VisibleGraph visible, Layout layout, Diagram diagram) {
    }

    /**
     * Draws what {@code filter} leaves visible, laid out by {@code kind}. For the radial layout the
     * filter's focus (when there is one and no centre is set) becomes the centre.
     */
    public Result run(TaxonomyGraph graph, ViewFilter filter, LayoutKind kind, LayoutOptions options, String language,
                      Highlight highlight, String title) {
        VisibleGraph visible = VisibleGraph.of(graph, filter);
        LayoutGraph layoutGraph = builder.layoutGraph(graph, visible, language);
        PhaseTimes.mark("graph, label sizing");
        LayoutOptions effective = options;
        if (options.centre() == null && filter.focus() != null && visible.contains(filter.focus())) {
            effective = options.withCentre(filter.focus());
        }
        Layout layout = builder.layOut(graph, visible, layoutGraph, kind, language, effective);
        PhaseTimes.mark(kind.id() + " layout");
        Diagram diagram = builder.build(graph, visible, layout, language, highlight, title);
        PhaseTimes.mark("diagram");
        return new Result(visible, layout, diagram);
    }
}
