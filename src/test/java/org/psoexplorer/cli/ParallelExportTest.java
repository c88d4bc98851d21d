package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.bench.WordNetLike;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.AwtTextMeasurer;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.diagram.TextMeasurer;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.export.share.StyledSources;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.io.TaxonomyLoader;

/**
 * The export command works on two threads (labels sized in parallel, the footer formatted during the
 * layout); its file must be byte for byte the one the same steps make one after another on one thread.
 */
class ParallelExportTest {

    @TempDir
    static Path dir;
    private static Path taxonomy;

    @BeforeAll
    static void generate() throws Exception {
        taxonomy = dir.resolve("wordnet-like-2000.json");
        WordNetLike.write(taxonomy, 2000, 11);
    }

    @Test
    void forceSvgFromTheCommandIsTheSequentialOne() throws Exception {
        assertSameBytes(LayoutKind.FORCE, ExportFormat.SVG);
    }

    @Test
    void layeredPdfFromTheCommandIsTheSequentialOne() throws Exception {
        assertSameBytes(LayoutKind.LAYERED, ExportFormat.PDF);
    }

    private static void assertSameBytes(LayoutKind layout, ExportFormat format) throws Exception {
        Path written = dir.resolve(layout.id() + "." + format.id());
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"export", taxonomy.toString(), "-o", written.toString(), "--layout",
            layout.id()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        byte[] sequential = sequential(layout, format);
        assertThat(sequential.length).isGreaterThan(100_000);
        // Not isEqualTo on megabytes: a mismatch names the first differing byte instead of printing both.
        byte[] parallel = Files.readAllBytes(written);
        assertThat(firstDifference(parallel, sequential)).as("first differing byte").isEqualTo(-1);
    }

    /** The command's steps on one thread, with a measurer that does not allow parallel label sizing. */
    private static byte[] sequential(LayoutKind layout, ExportFormat format) throws Exception {
        Taxonomy t = new TaxonomyLoader().load(taxonomy).taxonomy().orElseThrow();
        TaxonomyGraph graph = new TaxonomyGraph(t);
        String lang = t.defaultLanguage();
        DiagramBuilder builder = new DiagramBuilder(DiagramStyle.DEFAULT, new OneThread(
                new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily())));
        DiagramPipeline.Result drawn = new DiagramPipeline(builder).run(graph, ViewFilter.NONE, layout,
                LayoutOptions.defaults(), lang, Highlight.NONE, t.text(t.title(), lang));
        ExportScene scene = StyledSources.apply(new ExportScene(graph, drawn.visible(), lang, drawn.diagram()),
                CitationStyle.DEFAULT);
        assertThat(scene.diagram().references()).as("the footer is part of what is compared").isNotEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.exporter().write(scene, ExportOptions.defaults(), out);
        return out.toByteArray();
    }

    private static int firstDifference(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : Math.min(a.length, b.length);
    }

    /** The same widths, measured on one thread only. */
    private record OneThread(TextMeasurer inner) implements TextMeasurer {

        @Override
        public double width(String text, double fontSize, boolean bold) {
            return inner.width(text, fontSize, bold);
        }

        @Override
        public double lineHeight(double fontSize) {
            return inner.lineHeight(fontSize);
        }
    }
}
