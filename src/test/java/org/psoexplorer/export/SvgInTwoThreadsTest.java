package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.bench.WordNetLike;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/**
 * A large SVG is painted as three canvases, its lines on a second thread, and joined: the document
 * must be the one a single canvas gives, to the byte, whatever the options and emphasis.
 */
class SvgInTwoThreadsTest {

    private static final List<ExportOptions> OPTIONS = List.of(
            ExportOptions.defaults(),
            ExportOptions.defaults().withTransparent(true),
            ExportOptions.defaults().withTitle(false).withLegend(false).withSources(false),
            ExportOptions.defaults().withScale(2));

    @Test
    void theFixtureWithHostileAndNonLatinTextJoinsToTheSingleCanvasDocument() {
        for (LayoutKind layout : List.of(LayoutKind.LAYERED, LayoutKind.FORCE)) {
            for (Highlight highlight : List.of(Highlight.NONE, ExportFixtures.highlightPeacekeeping())) {
                ExportScene scene = ExportFixtures.scene(ViewFilter.NONE, "en", highlight, layout);
                for (ExportOptions options : OPTIONS) {
                    // Split from the first relation, so even this small view goes through the join.
                    String joined = SvgExporter.element(scene.diagram(), options, 1);
                    String single = SvgExporter.element(scene.diagram(), options, Integer.MAX_VALUE);
                    assertThat(joined).as("%s, %s, %s", layout, highlight, options).isEqualTo(single);
                }
            }
        }
    }

    @Test
    void aLargeGeneratedHierarchyWritesTheSameFileAsOneCanvas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        WordNetLike.write(file, 600, 5);
        Taxonomy t = new TaxonomyLoader().load(file).taxonomy().orElseThrow();
        TaxonomyGraph graph = new TaxonomyGraph(t);
        DiagramPipeline.Result r = new DiagramPipeline().run(graph, ViewFilter.NONE, LayoutKind.FORCE,
                LayoutOptions.defaults(), "en", Highlight.NONE, t.text(t.title(), "en"));
        int split = 500;
        assertThat(r.diagram().edges()).hasSizeGreaterThanOrEqualTo(split);

        String joined = SvgExporter.element(r.diagram(), ExportOptions.defaults(), split);
        String single = SvgExporter.element(r.diagram(), ExportOptions.defaults(), Integer.MAX_VALUE);

        assertThat(joined).isEqualTo(single);
        // And the file, written piece by piece through a small buffer.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(new ExportScene(graph, r.visible(), "en", r.diagram()), ExportOptions.defaults(), out, split);
        byte[] written = out.toByteArray();
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + single + "\n");
    }
}
