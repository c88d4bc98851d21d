package org.psoexplorer.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes room for relation names in a view small enough to be read whole (a Relate answer, a tour
 * step): the concepts are moved apart from their middle, all by one factor, until the names fit on
 * their lines between the two boxes they join. A force layout spaces concepts by their boxes alone,
 * and a Relate answer's lines came out 40–60 px long for names of 90–200 px ("falls under the
 * umbrella term"), which then had to go across other lines or far off their own. Graphviz and ELK
 * make the same room by laying edge labels out with the graph.
 */
public final class RelationRoom {

    /** Spread no further: the concepts' names shrink with the drawing once it is fitted to the screen. */
    public static final double MOST = 1.8;
    /** A name this wide or wider is counted as broken onto two lines, as the drawing breaks it where it lacks room. */
    static final double WRAPS_FROM = 120;

    private RelationRoom() {
    }

    /**
     * @param names each edge's name, width and height (in the layout's units), in the order of
     *              {@code layout.edges()}; null for an edge drawn without one
     */
    public static Layout spread(Layout layout, List<double[]> names, double margin) {
        if (layout.edges().size() != names.size() || layout.edges().stream().anyMatch(e -> !e.bends().isEmpty())) {
            return layout;
        }
        double factor = 1;
        for (int i = 0; i < names.size(); i++) {
            double[] name = names.get(i);
            EdgeRoute e = layout.edges().get(i);
            if (name != null && !e.source().equals(e.target())) {
                factor = Math.max(factor, needed(layout.node(e.source()), layout.node(e.target()), name));
            }
        }
        factor = Math.min(MOST, factor);
        if (factor <= 1.01) {
            return layout;
        }
        double cx = layout.bounds().minX() + layout.bounds().width() / 2;
        double cy = layout.bounds().minY() + layout.bounds().height() / 2;
        Map<String, NodeBox> moved = new LinkedHashMap<>();
        for (Map.Entry<String, NodeBox> n : layout.nodes().entrySet()) {
            NodeBox b = n.getValue();
            moved.put(n.getKey(), b.moveTo(cx + (b.x() - cx) * factor, cy + (b.y() - cy) * factor));
        }
        return Layout.normalized(moved, layout.edges(), margin);
    }

    /**
     * The factor by which the two boxes' centres must move apart for the name, laid along the line
     * between them, to fit between the boxes: its extent along the line is its width times the
     * line's run plus its height times its rise.
     */
    static double needed(NodeBox a, NodeBox b, double[] name) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            return 1;
        }
        double ux = Math.abs(dx) / d;
        double uy = Math.abs(dy) / d;
        double width = widthOnLine(name[0]);
        double height = name[0] >= WRAPS_FROM ? name[1] * 2 : name[1];
        double along = width * ux + height * uy;
        // How far along the line each box reaches from its centre.
        double boxes = reach(a, ux, uy) + reach(b, ux, uy);
        return (along + boxes) / d;
    }

    /** How much of a line a name {@code width} wide takes, broken onto two lines from {@link #WRAPS_FROM}. */
    public static double widthOnLine(double width) {
        return width >= WRAPS_FROM ? width / 2 : width;
    }

    private static double reach(NodeBox b, double ux, double uy) {
        double tx = ux < 1e-9 ? Double.MAX_VALUE : b.width() / 2 / ux;
        double ty = uy < 1e-9 ? Double.MAX_VALUE : b.height() / 2 / uy;
        return Math.min(tx, ty);
    }
}
