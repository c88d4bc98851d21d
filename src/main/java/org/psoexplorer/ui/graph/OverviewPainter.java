package org.psoexplorer.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javafx.scene.paint.Color;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.layout.Point;

/**
 * The level of detail for a view holding too many concepts to draw one by one: every concept in
 * view as a small box (a dot when it is smaller than a pixel or two) in its kind's colours, every
 * relation as a line in its type's colour, painted into one image of pixels, so a frame costs no
 * scene nodes and the software pipeline only copies an image. (A canvas is no use here: that
 * pipeline strokes each line through its general anti-aliasing rasteriser, half a second for a few
 * thousand lines.) Names are drawn over it, as concepts of their own, by the view.
 */
final class OverviewPainter {

    /** Colours of the themes, as the stylesheet gives them to the concepts drawn as nodes. */
    enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    /** The accent of the selection (AtlantaFX Primer's accent emphasis, light and dark). */
    private static final Color ACCENT_LIGHT = Color.web("#0969da");
    private static final Color ACCENT_DARK = Color.web("#1f6feb");
    private static final Color DARK_HIERARCHY = Color.web("#aab4be");
    private static final Color HIGHLIGHT_YELLOW = Color.web("#ffe600");

    private static final double EDGE_OPACITY = 0.5;

    private final Map<String, Color> colours = new HashMap<>();

    /** What the view says about a concept or relation: lit, dimmed or plain; the selection. */
    record States(String selected, IntPredicate litNode, IntPredicate dimNode, IntPredicate litEdge,
                  IntPredicate dimEdge, double dimOpacity) {
    }

    /**
     * Paints the concepts and relations listed (indices into the diagram's lists) for the view's
     * zoom {@code scale} and offset (ox, oy): a drawing point (x, y) lands at (x·scale + ox, y·scale + oy).
     */
    void paint(PixelCanvas g, List<DiagramNode> nodes, int[] nodeIdx,
               List<DiagramEdge> edges, int[] edgeIdx, double scale, double ox, double oy, Theme theme,
               States states) {
        g.clear();
        // Lines first, dimmed ones under the rest.
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
            // Only axis-aligned fills: the software pipeline fills a rectangle fast but strokes any
            // outline through its general rasteriser, which for thousands of boxes costs seconds.
            g.setFill(stroke);
            g.fillRect(x, y, w, h);
            double border = states.litNode().test(i) ? 2 : 1;
            if (w > 2 * border + 2 && h > 2 * border + 2) {
                g.setFill(fill);
                g.fillRect(x + border, y + border, w - 2 * border, h - 2 * border);
            }
            if (selected) {
                g.setGlobalAlpha(1);
                g.setFill(theme == Theme.DARK ? ACCENT_DARK : ACCENT_LIGHT);
                double t = 3;
                g.fillRect(x - t, y - t, w + 2 * t, t);
                g.fillRect(x - t, y + h, w + 2 * t, t);
                g.fillRect(x - t, y, t, h);
                g.fillRect(x + w, y, t, h);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Where a concept is painted: x, y, width, height, never less than two pixels across. */
    static double[] box(DiagramNode n, double scale, double ox, double oy) {
        // On whole pixels, so every fill takes the software pipeline's fast path.
        double w = Math.max(Math.round(n.width() * scale), 2);
        double h = Math.max(Math.round(n.height() * scale), 2);
        return new double[] {Math.round(n.x() * scale + ox - w / 2), Math.round(n.y() * scale + oy - h / 2), w, h};
    }

    private void paintEdges(PixelCanvas g, List<DiagramEdge> edges, int[] edgeIdx, double scale, double ox,
                            double oy, Theme theme, States states, boolean dimmed) {
        // Thousands of relations at once would hide the concepts under a tangle of colours: half strength.
        g.setGlobalAlpha((dimmed ? states.dimOpacity() : 1) * EDGE_OPACITY);
        for (int i : edgeIdx) {
            if (states.dimEdge().test(i) != dimmed) {
                continue;
            }
            DiagramEdge e = edges.get(i);
            g.setFill(edgeColour(e, theme));
            boolean thick = states.litEdge().test(i);
            List<Point> p = e.points();
            for (int k = 1; k < p.size(); k++) {
                double x0 = p.get(k - 1).x() * scale + ox;
                double y0 = p.get(k - 1).y() * scale + oy;
                double x1 = p.get(k).x() * scale + ox;
                double y1 = p.get(k).y() * scale + oy;
                g.line(x0, y0, x1, y1);
                if (thick) {
                    g.line(x0 + 1, y0, x1 + 1, y1);
                    g.line(x0, y0 + 1, x1, y1 + 1);
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
