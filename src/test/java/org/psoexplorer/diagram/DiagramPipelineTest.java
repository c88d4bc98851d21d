package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

/** The built-in taxonomy, all the way to a diagram, with every layout and the real (headless) font metrics. */
class DiagramPipelineTest {

    private static final TaxonomyGraph GRAPH = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void everyVisibleThingIsDrawnInsideTheDiagram(LayoutKind kind) {
        DiagramPipeline.Result r = new DiagramPipeline().run(GRAPH, ViewFilter.NONE, kind, LayoutOptions.defaults(),
                "en", Highlight.NONE, "PSO");
        Diagram d = r.diagram();

        assertThat(d.nodes()).extracting(DiagramNode::id).containsExactlyElementsOf(r.visible().concepts());
        assertThat(d.edges()).hasSize(r.visible().relations().size());
        for (DiagramNode n : d.nodes()) {
            assertThat(n.minX()).as(n.id()).isGreaterThanOrEqualTo(0);
            assertThat(n.minY()).as(n.id()).isGreaterThanOrEqualTo(0);
            assertThat(n.minX() + n.width()).as(n.id()).isLessThanOrEqualTo(d.width());
            assertThat(n.minY() + n.height()).as(n.id()).isLessThanOrEqualTo(d.height());
            assertThat(n.lines()).isNotEmpty();
        }
        for (DiagramEdge e : d.edges()) {
            assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.points()).allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
        }
        assertThat(r.layout().hasOverlaps()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void edgesStartAndEndOnTheOutlinesOfTheirShapes(LayoutKind kind) {
        Diagram d = new DiagramPipeline().run(GRAPH, ViewFilter.NONE, kind, LayoutOptions.defaults(), "fr",
                Highlight.NONE, "OSP").diagram();

        Set<NodeShape> checked = Set.of(NodeShape.values());
        int checkedEnds = 0;
        for (DiagramEdge e : d.edges()) {
            DiagramNode from = node(d, e.from());
            DiagramNode to = node(d, e.to());
            List<Point> pts = e.points();
            if (checked.contains(from.shape())) {
                DiagramBuilderTest.assertOnOutline(from, pts.get(0), e);
                checkedEnds++;
            }
            if (checked.contains(to.shape())) {
                DiagramBuilderTest.assertOnOutline(to, pts.get(pts.size() - 1), e);
                checkedEnds++;
            }
        }
        assertThat(checkedEnds).isEqualTo(2 * d.edges().size());
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void theSameInputGivesTheSameDiagram(LayoutKind kind) {
        ViewFilter focus = ViewFilter.NONE.withFocus("peacekeeping", 2);
        Diagram first = new DiagramPipeline().run(GRAPH, focus, kind, LayoutOptions.defaults(), "en", Highlight.NONE,
                "t").diagram();
        Diagram second = new DiagramPipeline().run(GRAPH, focus, kind, LayoutOptions.defaults(), "en", Highlight.NONE,
                "t").diagram();

        assertThat(second).isEqualTo(first);
    }

    private static DiagramNode node(Diagram d, String id) {
        return d.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
