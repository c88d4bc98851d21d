package org.psoexplorer.ui.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.layout.Point;

/**
 * What the graph view needs to know about a diagram without a scene node per concept: where each
 * concept and relation is (a grid over their boxes, to find those in view), each concept's
 * neighbours, the order in which labels matter, and label sizes, measured once and only for
 * labels that may be shown.
 */
final class DrawingIndex {

    static final DrawingIndex EMPTY = new DrawingIndex(null);

    private final Diagram diagram;
    private final List<DiagramNode> nodes;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final Set<String> idSet;
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final SpatialGrid nodeGrid;
    private final SpatialGrid edgeGrid;
    /** Concept indices, most important label first; and each concept's place in that order. */
    private final int[] order;
    private final int[] rank;
    private final double[] labelW;
    private final double[] labelH;
    private Text meter;

    DrawingIndex(Diagram diagram) {
        this.diagram = diagram;
        nodes = diagram == null ? List.of() : diagram.nodes();
        int n = nodes.size();
        List<String> names = new ArrayList<>(n);
        index = new HashMap<>(n * 2);
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        for (int i = 0; i < n; i++) {
            DiagramNode d = nodes.get(i);
            names.add(d.id());
            index.put(d.id(), i);
            x0[i] = d.x() - d.width() / 2;
            y0[i] = d.y() - d.height() / 2;
            x1[i] = d.x() + d.width() / 2;
            y1[i] = d.y() + d.height() / 2;
        }
        ids = Collections.unmodifiableList(names);
        idSet = Collections.unmodifiableSet(new HashSet<>(names));
        nodeGrid = new SpatialGrid(x0, y0, x1, y1);
        List<DiagramEdge> edges = diagram == null ? List.of() : diagram.edges();
        int m = edges.size();
        double[] ex0 = new double[m];
        double[] ey0 = new double[m];
        double[] ex1 = new double[m];
        double[] ey1 = new double[m];
        for (int i = 0; i < m; i++) {
            DiagramEdge e = edges.get(i);
            ex0[i] = ey0[i] = Double.POSITIVE_INFINITY;
            ex1[i] = ey1[i] = Double.NEGATIVE_INFINITY;
            for (Point p : e.points()) {
                ex0[i] = Math.min(ex0[i], p.x());
                ey0[i] = Math.min(ey0[i], p.y());
                ex1[i] = Math.max(ex1[i], p.x());
                ey1[i] = Math.max(ey1[i], p.y());
            }
            if (e.points().isEmpty()) {
                ex0[i] = ey0[i] = ex1[i] = ey1[i] = 0;
            }
            neighbours.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new HashSet<>()).add(e.from());
        }
        edgeGrid = new SpatialGrid(ex0, ey0, ex1, ey1);
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        int[] kind = new int[n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            kind[i] = kindRank(nodes.get(i).kind());
            degree[i] = neighbours.getOrDefault(nodes.get(i).id(), Set.of()).size();
        }
        // The taxonomy's backbone (umbrella, operations, principles, practices) first, then the most connected.
        Arrays.sort(sorted, (a, b) -> kind[a] != kind[b] ? Integer.compare(kind[a], kind[b])
                : Integer.compare(degree[b], degree[a]));
        order = new int[n];
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = sorted[r];
            rank[sorted[r]] = r;
        }
        labelW = new double[n];
        labelH = new double[n];
        Arrays.fill(labelW, Double.NaN);
        Arrays.fill(labelH, Double.NaN);
    }

    /** The diagram indexed. */
    Diagram diagram() {
        return diagram;
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "umbrella" -> 0;
            case "operation" -> 1;
            case "principle" -> 2;
            case "practice" -> 3;
            default -> 4;
        };
    }

    int size() {
        return nodes.size();
    }

    List<String> ids() {
        return ids;
    }

    Set<String> idSet() {
        return idSet;
    }

    boolean contains(String id) {
        return index.containsKey(id);
    }

    /** The concept's position in the diagram's list, or -1. */
    int indexOf(String id) {
        Integer i = id == null ? null : index.get(id);
        return i == null ? -1 : i;
    }

    DiagramNode node(int i) {
        return nodes.get(i);
    }

    Set<String> neighbours(String id) {
        return neighbours.getOrDefault(id, Set.of());
    }

    /** Every concept, most important label first. */
    int[] byImportance() {
        return order;
    }

    void nodesIn(double x0, double y0, double x1, double y1, IntConsumer found) {
        nodeGrid.query(x0, y0, x1, y1, found);
    }

    void edgesIn(double x0, double y0, double x1, double y1, IntConsumer found) {
        edgeGrid.query(x0, y0, x1, y1, found);
    }

    int countNodes(double x0, double y0, double x1, double y1) {
        int[] count = {0};
        nodeGrid.query(x0, y0, x1, y1, i -> count[0]++);
        return count[0];
    }

    int[] nodeArray(double x0, double y0, double x1, double y1) {
        return collect(nodeGrid, x0, y0, x1, y1);
    }

    int[] edgeArray(double x0, double y0, double x1, double y1) {
        return collect(edgeGrid, x0, y0, x1, y1);
    }

    private static int[] collect(SpatialGrid grid, double x0, double y0, double x1, double y1) {
        int[][] buffer = {new int[64]};
        int[] count = {0};
        grid.query(x0, y0, x1, y1, i -> {
            if (count[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
            }
            buffer[0][count[0]++] = i;
        });
        return Arrays.copyOf(buffer[0], count[0]);
    }

    /** The {@code limit} most important concepts meeting the rectangle, most important first. */
    int[] importantIn(double x0, double y0, double x1, double y1, int limit) {
        int[] found = nodeArray(x0, y0, x1, y1);
        for (int k = 0; k < found.length; k++) {
            found[k] = rank[found[k]];
        }
        Arrays.sort(found);
        int[] chosen = new int[Math.min(limit, found.length)];
        for (int k = 0; k < chosen.length; k++) {
            chosen[k] = order[found[k]];
        }
        return chosen;
    }

    /** The concept whose box holds (x, y) in the drawing, within {@code slack}; the nearest centre wins. */
    String conceptAt(double x, double y, double slack) {
        int[] best = {-1};
        double[] bestDistance = {Double.MAX_VALUE};
        nodeGrid.query(x - slack, y - slack, x + slack, y + slack, i -> {
            DiagramNode n = nodes.get(i);
            double d = Math.hypot(n.x() - x, n.y() - y);
            if (d < bestDistance[0]) {
                bestDistance[0] = d;
                best[0] = i;
            }
        });
        return best[0] < 0 ? null : nodes.get(best[0]).id();
    }

    /**
     * A label's size at scale 1 with its backing, as {@link NodeView} draws it: measured when
     * {@code exact} (once per concept), else estimated from the concept's box, which the label sets.
     */
    double labelWidth(int i, boolean exact) {
        if (Double.isNaN(labelW[i])) {
            if (!exact) {
                return Math.max(8, nodes.get(i).width() - 2 * diagram.style().paddingX() + 8);
            }
            measure(i);
        }
        return labelW[i];
    }

    double labelHeight(int i, boolean exact) {
        if (Double.isNaN(labelH[i])) {
            if (!exact) {
                return Math.max(2, nodes.get(i).height() - 2 * diagram.style().paddingY() + 2);
            }
            measure(i);
        }
        return labelH[i];
    }

    private void measure(int i) {
        if (meter == null) {
            meter = new Text();
            meter.setFont(Font.font(diagram.style().fontFamily(), diagram.style().fontSize()));
            meter.setTextAlignment(TextAlignment.CENTER);
        }
        meter.setText(String.join("\n", nodes.get(i).lines()));
        labelW[i] = meter.getLayoutBounds().getWidth() + 8;
        labelH[i] = meter.getLayoutBounds().getHeight() + 2;
    }
}
