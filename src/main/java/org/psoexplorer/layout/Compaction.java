package org.psoexplorer.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a layout's concepts together, keeping its shape and arrangement: every centre (and every
 * bend) is scaled by one factor, the boxes keep their sizes. The window spreads a layout so that,
 * fitted to the screen, names drawn larger than their boxes have room; drawn at the names' own
 * size (an export, a saved view drawn without a screen) that is a poster of small boxes far apart.
 */
public final class Compaction {

    /** The least room left between two concepts, in the drawing's units. */
    public static final double GAP = 12;
    /** Less than halving a layout is not worth changing its look for. */
    private static final double WORTH_IT = 0.5;

    private Compaction() {
    }

    /**
     * The layout with its centres scaled by the smallest factor, at least {@code floor}, that keeps
     * every two boxes {@link #GAP} apart; null when that factor would not halve it.
     */
    public static Layout toBoxes(Layout l, double floor, double margin) {
        double k = Math.max(0, floor);
        List<NodeBox> boxes = List.copyOf(l.nodes().values());
        for (int i = 0; i < boxes.size() && k <= WORTH_IT; i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                NodeBox a = boxes.get(i);
                NodeBox b = boxes.get(j);
                // Apart on either axis is apart: the smaller of the two factors that part them.
                double dx = Math.abs(a.x() - b.x());
                double dy = Math.abs(a.y() - b.y());
                double kx = dx == 0 ? Double.POSITIVE_INFINITY : ((a.width() + b.width()) / 2 + GAP) / dx;
                double ky = dy == 0 ? Double.POSITIVE_INFINITY : ((a.height() + b.height()) / 2 + GAP) / dy;
                k = Math.max(k, Math.min(kx, ky));
            }
        }
        if (k > WORTH_IT || boxes.size() < 2) {
            return null;
        }
        double f = k;
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        l.nodes().forEach((id, b) -> nodes.put(id, b.moveTo(b.x() * f, b.y() * f)));
        List<EdgeRoute> edges = l.edges().stream()
                .map(e -> new EdgeRoute(e.source(), e.target(), e.hierarchical(),
                        e.bends().stream().map(p -> new Point(p.x() * f, p.y() * f)).toList()))
                .toList();
        return Layout.normalized(nodes, edges, margin);
    }
}
