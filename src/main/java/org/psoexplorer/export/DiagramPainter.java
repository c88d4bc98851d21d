package org.psoexplorer.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.EdgeLabel;
import org.psoexplorer.diagram.Emphasis;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.diagram.LineStyle;
import org.psoexplorer.diagram.Palette;
import org.psoexplorer.export.Frame.LegendEntry;
import org.psoexplorer.export.Frame.TextRun;
import org.psoexplorer.layout.Point;

/**
 * Draws a {@link Diagram} on any {@link Graphics2D}: a bitmap for PNG and the clipboard, JFreeSVG
 * for SVG, PDFBox for PDF. Being the only code that turns a diagram into strokes and text, it keeps
 * every output identical. Around the diagram it draws the frame the options ask for: a title above,
 * a legend and a sources footer below.
 *
 * <p>Coordinates are diagram pixels with (0, 0) at the top left of the frame; scale the graphics
 * before painting for other resolutions.
 */
public final class DiagramPainter {

    private static final double NODE_STROKE = 1.2;
    private static final double HIGHLIGHT_STROKE = 2.2;
    private static final double SELECTED_STROKE = 3.2;
    private static final Map<String, Color> COLORS = new ConcurrentHashMap<>();

    private final Diagram diagram;
    private final ExportOptions options;
    private final DiagramStyle style;
    private final Fonts fonts;
    private final Frame frame;

    public DiagramPainter(Diagram diagram, ExportOptions options) {
        this.diagram = diagram;
        this.options = options;
        this.style = diagram.style();
        this.fonts = new Fonts(style.fontFamily());
        this.frame = new FrameLayout(fonts).layout(diagram, options);
    }

    /** The width of the whole picture, frame included, in diagram pixels. */
    public double width() {
        return frame.width();
    }

    /** The height of the whole picture, frame included, in diagram pixels. */
    public double height() {
        return frame.height();
    }

    /** Where the diagram's own (0, 0) is drawn, so a caller can map diagram points into the picture. */
    public double diagramX() {
        return frame.diagramX();
    }

    public double diagramY() {
        return frame.diagramY();
    }

    Frame frame() {
        return frame;
    }

    /** The font family the painter asks Java2D for. */
    String fontFamily() {
        return fonts.family();
    }

    /** Paints the whole picture; leaves the graphics' state as it found it. */
    public void paint(Graphics2D g) {
        paint(g, PaintHooks.NONE);
    }

    void paint(Graphics2D target, PaintHooks hooks) {
        paint(target, hooks, EnumSet.allOf(Part.class));
    }

    /**
     * The picture's parts, in the order they are painted, so an output can paint them on separate
     * canvases at once and join the results (SVG does, on two threads): each part sets whatever
     * colour, stroke, font and composite it draws with, so it paints the same without the others.
     */
    enum Part {
        /** The background and the title. */
        TOP,
        /** The relations' lines and arrowheads. */
        EDGES,
        /** The concepts, the relation labels, the legend and the sources footer. */
        REST
    }

    /** Paints only the given parts, with the same setting up as the whole picture. */
    void paint(Graphics2D target, PaintHooks hooks, Set<Part> parts) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (parts.contains(Part.TOP)) {
                if (!options.transparent()) {
                    g.setColor(color(style.background()));
                    g.fill(new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
                }
                paintTitle(g, hooks);
            }
            Graphics2D inner = (Graphics2D) g.create();
            try {
                inner.translate(frame.diagramX(), frame.diagramY());
                if (parts.contains(Part.EDGES)) {
                    paintEdges(inner, hooks);
                }
                if (parts.contains(Part.REST)) {
                    paintNodes(inner, hooks);
                    paintEdgeLabels(inner, hooks);
                }
            } finally {
                inner.dispose();
            }
            if (parts.contains(Part.REST)) {
                paintFooter(g, hooks);
            }
        } finally {
            g.dispose();
        }
    }

    private void paintTitle(Graphics2D g, PaintHooks hooks) {
        if (frame.title().isEmpty()) {
            return;
        }
        hooks.beginGroup(g, Map.of("class", "title"));
        g.setColor(color(style.textColor()));
        frame.title().forEach(run -> text(g, hooks, run));
        hooks.endGroup(g);
    }

    private void paintEdges(Graphics2D g, PaintHooks hooks) {
        Composite normal = g.getComposite();
        for (DiagramEdge e : ordered(diagram.edges(), DiagramEdge::emphasis)) {
            if (e.points().size() < 2) {
                continue;
            }
            hooks.beginGroup(g, edgeAttributes(e));
            g.setComposite(e.emphasis() == Emphasis.DIMMED ? dimmed() : normal);
            double width = style.edgeWidth() * (e.emphasis() == Emphasis.HIGHLIGHTED ? 1.8 : 1);
            g.setColor(color(e.color()));
            g.setStroke(lineStroke(width, e.line().dash()));
            List<Point> points = new ArrayList<>(e.points());
            double size = style.arrowSize() * (e.emphasis() == Emphasis.HIGHLIGHTED ? 1.25 : 1);
            drawLine(g, points, e.line().arrowhead(), size, width);
            hooks.endGroup(g);
        }
        g.setComposite(normal);
    }

    /** Strokes the line with the stroke set on {@code g} and ends it with the arrowhead asked for. */
    private static void drawLine(Graphics2D g, List<Point> points, LineStyle.Arrowhead head, double size,
                                 double width) {
        switch (head) {
            case FILLED -> {
                Shape arrow = arrowhead(points, size);
                g.draw(polyline(points));
                if (arrow != null) {
                    g.fill(arrow);
                }
            }
            case OPEN -> {
                Shape open = openArrowhead(points, size);
                g.draw(polyline(points));
                if (open != null) {
                    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(open);
                }
            }
            case NONE -> g.draw(polyline(points));
        }
    }

    /**
     * Relation labels where the diagram placed them, on a pale ground so a line under them does not
     * strike the words through: those of highlighted relations, and all but dimmed ones in small
     * views (at most 30 concepts and 30 relations, where they do not crowd the picture), as the
     * window shows them in tours and Relate. Labels the diagram could not place
     * (for want of room) are never drawn, since a picture has no hover.
     */
    private void paintEdgeLabels(Graphics2D g, PaintHooks hooks) {
        boolean small = Diagram.namesEveryRelation(diagram.nodes().size(), diagram.edges().size());
        Composite normal = g.getComposite();
        for (DiagramEdge e : diagram.edges()) {
            EdgeLabel box = e.labelBox();
            boolean wanted = e.emphasis() == Emphasis.HIGHLIGHTED || small && e.emphasis() != Emphasis.DIMMED;
            String text = Texts.clean(e.label());
            if (box == null || !box.placed() || !wanted || text.isEmpty()) {
                continue;
            }
            hooks.beginGroup(g, Map.of("class", "relation-label type-" + e.type()));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.92f));
            g.setColor(color(style.background()));
            g.fill(new RoundRectangle2D.Double(box.minX(), box.minY(), box.width(), box.height(), 6, 6));
            g.setComposite(normal);
            int size = (int) Math.round(box.fontSize());
            // A long name the view had no room for on one line is drawn on the lines it was placed on.
            List<String> lines = box.lines(e.label()).stream().map(Texts::clean).toList();
            double lineHeight = fonts.lineHeight(size);
            double top = box.y() - lines.size() * lineHeight / 2;
            g.setColor(color(style.edgeLabelColor()));
            for (String line : lines) {
                double w = fonts.drawnWidth(line, size, false);
                g.setFont(fonts.fontFor(line, size, false));
                g.drawString(hooks.text(line), (float) (box.x() - w / 2), (float) (top + fonts.baselineOffset(size, false)));
                top += lineHeight;
            }
            hooks.endGroup(g);
        }
    }

    private static Map<String, String> edgeAttributes(DiagramEdge e) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("class", "relation type-" + e.type() + (e.contested() ? " contested" : "") + emphasisClass(e.emphasis()));
        a.put("data-from", e.from());
        a.put("data-to", e.to());
        return a;
    }

    private void paintNodes(Graphics2D g, PaintHooks hooks) {
        Composite normal = g.getComposite();
        int size = (int) Math.round(style.fontSize());
        double lineHeight = fonts.lineHeight(size);
        double baseline = fonts.baselineOffset(size, false);
        for (DiagramNode n : ordered(diagram.nodes(), DiagramNode::emphasis)) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("class", "concept kind-" + n.kind() + emphasisClass(n.emphasis()));
            a.put("data-id", n.id());
            hooks.beginGroup(g, a);
            g.setComposite(n.emphasis() == Emphasis.DIMMED ? dimmed() : normal);
            Shape outline = Shapes.outline(n.shape(), n.x(), n.y(), n.width(), n.height());
            g.setColor(color(n.fill()));
            g.fill(outline);
            double strokeWidth = switch (n.emphasis()) {
                case SELECTED -> SELECTED_STROKE;
                case HIGHLIGHTED -> HIGHLIGHT_STROKE;
                default -> NODE_STROKE;
            };
            String stroke = n.emphasis() == Emphasis.SELECTED ? Palette.darker(n.stroke(), 0.6) : n.stroke();
            g.setColor(color(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            Shape fold = Shapes.noteFold(n.shape(), n.x(), n.y(), n.width(), n.height());
            if (fold != null) {
                g.setColor(color(Palette.darker(n.fill(), 0.88)));
                g.fill(fold);
                g.setColor(color(stroke));
                g.draw(fold);
            }
            g.setColor(color(n.textColor()));
            List<String> lines = n.lines();
            double top = n.y() - lines.size() * lineHeight / 2;
            for (int i = 0; i < lines.size(); i++) {
                String line = Texts.clean(lines.get(i));
                if (line.isEmpty()) {
                    continue;
                }
                double w = fonts.drawnWidth(line, size, false);
                g.setFont(fonts.fontFor(line, size, false));
                g.drawString(hooks.text(line), (float) (n.x() - w / 2), (float) (top + i * lineHeight + baseline));
            }
            hooks.endGroup(g);
        }
        g.setComposite(normal);
    }

    private void paintFooter(Graphics2D g, PaintHooks hooks) {
        if (Double.isNaN(frame.separatorY())) {
            return;
        }
        g.setColor(color(Palette.darker(style.background(), 0.84)));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(FrameLayout.PAD, frame.separatorY(), frame.width() - FrameLayout.PAD,
                frame.separatorY()));
        if (!frame.legend().isEmpty()) {
            hooks.beginGroup(g, Map.of("class", "legend"));
            for (LegendEntry entry : frame.legend()) {
                paintLegendEntry(g, hooks, entry);
            }
            hooks.endGroup(g);
        }
        if (!frame.sources().isEmpty()) {
            hooks.beginGroup(g, Map.of("class", "sources"));
            g.setColor(color(style.edgeLabelColor()));
            frame.sources().forEach(run -> text(g, hooks, run));
            hooks.endGroup(g);
        }
    }

    private void paintLegendEntry(Graphics2D g, PaintHooks hooks, LegendEntry entry) {
        LegendItem item = entry.item();
        double cx = entry.x() + entry.width() / 2;
        double cy = entry.y() + entry.height() / 2;
        if (item.isKind()) {
            Shape s = Shapes.outline(item.shape(), cx, cy, entry.width(), entry.height());
            g.setColor(color(item.fill()));
            g.fill(s);
            g.setColor(color(item.stroke()));
            g.setStroke(new BasicStroke(1f));
            g.draw(s);
        } else {
            // The sample is the line as drawn in the diagram: colour, dashes and arrowhead.
            LineStyle line = item.line() != null ? item.line() : new LineStyle(item.stroke(),
                    item.dashed() ? LineStyle.Dash.DASHED : LineStyle.Dash.SOLID, LineStyle.Arrowhead.NONE);
            double width = style.edgeWidth() * 1.3;
            g.setColor(color(line.color()));
            g.setStroke(lineStroke(width, line.dash()));
            List<Point> sample = new ArrayList<>(List.of(new Point(entry.x(), cy), new Point(entry.x() + entry.width(), cy)));
            drawLine(g, sample, line.arrowhead(), style.arrowSize() * 0.9, width);
        }
        g.setColor(color(style.textColor()));
        text(g, hooks, entry.label());
    }

    private void text(Graphics2D g, PaintHooks hooks, TextRun run) {
        if (run.text().isEmpty()) {
            return;
        }
        g.setFont(fonts.fontFor(run.text(), run.size(), run.bold()));
        g.drawString(hooks.text(run.text()), (float) run.x(), (float) run.baseline());
    }

    private Composite dimmed() {
        return AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.dimmed());
    }

    private static Stroke lineStroke(double width, LineStyle.Dash dash) {
        double[] pattern = dash.pattern(width);
        if (pattern.length > 0) {
            float[] on = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                on[i] = (float) pattern[i];
            }
            // Round caps make the dots of a dotted line visible as dots rather than slivers.
            int cap = dash == LineStyle.Dash.DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
            return new BasicStroke((float) width, cap, BasicStroke.JOIN_ROUND, 10f, on, 0f);
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    private static Path2D polyline(List<Point> points) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            p.lineTo(points.get(i).x(), points.get(i).y());
        }
        return p;
    }

    /**
     * The arrowhead at the last point, pointing along the last segment; shortens that segment so
     * the line stops inside the head instead of poking through its tip. {@code null} when the last
     * segment has no length.
     */
    static Shape arrowhead(List<Point> points, double size) {
        return head(points, size, size * 0.8);
    }

    /**
     * A hollow triangle at the last point, pointing along the last segment; shortens that segment
     * to the triangle's base so no line shows inside it. {@code null} when that has no length.
     */
    static Shape openArrowhead(List<Point> points, double size) {
        return head(points, size, size);
    }

    /** The triangle both arrowheads draw; the last point moves back by {@code cut} along the line. */
    private static Shape head(List<Point> points, double size, double cut) {
        Point tip = points.get(points.size() - 1);
        Point from = points.get(points.size() - 2);
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return null;
        }
        double ux = dx / len;
        double uy = dy / len;
        double half = size * 0.45;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.x(), tip.y());
        head.lineTo(bx - uy * half, by + ux * half);
        head.lineTo(bx + uy * half, by - ux * half);
        head.closePath();
        double back = Math.min(cut, len);
        points.set(points.size() - 1, new Point(tip.x() - ux * back, tip.y() - uy * back));
        return head;
    }

    /** Dimmed first, selected last, so what stands out is drawn on top; stable within each group. */
    private static <T> List<T> ordered(List<T> items, java.util.function.Function<T, Emphasis> emphasis) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(t -> rank(emphasis.apply(t))));
        return sorted;
    }

    private static int rank(Emphasis e) {
        return switch (e) {
            case DIMMED -> 0;
            case NORMAL -> 1;
            case HIGHLIGHTED -> 2;
            case SELECTED -> 3;
        };
    }

    private static String emphasisClass(Emphasis e) {
        return switch (e) {
            case NORMAL -> "";
            case SELECTED -> " selected";
            case HIGHLIGHTED -> " highlighted";
            case DIMMED -> " dimmed";
        };
    }

    static Color color(String hex) {
        if (hex == null) {
            return Color.GRAY;
        }
        return COLORS.computeIfAbsent(hex, h -> h.matches("#[0-9a-fA-F]{6}")
                ? new Color(Integer.parseInt(h.substring(1), 16)) : Color.GRAY);
    }
}
