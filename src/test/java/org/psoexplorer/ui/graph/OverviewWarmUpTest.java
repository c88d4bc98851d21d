package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/** The launch's warm-up of the overview: the whole painting, names included, on the caller's thread, only for large graphs. */
class OverviewWarmUpTest {

    @Test
    void aLargeGraphsOverviewIsPaintedWithItsNamesOnTheCallingThread() {
        Diagram big = GraphViewAtScaleTest.grid();
        Set<Thread> before = overviewThreads();

        int names = OverviewWarmUp.paintOnce(big, 960, 560, 11.5);

        assertThat(OverviewWarmUp.shownAsOverview(big)).isTrue();
        assertThat(names).as("names placed and painted, the costliest code to warm").isPositive();
        assertThat(overviewThreads()).as("no overview thread started for it").isSubsetOf(before);
    }

    @Test
    void aGraphDrawnWithNodesOfItsOwnIsNotPainted() {
        Taxonomy t = TaxonomyLoader.defaultTaxonomy();
        TaxonomyGraph g = new TaxonomyGraph(t);
        VisibleGraph all = VisibleGraph.of(g, ViewFilter.NONE);
        DiagramBuilder builder = new DiagramBuilder();
        Diagram builtIn = builder.build(g, all, builder.layOut(g, all, LayoutKind.FORCE, "en", LayoutOptions.defaults()), "en",
                org.psoexplorer.diagram.Highlight.NONE, "");

        assertThat(OverviewWarmUp.shownAsOverview(builtIn)).isFalse();
        assertThat(OverviewWarmUp.paintOnce(builtIn, 960, 560, 11.5)).isZero();
        assertThat(OverviewWarmUp.paintOnce(GraphViewAtScaleTest.grid(), 0, 560, 11.5)).as("no view yet").isZero();
    }

    private static Set<Thread> overviewThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("pso-overview"))
                .collect(Collectors.toSet());
    }
}
