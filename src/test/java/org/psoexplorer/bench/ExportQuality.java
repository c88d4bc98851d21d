package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.layout.DotCrossings;
import org.psoexplorer.layout.Point;

/**
 * Overlapping concepts and edge crossings of our drawing (the command line's: same pipeline and
 * options) and of Graphviz's ({@code -Tplain} output of our DOT), measured alike: two concepts
 * overlap when their boxes share more than half a pixel each way; two edges cross where the routes
 * actually drawn properly intersect (edges sharing a concept never count): ours are the polylines
 * the diagram strokes (a layered drawing's bends, and the comb down a block's side that reaches
 * folded leaves), Graphviz's its B-splines sampled eight points a piece. Straight lines from
 * centre to centre would cross the rows of every block of folded leaves where the drawing has no
 * crossing at all. A diagnostic for BENCHMARKS.md, not a test.
 *
 * <p>Usage: {@code ExportQuality TAXONOMY.json LAYOUT [GRAPHVIZ.plain]}; prints one line per drawing.
 */
public final class ExportQuality {

    private static final double SLACK = 0.5;

    private ExportQuality() {
    }

    /**
     * Centre-and-size boxes, and each edge's drawn route with the ids of its two ends (routes are
     * compared with other routes of the same drawing only, so Graphviz's y-up is left as it is).
     */
    record Drawing(List<String> ids, double[] x, double[] y, double[] w, double[] h, List<List<Point>> routes,
                   List<String[]> ends) {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        LoadResult loaded = new TaxonomyLoader().load(Path.of(args[0]));
        TaxonomyGraph graph = new TaxonomyGraph(loaded.taxonomy().orElseThrow());
        LayoutKind kind = LayoutKind.fromId(args[1]);
        Diagram d = new DiagramPipeline().run(graph, ViewFilter.NONE, kind, LayoutOptions.defaults(), "en",
                Highlight.NONE, "bench").diagram();
        print("ours " + kind.id(), ours(d));
        if (args.length > 2) {
            print("graphviz", graphviz(Path.of(args[2])));
        }
    }

    private static void print(String name, Drawing g) {
        System.out.printf("%s: %d concepts, %d edges, %d overlapping pairs of concepts, %d edge crossings "
                + "(%d of straight centre lines)%n", name, g.x().length, g.routes().size(), overlaps(g), crossings(g),
                centreLineCrossings(g));
    }

    static Drawing ours(Diagram d) {
        int n = d.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DiagramNode node = d.nodes().get(i);
            ids.add(node.id());
            x[i] = node.x();
            y[i] = node.y();
            w[i] = node.width();
            h[i] = node.height();
        }
        List<List<Point>> routes = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (DiagramEdge e : d.edges()) {
            routes.add(e.points());
            ends.add(new String[] {e.from(), e.to()});
        }
        return new Drawing(ids, x, y, w, h, routes, ends);
    }

    /**
     * Graphviz's plain format: inches, y up; {@code node NAME X Y W H …}, {@code edge TAIL HEAD N
     * X1 Y1 … XN YN …} with the N control points of the edge's B-spline (3k + 1 of them).
     */
    static Drawing graphviz(Path plain) throws IOException {
        return graphviz(Files.readAllLines(plain));
    }

    static Drawing graphviz(List<String> plainLines) {
        List<double[]> nodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<List<Point>> routes = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (String line : plainLines) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("node")) {
                ids.add(unquote(f[1]));
                nodes.add(new double[] {72 * Double.parseDouble(f[2]), 72 * Double.parseDouble(f[3]),
                    72 * Double.parseDouble(f[4]), 72 * Double.parseDouble(f[5])});
            } else if (f[0].equals("edge")) {
                int count = Integer.parseInt(f[3]);
                List<Point> control = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    control.add(new Point(72 * Double.parseDouble(f[4 + 2 * i]), 72 * Double.parseDouble(f[5 + 2 * i])));
                }
                routes.add(DotCrossings.sample(control));
                ends.add(new String[] {unquote(f[1]), unquote(f[2])});
            }
        }
        int n = nodes.size();
        double[][] c = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 4; k++) {
                c[k][i] = nodes.get(i)[k];
            }
        }
        return new Drawing(ids, c[0], c[1], c[2], c[3], routes, ends);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static long overlaps(Drawing g) {
        int n = g.x().length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> g.x()[i] - g.w()[i] / 2));
        long count = 0;
        for (int a = 0; a < n; a++) {
            int i = order[a];
            double right = g.x()[i] + g.w()[i] / 2;
            for (int b = a + 1; b < n; b++) {
                int j = order[b];
                if (g.x()[j] - g.w()[j] / 2 > right - SLACK) {
                    break;
                }
                double ox = Math.min(right, g.x()[j] + g.w()[j] / 2) - Math.max(g.x()[i] - g.w()[i] / 2, g.x()[j] - g.w()[j] / 2);
                double oy = Math.min(g.y()[i] + g.h()[i] / 2, g.y()[j] + g.h()[j] / 2)
                        - Math.max(g.y()[i] - g.h()[i] / 2, g.y()[j] - g.h()[j] / 2);
                if (ox > SLACK && oy > SLACK) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Proper crossings of the drawn routes of edges that share no concept. */
    static long crossings(Drawing g) {
        return SegmentCrossings.count(g.routes(), g.ends());
    }

    /**
     * The former measure, for comparison: straight lines between centres. It still matters where
     * routes are hidden: Graphviz clips each edge at its nodes' borders, and where sfdp's nodes
     * overlap (by default) most of an edge lies under them and its drawn route is a short stub.
     */
    static long centreLineCrossings(Drawing g) {
        Map<String, Point> centre = new HashMap<>();
        for (int i = 0; i < g.ids().size(); i++) {
            centre.put(g.ids().get(i), new Point(g.x()[i], g.y()[i]));
        }
        List<List<Point>> chords = g.ends().stream().map(e -> List.of(centre.get(e[0]), centre.get(e[1]))).toList();
        return SegmentCrossings.count(chords, g.ends());
    }
}
