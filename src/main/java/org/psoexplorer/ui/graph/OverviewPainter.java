package org.psoexplorer.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

/**
 * The level of detail for a view holding too many concepts to draw one by one: every concept in
 * view as a small box (a dot when it is smaller than a pixel or two) in its kind's colours, every
 * relation as a line in its type's colour, all on one canvas, so a frame costs a few drawing calls
 * per concept and no scene nodes. Names are drawn over it, as concepts of their own, by the view.
 */
final class OverviewPainter {

    /** Colours of the themes, as the stylesheet gives them to the concepts drawn as nodes. */
    enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    /** The accent of the selection (AtlantaFX Primer's accent emphasis, light and dark). */
    private static final Color ACCENT_LIGHT = Color.web("#0969da");
    private static final Color ACCENT_DARK = Color.web("#1f6feb");
    private static final Color DARK_HIERARCHY = Color.web("#aab4be");
    private static final Color HIGHLIGHT_YELLOW = Color.web("#ffe600");

    private final Map<String, Color> colours = new HashMap<>();

    /** What the view says about a concept or relation: lit, dimmed or plain; the selection. */
    record States(String selected, IntPredicate litNode, IntPredicate dimNode, IntPredicate litEdge,
                  IntPredicate dimEdge, double dimOpacity) {
    }

    /**
     * Paints the concepts and relations listed (indices into the diagram's lists) for the view's
     * zoom {@code scale} and offset (ox, oy): a drawing point (x, y) lands at (x·scale + ox, y·scale + oy).
     */
    void paint(GraphicsContext g, double width, double height, List<DiagramNode> nodes, int[] nodeIdx,
               List<DiagramEdge> edges, int[] edgeIdx, double scale, double ox, double oy, Theme theme,
               States states) {
        g.clearRect(0, 0, width, height);
        g.setLineDashes((double[]) null);
        // Lines first, dimmed ones under the rest, each colour stroked as one path.
        paintEdges(g, edges, edgeIdx, scale, ox, oy, theme, states, true);
        paintEdges(g, edges, edgeIdx, scale, ox, oy, theme, states, false);
        for (int i : nodeIdx) {
            DiagramNode n = nodes.get(i);
            boolean dim = states.dimNode().test(i);
            boolean selected = n.id().equals(states.selected());
            g.setGlobalAlpha(dim ? states.dimOpacity() : 1);
            double[] box = box(n, scale, ox, oy);
            double x = box[0];
            double y = box[1];
            double w = box[2];
            double h = box[3];
            Color fill = theme == Theme.HIGH_CONTRAST ? (selected ? HIGHLIGHT_YELLOW : Color.WHITE) : colour(n.fill());
            Color stroke = theme == Theme.HIGH_CONTRAST ? Color.BLACK : colour(n.stroke());
            boolean oval = n.shape() == NodeShape.ELLIPSE && w >= 6;
            g.setFill(w >= 5 ? fill : stroke);
            if (oval) {
                g.fillOval(x, y, w, h);
            } else {
                g.fillRect(x, y, w, h);
            }
            if (w >= 5) {
                g.setStroke(stroke);
                g.setLineWidth(states.litNode().test(i) ? 2 : 1);
                if (oval) {
                    g.strokeOval(x, y, w, h);
                } else {
                    g.strokeRect(x, y, w, h);
                }
            }
            if (selected) {
                g.setGlobalAlpha(1);
                g.setStroke(theme == Theme.DARK ? ACCENT_DARK : ACCENT_LIGHT);
                g.setLineWidth(3);
                g.strokeRect(x - 3, y - 3, w + 6, h + 6);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Where a concept is painted: x, y, width, height, never less than two pixels across. */
    static double[] box(DiagramNode n, double scale, double ox, double oy) {
        double w = Math.max(n.width() * scale, 2);
        double h = Math.max(n.height() * scale, 2);
        return new double[] {n.x() * scale + ox - w / 2, n.y() * scale + oy - h / 2, w, h};
    }

    private void paintEdges(GraphicsContext g, List<DiagramEdge> edges, int[] edgeIdx, double scale, double ox,
                            double oy, Theme theme, States states, boolean dimmed) {
        Map<Color, java.util.List<DiagramEdge>> byColour = new java.util.LinkedHashMap<>();
        Set<Integer> lit = new java.util.HashSet<>();
        for (int i : edgeIdx) {
            if (states.dimEdge().test(i) != dimmed) {
                continue;
            }
            DiagramEdge e = edges.get(i);
            byColour.computeIfAbsent(edgeColour(e, theme), c -> new java.util.ArrayList<>()).add(e);
            if (states.litEdge().test(i)) {
                lit.add(e.relationIndex());
            }
        }
        g.setGlobalAlpha(dimmed ? states.dimOpacity() : 1);
        for (Map.Entry<Color, java.util.List<DiagramEdge>> group : byColour.entrySet()) {
            g.setStroke(group.getKey());
            for (boolean thick : new boolean[] {false, true}) {
                g.setLineWidth(thick ? 2.6 : Math.max(1, 1.4 * scale));
                g.beginPath();
                boolean any = false;
                for (DiagramEdge e : group.getValue()) {
                    if (lit.contains(e.relationIndex()) != thick) {
                        continue;
                    }
                    List<Point> p = e.points();
                    g.moveTo(p.get(0).x() * scale + ox, p.get(0).y() * scale + oy);
                    for (int k = 1; k < p.size(); k++) {
                        g.lineTo(p.get(k).x() * scale + ox, p.get(k).y() * scale + oy);
                    }
                    any = true;
                }
                if (any) {
                    g.stroke();
                }
            }
        }
    }

    private Color edgeColour(DiagramEdge e, Theme theme) {
        if (theme == Theme.HIGH_CONTRAST) {
            return Color.BLACK;
        }
        if (theme == Theme.DARK && e.type().equals("kind-of")) {
            return DARK_HIERARCHY;
        }
        return colour(e.color());
    }

    private Color colour(String web) {
        return colours.computeIfAbsent(web, Color::web);
    }
}
