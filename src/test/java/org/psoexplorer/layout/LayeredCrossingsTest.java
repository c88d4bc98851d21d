package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.TaxonomyLoader;

/**
 * The layered layout against Graphviz {@code dot} on the same graphs (same box sizes, hierarchy
 * ranking the same way), counting the crossings of the drawn edges. Needs {@code dot}, which the
 * build machines have (issue 10: "Graphviz is installed in CI").
 */
class LayeredCrossingsTest {

    /** Every seed from 1 to this one, none left out. */
    private static final int SEEDS = 30;

    @Test
    void noMoreCrossingsThanDotOnTheBuiltInTaxonomy() throws Exception {
        assertThat(DotCrossings.available()).as("Graphviz dot on the PATH").isTrue();
        TaxonomyGraph g = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());
        LayoutGraph lg = new DiagramBuilder().layoutGraph(g, VisibleGraph.of(g, ViewFilter.NONE), "en");

        int ours = DotCrossings.crossings(lg, DotCrossings.paths(new LayeredLayout().layout(lg, LayoutOptions.defaults())));
        int dot = DotCrossings.crossings(lg, DotCrossings.edges(lg));

        System.out.println("built-in taxonomy, crossings ours/dot: " + ours + "/" + dot);
        assertThat(ours).isLessThanOrEqualTo(dot);
    }

    /** Random hierarchies of 40–80 vertices, a tree plus a third as many extra parent links. */
    private static LayoutGraph hierarchy(long seed) {
        Random r = new Random(seed);
        int n = 40 + r.nextInt(40);
        List<LayoutVertex> vertices = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vertices.add(new LayoutVertex("v" + i, 60 + r.nextInt(80), 30));
        }
        for (int i = 1; i < n; i++) {
            edges.add(new LayoutEdge("v" + i, "v" + r.nextInt(i), true));
        }
        for (int k = 0; k < n / 3; k++) {
            int child = 1 + r.nextInt(n - 1);
            edges.add(new LayoutEdge("v" + child, "v" + r.nextInt(child), true));
        }
        return LayoutGraph.of(vertices, edges);
    }

    @Test
    void fewerCrossingsThanDotOverThirtyDenseRandomHierarchies() throws Exception {
        assertThat(DotCrossings.available()).as("Graphviz dot on the PATH").isTrue();
        List<String> farWorse = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int oursTotal = 0;
        int dotTotal = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            LayoutGraph lg = hierarchy(seed);
            int ours = DotCrossings.crossings(lg, DotCrossings.paths(new LayeredLayout().layout(lg,
                    LayoutOptions.defaults())));
            int dot = DotCrossings.crossings(lg, DotCrossings.edges(lg));
            all.append(String.format(" %d:%d/%d", seed, ours, dot));
            oursTotal += ours;
            dotTotal += dot;
            if (ours > dot * 1.25) {
                farWorse.add(String.format("seed %d: ours %d, dot %d", seed, ours, dot));
            }
        }
        System.out.println("ours/dot crossings by seed:" + all);
        // Not yet ≤ dot on every seed (on about a quarter of them dot has a few fewer): fewer in
        // total, and never far behind on any one.
        assertThat(oursTotal).as("crossings over all seeds, ours against dot").isLessThanOrEqualTo(dotTotal);
        assertThat(farWorse).as("seeds where dot has a quarter fewer crossings").isEmpty();
    }
}
