package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutGraph;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.layout.DotCrossings;
import org.psoexplorer.layout.Point;
import org.psoexplorer.layout.NodeBox;

/**
 * Edge crossings and shape of our layered layout of a taxonomy file, side by side with dot's drawing
 * of our DOT export of it (its {@code -Tplain} output), for bench/layered.sh.
 *
 * <p>Usage: {@code LayeredVsDot FILE.json [DOT.plain]}
 */
public final class LayeredVsDot {

    private LayeredVsDot() {
    }

    public static void main(String[] args) throws IOException {
        LoadResult loaded = new TaxonomyLoader().load(Path.of(args[0]));
        TaxonomyGraph graph = new TaxonomyGraph(loaded.taxonomy().orElseThrow(
                () -> new IllegalStateException(loaded.errors().toString())));
        LayoutGraph lg = new DiagramBuilder().layoutGraph(graph, VisibleGraph.of(graph, ViewFilter.NONE), "en");
        long t0 = System.nanoTime();
        Layout layout = LayoutKind.LAYERED.algorithm().layout(lg, LayoutOptions.defaults());
        long t1 = System.nanoTime();
        List<List<Point>> ours = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (int e = 0; e < layout.edges().size(); e++) {
            ours.add(layout.path(e));
            ends.add(new String[] {layout.edges().get(e).source(), layout.edges().get(e).target()});
        }
        double w = 0;
        double h = 0;
        for (NodeBox b : layout.nodes().values()) {
            w = Math.max(w, b.maxX());
            h = Math.max(h, b.maxY());
        }
        System.out.printf(Locale.ROOT, "ours: %d crossings, %.0f x %.0f px (aspect %.2f), layout %d ms%n",
                SegmentCrossings.count(ours, ends), w, h, w / h, (t1 - t0) / 1_000_000);
        if (args.length > 1) {
            List<List<Point>> dot = new ArrayList<>();
            List<String[]> dotEnds = new ArrayList<>();
            double[] size = readPlain(Path.of(args[1]), dot, dotEnds);
            System.out.printf(Locale.ROOT, "dot:  %d crossings, %.0f x %.0f pt (aspect %.2f)%n",
                    SegmentCrossings.count(dot, dotEnds), size[0], size[1], size[0] / size[1]);
        }
    }

    /** dot's -Tplain: edges as sampled splines (points), and the drawing's size. */
    private static double[] readPlain(Path plain, List<List<Point>> lines, List<String[]> ends) throws IOException {
        double[] size = new double[2];
        Map<String, String> unquote = new HashMap<>();
        for (String line : Files.readAllLines(plain)) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("graph")) {
                size[0] = Double.parseDouble(f[2]) * 72;
                size[1] = Double.parseDouble(f[3]) * 72;
            } else if (f[0].equals("edge")) {
                int n = Integer.parseInt(f[3]);
                List<Point> control = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    control.add(new Point(Double.parseDouble(f[4 + 2 * i]) * 72, -Double.parseDouble(f[5 + 2 * i]) * 72));
                }
                lines.add(DotCrossings.sample(control));
                ends.add(new String[] {unquote.computeIfAbsent(f[1], LayeredVsDot::strip),
                    unquote.computeIfAbsent(f[2], LayeredVsDot::strip)});
            }
        }
        return size;
    }

    private static String strip(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
