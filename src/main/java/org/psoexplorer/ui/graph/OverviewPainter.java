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
 * thousand lines.) The names shown go on the same picture, on their concept's colours as a name
 * enlarged past its box is drawn on screen, so the whole overview is one image, painted off the FX
 * thread ({@link OverviewRenderer}).
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
    private final Map<String, java.awt.Font> fonts = new HashMap<>();

    /**
     * A name to draw: its lines, centred at (x, y) on a backing {@code width × height} in picture
     * pixels; {@code k} is the name's scale (the font and the backing's outline grow with it). Its
     * concept's box is centred at (boxX, boxY), {@code boxHalfWidth × boxHalfHeight} from there to its edges.
     */
    record Name(String id, List<String> lines, double x, double y, double width, double height, double k,
                String fill, String stroke, String text, boolean selected, boolean dim,
                double boxX, double boxY, double boxHalfWidth, double boxHalfHeight) {

        /** The same name moved by (dx, dy), its concept with it. */
        Name moved(double dx, double dy) {
            return new Name(id, lines, x + dx, y + dy, width, height, k, fill, stroke, text, selected, dim,
                    boxX + dx, boxY + dy, boxHalfWidth, boxHalfHeight);
        }
    }

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

    /**
     * Draws the names over what {@link #paint} drew, as {@code NodeView} draws an enlarged name: a
     * rounded backing in the concept's colours under its lines, faint when dimmed, ringed in the
     * accent when selected; bold black on the kind's colour in high contrast.
     */
    void paintNames(PixelCanvas g, List<Name> names, Theme theme, double dimOpacity, String family, double fontSize) {
        if (names.isEmpty()) {
            return;
        }
        java.awt.Graphics2D g2 = g.createGraphics();
        try {
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
            boolean bold = theme == Theme.HIGH_CONTRAST;
            // Leaders under every name, as the concepts' nodes draw theirs.
            g2.setStroke(new java.awt.BasicStroke((float) Leader.WIDTH_PX, java.awt.BasicStroke.CAP_ROUND,
                    java.awt.BasicStroke.JOIN_ROUND, 1, new float[] {(float) Leader.DOTS_PX[0], (float) Leader.DOTS_PX[1]}, 0));
            for (Name n : names) {
                double[] leader = Leader.between(n.boxX(), n.boxY(), n.boxHalfWidth(), n.boxHalfHeight(), n.x(), n.y(),
                        n.width() / 2, n.height() / 2, Leader.FROM_PX);
                if (leader != null) {
                    g2.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER,
                            n.dim() ? (float) dimOpacity : 1f));
                    g2.setColor(bold ? java.awt.Color.BLACK : awt(n.stroke()));
                    g2.draw(new java.awt.geom.Line2D.Double(leader[0], leader[1], leader[2], leader[3]));
                }
            }
            for (Name n : names) {
                g2.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER,
                        n.dim() ? (float) dimOpacity : 1f));
                double arc = 6 * n.k();
                java.awt.geom.RoundRectangle2D backing = new java.awt.geom.RoundRectangle2D.Double(
                        n.x() - n.width() / 2, n.y() - n.height() / 2, n.width(), n.height(), arc, arc);
                g2.setColor(awt(n.fill()));
                g2.fill(backing);
                g2.setColor(awt(n.stroke()));
                g2.setStroke(new java.awt.BasicStroke((float) n.k()));
                g2.draw(backing);
                if (n.selected()) {
                    // Outside the backing, as the stylesheet strokes a selected name's.
                    double t = 2.5 * n.k();
                    g2.setColor(awt(theme == Theme.DARK ? ACCENT_DARK : ACCENT_LIGHT));
                    g2.setStroke(new java.awt.BasicStroke((float) t));
                    g2.draw(new java.awt.geom.RoundRectangle2D.Double(backing.getX() - t / 2, backing.getY() - t / 2,
                            backing.getWidth() + t, backing.getHeight() + t, arc + t, arc + t));
                }
                g2.setColor(bold ? java.awt.Color.BLACK : awt(n.text()));
                float px = (float) (fontSize * n.k());
                String joined = String.join(" ", n.lines());
                java.awt.Font font = font(family, joined, px, bold);
                g2.setFont(font);
                java.awt.FontMetrics m = g2.getFontMetrics();
                double line = m.getAscent() + m.getDescent();
                double top = n.y() - line * n.lines().size() / 2;
                for (int i = 0; i < n.lines().size(); i++) {
                    String text = n.lines().get(i);
                    double w = font.getStringBounds(text, g2.getFontRenderContext()).getWidth();
                    g2.drawString(text, (float) (n.x() - w / 2), (float) (top + i * line + m.getAscent()));
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /** The diagram's font at this size, or Java's logical sans-serif where it lacks some of the text's glyphs. */
    private java.awt.Font font(String family, String text, float px, boolean bold) {
        java.awt.Font own = fonts.computeIfAbsent(family + (bold ? "/b" : ""),
                f -> new java.awt.Font(family, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1));
        java.awt.Font base = own.canDisplayUpTo(text) < 0 ? own : fonts.computeIfAbsent("sans/" + bold,
                f -> new java.awt.Font(java.awt.Font.SANS_SERIF, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1));
        return base.deriveFont(px);
    }

    private java.awt.Color awt(String web) {
        return awt(colour(web));
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
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
