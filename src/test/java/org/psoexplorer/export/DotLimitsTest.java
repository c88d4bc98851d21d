package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/** Texts as long as the validator allows still give DOT that Graphviz reads (issue 16). */
class DotLimitsTest {

    private static final int MAX_PLUS_ONE = DotExporter.MAX_TEXT + 1;
    static final String LONG_ID_A = "a".repeat(250_000);
    static final String LONG_ID_B = "a".repeat(250_000) + "b";

    static ExportScene hugeTextsScene() {
        Concept a = concept(LONG_ID_A, "x".repeat(200_000));
        Concept b = concept(LONG_ID_B, "y\\".repeat(50_000));
        Concept c = concept("short", "é".repeat(20_000));
        Taxonomy t = new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, List.of(),
                List.of(new Kind("k".repeat(30_000), LocalizedText.of("en", "K"), null, NodeShape.ROUNDED)),
                List.of(new RelationType("r", LocalizedText.of("en", "leads to ".repeat(10_000)), LocalizedText.EMPTY,
                        true, false, false)),
                List.of(a, b, c),
                List.of(new Relation(LONG_ID_A, "r", LONG_ID_B, List.of(), null, LocalizedText.EMPTY, null, false),
                        new Relation(LONG_ID_B, "r", "short", List.of(), null, LocalizedText.EMPTY, null, false)));
        TaxonomyGraph graph = new TaxonomyGraph(t);
        DiagramPipeline.Result r = new DiagramPipeline().run(graph, ViewFilter.NONE, LayoutKind.LAYERED,
                LayoutOptions.defaults(), "en", Highlight.NONE, "T");
        return new ExportScene(graph, r.visible(), "en", r.diagram());
    }

    private static Concept concept(String id, String label) {
        return new Concept(id, "k".repeat(30_000), LocalizedText.of("en", label), List.of(), LocalizedText.of("en", "D."),
                List.of(), null, LocalizedText.EMPTY);
    }

    @Test
    void everyQuotedStringStaysWithinGraphvizLimits() throws Exception {
        String dot = new String(ExportFixtures.export(new DotExporter(), hugeTextsScene(), ExportOptions.defaults()),
                StandardCharsets.UTF_8);

        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(dot);
        while (quoted.find()) {
            assertThat(quoted.group().getBytes(StandardCharsets.UTF_8).length).isLessThan(16_384);
        }
        assertThat(dot).contains("(89,999 characters)").doesNotContain("x".repeat(MAX_PLUS_ONE));
    }

    @Test
    void graphvizReadsTheExportOfHugeTexts(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("huge.dot");
        Files.write(in, ExportFixtures.export(new DotExporter(), hugeTextsScene(), ExportOptions.defaults()));

        Process p = new ProcessBuilder("dot", "-Tsvg", in.toString(), "-o", dir.resolve("huge.svg").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).as("Graphviz warnings").doesNotContain("Warning", "Error");
        // Two ids alike for 250,000 characters are still two nodes.
        assertThat(Files.readString(dir.resolve("huge.svg"))).contains("class=\"node\"");
        assertThat(Files.readString(dir.resolve("huge.svg")).split("class=\"node\"", -1)).hasSize(4);
    }
}
