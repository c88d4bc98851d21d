package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.layout.Point;

/**
 * Where the crossings of a layered drawing come from, for deciding what to improve: every crossing
 * of the layout's routes (centre, bends, centre) is put in a class by the kinds of its two edges and
 * the piece of route it lies on, and in the band between two rows of parents it lies in. Kinds: an
 * edge to a leaf its parent shares with other leaves ("leaf": folded into a block when the drawing is
 * folded), to a concept with several parents ("multi"), any other edge drawn straight ("short") or
 * bent ("long"). A leaf's route is split into its fan (parent to the top of the bus), its bus (down
 * the column) and its stub (across into the leaf). A diagnostic, not a test.
 *
 * <p>Usage: {@code CrossingSources TAXONOMY.json}; with {@code -Dexamples=true} it also prints the
 * first two crossings of each class with both routes.
 */
public final class CrossingSources {

    private CrossingSources() {
    }

    public static void main(String[] args) throws IOException {
        LoadResult loaded = new TaxonomyLoader().load(Path.of(args[0]));
        TaxonomyGraph graph = new TaxonomyGraph(loaded.taxonomy().orElseThrow());
        LayoutGraph lg = new DiagramBuilder().layoutGraph(graph, VisibleGraph.of(graph, ViewFilter.NONE), "en");
        long t0 = System.nanoTime();
        Layout layout = LayoutKind.LAYERED.algorithm().layout(lg, LayoutOptions.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int edges = layout.edges().size();
        Map<String, Integer> parents = new HashMap<>();
        Map<String, Integer> children = new HashMap<>();
        for (int e = 0; e < edges; e++) {
            parents.merge(layout.edges().get(e).source(), 1, Integer::sum);
            children.merge(layout.edges().get(e).target(), 1, Integer::sum);
        }
        Map<String, Integer> leavesOf = new HashMap<>();
        for (int e = 0; e < edges; e++) {
            String child = layout.edges().get(e).source();
            if (!children.containsKey(child) && parents.get(child) == 1) {
                leavesOf.merge(layout.edges().get(e).target(), 1, Integer::sum);
            }
        }
        List<List<Point>> routes = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        String[] kind = new String[edges];
        for (int e = 0; e < edges; e++) {
            String child = layout.edges().get(e).source();
            String parent = layout.edges().get(e).target();
            List<Point> path = layout.path(e);
            routes.add(path);
            ends.add(new String[] {child, parent});
            if (!children.containsKey(child) && parents.get(child) == 1 && leavesOf.get(parent) >= 2) {
                kind[e] = "leaf";
            } else if (parents.get(child) > 1) {
                kind[e] = "multi";
            } else {
                kind[e] = path.size() == 2 ? "short" : "long";
            }
        }
        // Rows of parents: the distinct centre heights of concepts with children.
        java.util.TreeSet<Long> rowSet = new java.util.TreeSet<>();
        for (String p : children.keySet()) {
            rowSet.add(Math.round(layout.node(p).y()));
        }
        List<Long> rows = new ArrayList<>(rowSet);
        Map<String, Integer> byClass = new TreeMap<>();
        Map<Integer, Integer> byBand = new TreeMap<>();
        Map<String, Integer> byParentPair = new HashMap<>();
        long[] total = new long[1];
        SegmentCrossings.each(routes, ends, (a, b, x, y) -> {
            total[0]++;
            String ca = piece(kind[a], routes.get(a), x, y);
            String cb = piece(kind[b], routes.get(b), x, y);
            String key = ca.compareTo(cb) <= 0 ? ca + " × " + cb : cb + " × " + ca;
            if (byClass.merge(key, 1, Integer::sum) <= 2 && Boolean.getBoolean("examples")) {
                System.out.printf(Locale.ROOT, "%s at %.0f,%.0f: %s %s | %s %s%n", key, x, y,
                        java.util.Arrays.toString(ends.get(a)), routes.get(a), java.util.Arrays.toString(ends.get(b)),
                        routes.get(b));
            }
            int band = 0;
            while (band < rows.size() && rows.get(band) <= y) {
                band++;
            }
            byBand.merge(band, 1, Integer::sum);
            byParentPair.merge(ends.get(a)[1].compareTo(ends.get(b)[1]) < 0 ? ends.get(a)[1] + " " + ends.get(b)[1]
                    : ends.get(b)[1] + " " + ends.get(a)[1], 1, Integer::sum);
        });
        double w = 0;
        double h = 0;
        for (NodeBox box : layout.nodes().values()) {
            w = Math.max(w, box.maxX());
            h = Math.max(h, box.maxY());
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (String k : kind) {
            kinds.merge(k, 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%d crossings of layout routes; %.0f x %.0f px; layout %d ms; edges %s%n",
                total[0], w, h, ms, kinds);
        System.out.println("-- by class (edge kind/piece × edge kind/piece)");
        byClass.entrySet().stream().sorted((p, q) -> q.getValue() - p.getValue())
                .forEach(en -> System.out.printf("%7d  %s%n", en.getValue(), en.getKey()));
        System.out.println("-- by band (0: above the first row of parents; k: below the k-th row)");
        byBand.forEach((band, c) -> System.out.printf("%7d  band %d%s%n", c, band,
                band > 0 && band <= rows.size() ? " (y " + rows.get(band - 1) + ")" : ""));
        System.out.println("-- pairs of parents with the most crossings between their edges");
        byParentPair.entrySet().stream().sorted((p, q) -> q.getValue() - p.getValue()).limit(10)
                .forEach(en -> System.out.printf("%7d  %s%n", en.getValue(), en.getKey()));
    }

    /** The edge's kind and, for a leaf, the piece of its route the point lies on. */
    private static String piece(String kind, List<Point> route, double x, double y) {
        if (!kind.equals("leaf")) {
            return kind;
        }
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int i = 1; i < route.size(); i++) {
            double d = org.psoexplorer.layout.Geometry.distanceToSegment(route.get(i - 1), route.get(i), x, y);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        // Routes run child (leaf) first: the stub into the leaf is the first segment, the fan the last.
        if (nearest == 1) {
            return "leaf-stub";
        }
        return nearest == 2 ? "leaf-bus" : "leaf-fan";
    }

}
