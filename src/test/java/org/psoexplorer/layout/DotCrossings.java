package org.psoexplorer.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lays a {@link LayoutGraph} out with Graphviz {@code dot} (boxes of the same sizes, hierarchical
 * edges ranking parents above children, the others with {@code constraint=false}) and counts the
 * crossings of its drawn edges, for comparing our layered layout against it.
 */
public final class DotCrossings {

    private DotCrossings() {
    }

    /** Whether {@code dot} can be run here. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** dot's edge polylines (splines sampled), in the graph's edge order, y pointing down, in points. */
    public static List<List<Point>> edges(LayoutGraph g) throws IOException, InterruptedException {
        StringBuilder dot = new StringBuilder("digraph g {\n node [shape=box, fixedsize=true, label=\"\"];\n");
        for (int v = 0; v < g.vertexCount(); v++) {
            dot.append(String.format(Locale.ROOT, " n%d [width=%.3f, height=%.3f];%n", v, g.width(v) / 72,
                    g.height(v) / 72));
        }
        for (int e = 0; e < g.edges().size(); e++) {
            // The taxonomy's hierarchical edges point from child to parent: reverse them so parents rank above.
            if (g.edges().get(e).hierarchical()) {
                dot.append(String.format(" n%d -> n%d [dir=back, id=e%d];%n", g.edgeTarget(e), g.edgeSource(e), e));
            } else {
                dot.append(String.format(" n%d -> n%d [constraint=false, id=e%d];%n", g.edgeSource(e),
                        g.edgeTarget(e), e));
            }
        }
        dot.append("}\n");
        Process p = new ProcessBuilder("dot", "-Tplain").start();
        p.getOutputStream().write(dot.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        // -Tplain lists edges node by node, not in input order: "edge tail head n x1 y1 ... xn yn ..."
        // (inches, y up). Give each line back to an edge of the same ends (parallel edges are alike).
        Map<String, Deque<Integer>> byEnds = new HashMap<>();
        for (int e = 0; e < g.edges().size(); e++) {
            boolean down = g.edges().get(e).hierarchical();
            int tail = down ? g.edgeTarget(e) : g.edgeSource(e);
            int head = down ? g.edgeSource(e) : g.edgeTarget(e);
            byEnds.computeIfAbsent("n" + tail + " n" + head, k -> new ArrayDeque<>()).add(e);
        }
        List<List<Point>> lines = new ArrayList<>(java.util.Collections.nCopies(g.edges().size(), null));
        Map<String, Point> centre = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (line.startsWith("node ")) {
                centre.put(f[1], new Point(Double.parseDouble(f[2]) * 72, -Double.parseDouble(f[3]) * 72));
            }
        }
        for (String line : out.split("\n")) {
            if (!line.startsWith("edge ")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            int n = Integer.parseInt(f[3]);
            List<Point> control = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                control.add(new Point(Double.parseDouble(f[4 + 2 * i]) * 72, -Double.parseDouble(f[5 + 2 * i]) * 72));
            }
            lines.set(byEnds.get(f[1] + " " + f[2]).remove(), toCentres(sample(control), centre.get(f[1]),
                    centre.get(f[2])));
        }
        if (lines.contains(null)) {
            throw new IOException("dot drew fewer edges than the graph has");
        }
        return lines;
    }

    /**
     * The spline from box centre to box centre, as ours are counted: -Tplain's spline stops short of
     * the boxes by the arrowhead, which is drawn all the same, and an edge crossing an arrowhead
     * crosses the drawn edge.
     */
    private static List<Point> toCentres(List<Point> line, Point tail, Point head) {
        List<Point> out = new ArrayList<>(line.size() + 2);
        boolean forward = distance(line.get(0), tail) + distance(line.get(line.size() - 1), head)
                <= distance(line.get(0), head) + distance(line.get(line.size() - 1), tail);
        out.add(forward ? tail : head);
        out.addAll(line);
        out.add(forward ? head : tail);
        return out;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** A piecewise cubic Bézier (1 + 3k control points) as a polyline of 8 steps per piece. */
    public static List<Point> sample(List<Point> c) {
        List<Point> out = new ArrayList<>();
        out.add(c.get(0));
        for (int i = 0; i + 3 < c.size(); i += 3) {
            for (int k = 1; k <= 8; k++) {
                double t = k / 8.0;
                double u = 1 - t;
                double x = u * u * u * c.get(i).x() + 3 * u * u * t * c.get(i + 1).x() + 3 * u * t * t * c.get(i + 2).x()
                        + t * t * t * c.get(i + 3).x();
                double y = u * u * u * c.get(i).y() + 3 * u * u * t * c.get(i + 1).y() + 3 * u * t * t * c.get(i + 2).y()
                        + t * t * t * c.get(i + 3).y();
                out.add(new Point(x, y));
            }
        }
        return out;
    }

    /** Crossings between edges that share no vertex, given one polyline per edge of {@code g}. */
    public static int crossings(LayoutGraph g, List<List<Point>> lines) {
        int count = 0;
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                int as = g.edgeSource(a);
                int at = g.edgeTarget(a);
                int bs = g.edgeSource(b);
                int bt = g.edgeTarget(b);
                if (as != bs && as != bt && at != bs && at != bt) {
                    count += Geometry.crossings(lines.get(a), lines.get(b));
                }
            }
        }
        return count;
    }

    /** Our layout's edge polylines (centre, bends, centre), in edge order. */
    public static List<List<Point>> paths(Layout layout) {
        List<List<Point>> lines = new ArrayList<>();
        for (int e = 0; e < layout.edges().size(); e++) {
            lines.add(layout.path(e));
        }
        return lines;
    }
}
