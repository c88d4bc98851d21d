package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotExporterTest {

    private final ExportScene scene = ExportFixtures.scene();

    private String dot() throws IOException {
        return new String(ExportFixtures.export(new DotExporter(), scene, ExportOptions.defaults()),
                StandardCharsets.UTF_8);
    }

    @Test
    void backslashesAreDoubledSoNoTextCanLeaveItsQuotes() {
        assertThat(DotExporter.escape("ends with \\")).isEqualTo("ends with \\\\");
        assertThat(DotExporter.escape("\\N and \\n")).isEqualTo("\\\\N and \\\\n");
        assertThat(DotExporter.id("a\"b\\")).isEqualTo("\"a\\\"b\\\\\"");
    }

    @Test
    void theDotParsesBackToTheSameGraphWithTheLabelsAsText() throws IOException {
        String text = dot();
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        Map<String, String> labels = new HashMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label") && a != null) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        importer.importGraph(g, new StringReader(text));

        assertThat(g.vertexSet()).containsExactlyInAnyOrderElementsOf(scene.visible().concepts());
        assertThat(g.edgeSet()).hasSize(scene.visible().relations().size());
        // JGraphT's importer undoes both escapes, so the labels read back exactly, as wrapped in the
        // diagram (one line of the string per line of the label).
        for (var n : scene.diagram().nodes()) {
            assertThat(labels.get(n.id())).as(n.id()).isEqualTo(String.join("\n", n.lines().stream()
                    .map(Texts::clean).toList()));
        }
        assertThat(labels.get("hostile")).startsWith("<script>alert(1)</script>").endsWith("& \"x\"");
        assertThat(labels).containsEntry("backslash", ExportFixtures.BACKSLASH)
                .containsEntry("arabic", ExportFixtures.ARABIC)
                .containsEntry("entity", ExportFixtures.ENTITY_LOOKALIKE);
        assertThat(text).startsWith("digraph taxonomy {").contains("rankdir=BT")
                .contains("style=\"dashed\"").contains("dir=\"none\"").contains("shape=\"hexagon\"");
    }

    @Test
    void graphvizReadsItAndDrawsTheHostileLabelAsText(@TempDir Path dir) throws Exception {
        Path dotTool = Path.of("/usr/bin/dot");
        assertThat(dotTool).as("Graphviz is installed (.ci/run installs it)").isExecutable();
        Path in = dir.resolve("t.dot");
        Files.writeString(in, dot());
        Path out = dir.resolve("t.svg");
        Process p = new ProcessBuilder(dotTool.toString(), "-Tsvg", in.toString(), "-o", out.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();

        var doc = ExportFixtures.parseXml(stripDoctype(Files.readAllBytes(out)));
        assertThat(ExportFixtures.localNames(doc)).doesNotContain("script");
        assertThat(ExportFixtures.elements(doc, "text")).extracting(e -> e.getTextContent())
                .contains(ExportFixtures.BACKSLASH);
        assertThat(ExportFixtures.elements(doc, "g")).hasSizeGreaterThan(scene.visible().concepts().size());
        String all = String.join(" ",
                ExportFixtures.elements(doc, "text").stream().map(e -> e.getTextContent()).toList());
        assertThat(all).contains("<script>alert(1)</script>");
    }

    /** Graphviz writes a DOCTYPE, which the strict test parser refuses. */
    private static byte[] stripDoctype(byte[] svg) {
        String s = new String(svg, StandardCharsets.UTF_8).replaceAll("(?s)<!DOCTYPE[^>]*>", "");
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
