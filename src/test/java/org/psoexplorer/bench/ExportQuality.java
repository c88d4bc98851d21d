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

/**
 * Overlapping concepts and edge crossings of our drawing (the command line's: same pipeline and
 * options) and of Graphviz's ({@code -Tplain} output of our DOT), measured alike: two concepts
 * overlap when their boxes share more than half a pixel each way; two edges cross when the straight
 * segments between their concepts' centres properly intersect (edges sharing a concept never count).
 * A diagnostic for BENCHMARKS.md, not a test.
 *
 * <p>Usage: {@code ExportQuality TAXONOMY.json LAYOUT [GRAPHVIZ.plain]}; prints one line per drawing.
 */
public final class ExportQuality {

    private static final double SLACK = 0.5;

    private ExportQuality() {
    }

    /** Centre-and-size boxes and the edges between them, by index. */
    record Drawing(double[] x, double[] y, double[] w, double[] h, int[][] edges) {
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
        System.out.printf("%s: %d concepts, %d edges, %d overlapping pairs of concepts, %d edge crossings%n", name,
                g.x().length, g.edges().length, overlaps(g), crossings(g));
    }

    static Drawing ours(Diagram d) {
        int n = d.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            DiagramNode node = d.nodes().get(i);
            x[i] = node.x();
            y[i] = node.y();
            w[i] = node.width();
            h[i] = node.height();
            index.put(node.id(), i);
        }
        List<int[]> edges = new ArrayList<>();
        for (DiagramEdge e : d.edges()) {
            edges.add(new int[] {index.get(e.from()), index.get(e.to())});
        }
        return new Drawing(x, y, w, h, edges.toArray(int[][]::new));
    }

    /** Graphviz's plain format: inches, y up; {@code node NAME X Y W H …}, {@code edge TAIL HEAD …}. */
    static Drawing graphviz(Path plain) throws IOException {
        List<double[]> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<String[]> edgeNames = new ArrayList<>();
        for (String line : Files.readAllLines(plain)) {
            String[] f = line.split(" ", 7);
            if (f[0].equals("node")) {
                index.put(unquote(f[1]), nodes.size());
                nodes.add(new double[] {72 * Double.parseDouble(f[2]), 72 * Double.parseDouble(f[3]),
                    72 * Double.parseDouble(f[4]), 72 * Double.parseDouble(f[5])});
            } else if (f[0].equals("edge")) {
                edgeNames.add(new String[] {unquote(f[1]), unquote(f[2])});
            }
        }
        int n = nodes.size();
        double[][] c = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 4; k++) {
                c[k][i] = nodes.get(i)[k];
            }
        }
        int[][] edges = edgeNames.stream().map(e -> new int[] {index.get(e[0]), index.get(e[1])}).toArray(int[][]::new);
        return new Drawing(c[0], c[1], c[2], c[3], edges);
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

    static long crossings(Drawing g) {
        int[][] e = g.edges();
        int m = e.length;
        double[] minX = new double[m];
        double[] maxX = new double[m];
        for (int k = 0; k < m; k++) {
            minX[k] = Math.min(g.x()[e[k][0]], g.x()[e[k][1]]);
            maxX[k] = Math.max(g.x()[e[k][0]], g.x()[e[k][1]]);
        }
        Integer[] order = new Integer[m];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> minX[i]));
        long count = 0;
        for (int a = 0; a < m; a++) {
            int p = order[a];
            for (int b = a + 1; b < m; b++) {
                int q = order[b];
                if (minX[q] > maxX[p]) {
                    break;
                }
                if (shareEnd(e[p], e[q])) {
                    continue;
                }
                if (cross(g, e[p], e[q])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean shareEnd(int[] p, int[] q) {
        return p[0] == q[0] || p[0] == q[1] || p[1] == q[0] || p[1] == q[1];
    }

    private static boolean cross(Drawing g, int[] p, int[] q) {
        double ax = g.x()[p[0]], ay = g.y()[p[0]], bx = g.x()[p[1]], by = g.y()[p[1]];
        double cx = g.x()[q[0]], cy = g.y()[q[0]], dx = g.x()[q[1]], dy = g.y()[q[1]];
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }
}
