package org.psoexplorer.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutGraph;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/**
 * Where the time of one export goes, phase by phase, in one JVM (so the first phases include some
 * class loading and JIT warm-up, as a command-line run does). A diagnostic for BENCHMARKS.md, not
 * a test.
 *
 * <p>Usage: {@code ExportPhases TAXONOMY.json [LAYOUT=force] [FORMAT=svg]}
 */
public final class ExportPhases {

    private ExportPhases() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path file = Path.of(args[0]);
        LayoutKind kind = LayoutKind.fromId(args.length > 1 ? args[1] : "force");
        ExportFormat format = ExportFormat.fromId(args.length > 2 ? args[2] : "svg").orElseThrow();
        long c0 = cpu();
        long t0 = System.nanoTime();
        LoadResult loaded = new TaxonomyLoader().load(file);
        Taxonomy t = loaded.taxonomy().orElseThrow(() -> new IllegalStateException(loaded.errors().toString()));
        long t1 = System.nanoTime();
        long c1 = cpu();
        TaxonomyGraph graph = new TaxonomyGraph(t);
        VisibleGraph visible = VisibleGraph.of(graph, ViewFilter.NONE);
        DiagramBuilder builder = new DiagramBuilder();
        LayoutGraph lg = builder.layoutGraph(graph, visible, "en");
        long t2 = System.nanoTime();
        long c2 = cpu();
        Layout layout = kind.algorithm().layout(lg, LayoutOptions.defaults());
        long t3 = System.nanoTime();
        long c3 = cpu();
        Diagram diagram = builder.build(graph, visible, layout, "en", Highlight.NONE, "bench");
        long t4 = System.nanoTime();
        long c4 = cpu();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.exporter().write(new ExportScene(graph, visible, "en", diagram), ExportOptions.defaults(), out);
        long t5 = System.nanoTime();
        long c5 = cpu();
        System.out.printf("load+check %d ms | graph+label sizing %d ms | %s layout %d ms | diagram %d ms | "
                        + "%s write %d ms (%d KB) | total %d ms | %d concepts, %d relations, %.0f x %.0f px%n",
                ms(t0, t1), ms(t1, t2), kind.id(), ms(t2, t3), ms(t3, t4), format.id(), ms(t4, t5),
                out.size() / 1024, ms(t0, t5), visible.concepts().size(), visible.relations().size(),
                diagram.width(), diagram.height());
        System.out.printf("process CPU: load+check %d ms | graph+label sizing %d ms | layout %d ms | diagram %d ms | "
                + "write %d ms | total %d ms (before main: %d ms)%n", ms(c0, c1), ms(c1, c2), ms(c2, c3), ms(c3, c4),
                ms(c4, c5), ms(c0, c5), c0 / 1_000_000);
    }

    /** CPU time of the whole JVM (all threads: compilers and collector included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
