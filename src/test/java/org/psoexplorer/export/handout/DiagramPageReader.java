package org.psoexplorer.export.handout;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.export.DiagramPainter;
import org.psoexplorer.export.ExportOptions;

/**
 * Reads a handout's pages as a printer shows them: every glyph with its size on paper and whether
 * the clipping in force when it was drawn lets it show, and every time the diagram's form is drawn,
 * where it lands and the clip it is drawn through. From that, where each concept's box lands on a
 * page, whether it is whole there and how large its name prints. All it assumes of the handout
 * is that the diagram is drawn as one form, without title or sources, recognised by its size.
 */
final class DiagramPageReader extends PDFTextStripper {

    /** A glyph as printed: its centre on the page, in points, and its size in points. */
    record Glyph(String text, double x, double y, double size, boolean visible) {
    }

    /** One drawing of the diagram's form: from form space to the page, through a clip (page space). */
    record Placement(DiagramPainter drawing, Matrix formToPage, Rectangle2D clip) {
    }

    /** A concept as one page shows it: its box on the page, whether it is whole, its name's smallest glyph. */
    record Seen(Rectangle2D box, boolean whole, String name, double smallest) {
    }

    private final List<DiagramPainter> drawings;
    private final Map<Integer, List<Glyph>> glyphs = new HashMap<>();
    private final Map<Integer, List<Placement>> placements = new HashMap<>();
    private final Map<Integer, PDRectangle> boxes = new HashMap<>();

    DiagramPageReader(Diagram diagram) throws IOException {
        // As the handout may draw it: without title or sources, with or without its legend.
        ExportOptions options = ExportOptions.defaults().withTitle(false).withSources(false);
        drawings = List.of(new DiagramPainter(diagram, options),
                new DiagramPainter(diagram, options.withLegend(false)));
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        boxes.put(getCurrentPageNo(), page.getMediaBox());
        super.startPage(page);
    }

    void read(PDDocument doc) throws IOException {
        setStartPage(1);
        setEndPage(doc.getNumberOfPages());
        getText(doc);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        PDRectangle b = form.getBBox();
        for (DiagramPainter drawing : drawings) {
            if (Math.abs(b.getWidth() - drawing.width()) < 0.01 && Math.abs(b.getHeight() - drawing.height()) < 0.01) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
                if (form.getMatrix() != null) {
                    m = form.getMatrix().multiply(m);
                }
                placements.computeIfAbsent(getCurrentPageNo(), p -> new ArrayList<>())
                        .add(new Placement(drawing, m, getGraphicsState().getCurrentClippingPath().getBounds2D()));
                break;
            }
        }
        super.showForm(form);
    }

    @Override
    protected void processTextPosition(TextPosition p) {
        Matrix m = p.getTextMatrix();
        double size = m.getScalingFactorY();
        double x = m.getTranslateX() + p.getWidthDirAdj() / 2;
        double y = m.getTranslateY() + size * 0.3;
        Area clip = getGraphicsState().getCurrentClippingPath();
        boolean visible = clip.contains(x, y);
        // The diagram sets "fi" and "fl" as ligatures; a reader's search and copy see the letters.
        String text = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC);
        glyphs.computeIfAbsent(getCurrentPageNo(), n -> new ArrayList<>()).add(new Glyph(text, x, y, size, visible));
        if (visible) {
            super.processTextPosition(p);
        }
    }

    List<Glyph> glyphs(int page) {
        return glyphs.getOrDefault(page, List.of());
    }

    List<Placement> placements(int page) {
        return placements.getOrDefault(page, List.of());
    }

    /** The text of a page that shows and prints at least {@code minSize} points, in drawing order, spaces dropped. */
    String visibleText(int page, double minSize) {
        StringBuilder sb = new StringBuilder();
        glyphs(page).stream().filter(g -> g.visible() && g.size() >= minSize).forEach(g -> sb.append(g.text()));
        return sb.toString().replaceAll("\\s+", "");
    }

    /** Every glyph that shows is at least {@code margin} points inside its page. */
    List<String> glyphsNearTheEdge(int page, double margin) {
        PDRectangle media = boxes.get(page);
        List<String> out = new ArrayList<>();
        for (Glyph g : glyphs(page)) {
            if (g.visible() && (g.x() < margin || g.x() > media.getWidth() - margin || g.y() < margin
                    || g.y() > media.getHeight() - margin)) {
                out.add(g.text() + " at " + g.x() + "," + g.y() + " on page " + page);
            }
        }
        return out;
    }

    /** The concept on a page where the diagram is drawn, if its box lands on the page at all. */
    List<Seen> seen(int page, DiagramNode n, double edgeMargin) {
        List<Seen> out = new ArrayList<>();
        PDRectangle media = boxes.get(page);
        for (Placement placement : placements(page)) {
            Rectangle2D box = onPage(placement, n);
            Rectangle2D printable = new Rectangle2D.Double(edgeMargin, edgeMargin, media.getWidth() - 2 * edgeMargin,
                    media.getHeight() - 2 * edgeMargin);
            Rectangle2D inside = placement.clip().createIntersection(printable);
            boolean whole = grown(inside, 0.01).contains(box);
            StringBuilder name = new StringBuilder();
            double smallest = Double.POSITIVE_INFINITY;
            for (Glyph g : glyphs(page)) {
                if (g.visible() && box.contains(g.x(), g.y()) && !g.text().isBlank()) {
                    name.append(g.text());
                    smallest = Math.min(smallest, g.size());
                }
            }
            if (box.intersects(inside)) {
                out.add(new Seen(box, whole, name.toString(), smallest));
            }
        }
        return out;
    }

    /**
     * The glyphs clipped from sight set inside the concept's box on a page where its box lies wholly
     * outside what the page shows: text a PDF viewer's search finds there though no one can see it.
     */
    List<Glyph> hiddenIn(int page, DiagramNode n) {
        List<Glyph> out = new ArrayList<>();
        for (Placement placement : placements(page)) {
            Rectangle2D box = onPage(placement, n);
            if (!box.intersects(placement.clip())) {
                glyphs(page).stream().filter(g -> !g.visible() && box.contains(g.x(), g.y()) && !g.text().isBlank())
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static Rectangle2D onPage(Placement placement, DiagramNode n) {
        DiagramPainter drawing = placement.drawing();
        double left = drawing.diagramX() + n.minX();
        double right = left + n.width();
        double top = drawing.height() - drawing.diagramY() - n.minY();
        double bottom = top - n.height();
        Point2D.Float a = placement.formToPage().transformPoint((float) left, (float) bottom);
        Point2D.Float b = placement.formToPage().transformPoint((float) right, (float) top);
        Rectangle2D r = new Rectangle2D.Double(a.x, a.y, 0, 0);
        r.add(b.x, b.y);
        return r;
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
