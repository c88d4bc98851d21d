package org.psoexplorer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;

/** The crossings bench/scale-export.sh reports are those of the routes drawn, ours and Graphviz's. */
class ExportQualityTest {

    @Test
    void aTreeWithFoldedLeavesHasNoCrossingsThoughItsCentreLinesCrossTheBlocks() throws IOException {
        Diagram d = layered(wideTree(4, 40, 2));
        assertThat(d.edges()).as("the leaves are folded: some are reached by a comb with bends")
                .anyMatch(e -> e.points().size() > 2);
        ExportQuality.Drawing ours = ExportQuality.ours(d);

        assertThat(ExportQuality.crossings(ours)).isZero();
        assertThat(ExportQuality.centreLineCrossings(ours)).as("what the straight centre lines counted before").isPositive();
    }

    @Test
    void graphvizEdgesAreTheirSplinesNotTheirChords() {
        // Edge a→b bows up to y = 3 between (0, 0) and (4, 0): the vertical c→d at x = 2.3, from
        // y = 1 to 5, crosses the curve but not its chord. e→f and g→h form an X; g→b shares an end
        // with a→b. (Crossings away from the sampled points: a route touching at a joint is no proper crossing.)
        List<String> plain = List.of(
                "graph 1 10 10",
                "node a 0 0 0.1 0.1 a solid box black lightgrey",
                "node b 4 0 0.1 0.1 b solid box black lightgrey",
                "node c 2.3 1 0.1 0.1 c solid box black lightgrey",
                "node d 2.3 5 0.1 0.1 d solid box black lightgrey",
                "node e 6 0 0.1 0.1 e solid box black lightgrey",
                "node f 8 2.4 0.1 0.1 f solid box black lightgrey",
                "node g 6 2 0.1 0.1 g solid box black lightgrey",
                "node h 8 0 0.1 0.1 h solid box black lightgrey",
                "edge a b 4 0 0 0 4 4 4 4 0 solid black",
                "edge c d 4 2.3 1 2.3 2 2.3 4 2.3 5 solid black",
                "edge e f 4 6 0 6.5 0.6 7.5 1.8 8 2.4 solid black",
                "edge g h 4 6 2 6.5 1.5 7.5 0.5 8 0 solid black",
                "edge g b 4 6 2 5.5 1.5 4.5 0.5 4 0 solid black",
                "stop");

        ExportQuality.Drawing graphviz = ExportQuality.graphviz(plain);

        assertThat(ExportQuality.crossings(graphviz)).isEqualTo(2);
        assertThat(ExportQuality.centreLineCrossings(graphviz)).as("the chords miss the bow").isEqualTo(1);
    }

    private static Diagram layered(String json) throws IOException {
        LoadResult loaded = new TaxonomyLoader().load("tree.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        TaxonomyGraph graph = new TaxonomyGraph(loaded.taxonomy().orElseThrow());
        return new DiagramPipeline().run(graph, ViewFilter.NONE, LayoutKind.LAYERED, LayoutOptions.defaults(), "en",
                Highlight.NONE, "tree").diagram();
    }

    /**
     * A root, {@code parents} children under it, each with {@code leaves} leaves and {@code inner}
     * children of half as many leaves: far wider than tall, so the leaves fold into blocks, and a
     * straight line from a parent to its block's far rows passes through its inner children's edges.
     */
    private static String wideTree(int parents, int leaves, int inner) {
        StringBuilder concepts = new StringBuilder(concept("root"));
        StringBuilder relations = new StringBuilder();
        for (int p = 0; p < parents; p++) {
            String parent = "p" + p;
            concepts.append(',').append(concept(parent));
            relations.append(relations.isEmpty() ? "" : ",").append(kindOf(parent, "root"));
            leaves(concepts, relations, parent, leaves);
            for (int q = 0; q < inner; q++) {
                String child = parent + "q" + q;
                concepts.append(',').append(concept(child));
                relations.append(',').append(kindOf(child, parent));
                leaves(concepts, relations, child, leaves / 2);
            }
        }
        return "{\"format\":\"pso-taxonomy/1\",\"title\":{\"en\":\"Tree\"},\"defaultLanguage\":\"en\","
                + "\"sources\":[],\"kinds\":[{\"id\":\"k\",\"label\":{\"en\":\"Kind\"},\"shape\":\"rounded\"}],"
                + "\"relationTypes\":[{\"id\":\"kind-of\",\"label\":{\"en\":\"is a kind of\"},"
                + "\"inverseLabel\":{\"en\":\"has kind\"},\"directed\":true,\"hierarchical\":true}],"
                + "\"concepts\":[" + concepts + "],\"relations\":[" + relations + "]}";
    }

    private static void leaves(StringBuilder concepts, StringBuilder relations, String parent, int count) {
        for (int l = 0; l < count; l++) {
            concepts.append(',').append(concept(parent + "-leaf" + l));
            relations.append(',').append(kindOf(parent + "-leaf" + l, parent));
        }
    }

    private static String concept(String id) {
        return "{\"id\":\"" + id + "\",\"kind\":\"k\",\"label\":{\"en\":\"Concept " + id + "\"},"
                + "\"definition\":{\"en\":\"Concept " + id + ".\"}}";
    }

    private static String kindOf(String from, String to) {
        return "{\"from\":\"" + from + "\",\"type\":\"kind-of\",\"to\":\"" + to + "\"}";
    }
}
