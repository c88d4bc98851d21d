package org.psoexplorer.export.handout;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.export.DiagramPainter;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.PdfDiagramForm;
import org.psoexplorer.export.share.ShareTexts;

/**
 * The handout's diagram on landscape pages of its paper: one page, fitted, when the concept names
 * are legible there; otherwise an atlas: an overview with the parts of a {@link DiagramTiling}
 * marked on it and the legend under it, then a page for each part at a legible scale, with a small
 * map of where it lies. The drawing stays vector; a part's page draws it through a form whose
 * bounding box is the part, which clips away the rest, and names only the concepts the part shows
 * ({@link PdfDiagramForm#namingOnly}), so a search for a concept does not stop where it is clipped away.
 */
final class DiagramPages implements Closeable {

    /** The diagram as the handout draws it: no title or sources, which the cover and the bibliography give. */
    static final ExportOptions FRAMED = ExportOptions.defaults().withTitle(false).withSources(false);
    private static final Color MUTED = Handout.MUTED;
    private static final Color ACCENT = Handout.ACCENT;
    private static final Color MAP_GROUND = new Color(0xee, 0xf2, 0xf6);
    private static final Color MAP_LINE = new Color(0x9f, 0xb3, 0xc8);
    private static final Color MAP_CONCEPT = new Color(0x7d, 0x8f, 0xa5);
    private static final Color MAP_PART = new Color(0xc9, 0xd8, 0xea);

    private static final float MARGIN = PageFlow.MARGIN * 0.6f;
    /** Room above the drawing for its heading alone. */
    private static final float HEADING_ROOM = 30;
    /** Room above the drawing in an atlas: heading, a line under it, and beside them the small map. */
    private static final float ATLAS_HEADING_ROOM = 48;
    private static final float MAP_WIDTH = 160;
    private static final float MAP_HEIGHT = 40;

    private final PDDocument doc;
    private final HandoutFonts fonts;
    private final ShareTexts texts;
    private final PDRectangle size;
    private PdfDiagramForm form;

    DiagramPages(PDDocument doc, HandoutFonts fonts, ShareTexts texts, PDRectangle portrait) {
        this.doc = doc;
        this.fonts = fonts;
        this.texts = texts;
        this.size = new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    /** How many pages of parts the diagram would take (0 when one page is legible). */
    int parts(Diagram diagram) {
        return plan(diagram, fitted(diagram, HEADING_ROOM)).parts().size();
    }

    /** The scale the whole diagram is drawn at on one page under a heading {@code headingRoom} tall. */
    private float fitted(Diagram diagram, float headingRoom) {
        DiagramPainter framed = new DiagramPainter(diagram, FRAMED);
        return fit(framed.width(), framed.height(), roomWidth(), roomHeight(headingRoom));
    }

    private DiagramTiling.Plan plan(Diagram diagram, float fitted) {
        return DiagramTiling.plan(diagram, fitted, roomWidth(), roomHeight(ATLAS_HEADING_ROOM));
    }

    /**
     * Adds the diagram's pages, {@code note} (or null) under the heading of the first; returns how
     * it was cut (no parts when one page is legible).
     */
    DiagramTiling.Plan write(Diagram diagram, String note) throws IOException {
        float width = roomWidth();
        float headingRoom = note == null ? HEADING_ROOM : ATLAS_HEADING_ROOM;
        float fitted = fitted(diagram, headingRoom);
        DiagramTiling.Plan plan = plan(diagram, fitted);
        if (!plan.hasParts()) {
            form = new PdfDiagramForm(doc, diagram, FRAMED);
            PDPage page = newPage();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                heading(content, texts.get("doc.diagram"), note, null);
                drawWhole(content, fitted, headingRoom);
            }
            return plan;
        }
        // The legend goes apart, at print size; in the form it would shrink with the overview, and
        // pages of parts would hold it, hidden, for text search to find.
        form = new PdfDiagramForm(doc, diagram, FRAMED.withLegend(false));
        int overviewPage = doc.getNumberOfPages() + 1;
        PDPage overview = newPage();
        try (PDPageContentStream content = new PDPageContentStream(doc, overview)) {
            heading(content, texts.get("doc.diagramOverview"), texts.get("doc.diagramInParts", plan.parts().size()), note);
            View view = drawOverview(content, plan, width);
            for (DiagramTiling.Part part : plan.parts()) {
                markCell(content, view, part);
            }
        }
        for (DiagramTiling.Part part : plan.parts()) {
            PDPage page = newPage();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                heading(content, texts.get("doc.diagramPart", part.number(), plan.parts().size()),
                        texts.get("doc.diagramWhole", overviewPage), null);
                map(content, diagram, plan, part);
                drawPart(content, plan, part);
            }
        }
        return plan;
    }

    /** The diagram's print size, or smaller to fit the room: never enlarged, as print size is what it is drawn for. */
    private static float fit(double drawnWidth, double drawnHeight, float width, float height) {
        return (float) Math.min(DiagramTiling.PRINT_SCALE, Math.min(width / drawnWidth, height / drawnHeight));
    }

    /** Closes the diagram's form: only once the document is saved, since its fonts are written then. */
    @Override
    public void close() {
        if (form != null) {
            form.close();
        }
    }

    private float roomWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    private float roomHeight(float headingRoom) {
        return size.getHeight() - 2 * MARGIN - headingRoom - PageFlow.FOOTER_ROOM;
    }

    private float top(float headingRoom) {
        return size.getHeight() - MARGIN - headingRoom;
    }

    private PDPage newPage() {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        return page;
    }

    private void heading(PDPageContentStream content, String title, String line, String secondLine) throws IOException {
        float top = size.getHeight() - MARGIN;
        text(content, fonts.bold, 14, ACCENT, MARGIN, top - 14, title);
        float y = top - 14 - 16;
        for (String l : new String[] {line, secondLine}) {
            if (l != null) {
                text(content, fonts.regular, 9.5f, MUTED, MARGIN, y, l);
                y -= 12;
            }
        }
    }

    private void text(PDPageContentStream content, PDType0Font font, float fontSize, Color color, float x, float y,
                      String text) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, y);
        content.showText(fonts.settable(font, text));
        content.endText();
    }

    /** The whole drawing with its legend, fitted and centred under the heading. */
    private void drawWhole(PDPageContentStream content, float scale, float headingRoom) throws IOException {
        View view = new View(form, scale, (size.getWidth() - form.width() * scale) / 2, top(headingRoom),
                -form.diagramX(), -form.diagramY());
        content.saveGraphicsState();
        content.transform(view.formToPage());
        content.drawForm(form.form());
        content.restoreGraphicsState();
    }

    /** A part's share of the overview, outlined, with its number in the corner. */
    private void markCell(PDPageContentStream content, View view, DiagramTiling.Part part) throws IOException {
        Rectangle2D cell = part.cell();
        float x = view.x(cell.getMinX());
        float top = view.y(cell.getMinY());
        float w = (float) (cell.getWidth() * view.scale());
        float h = (float) (cell.getHeight() * view.scale());
        content.setStrokingColor(ACCENT);
        content.setLineWidth(0.6f);
        content.setLineDashPattern(new float[] {4, 2}, 0);
        content.addRect(x, top - h, w, h);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        String number = Integer.toString(part.number());
        float numberSize = 8;
        float badge = Math.max(11, HandoutFonts.width(fonts.bold, number, numberSize) + 5);
        content.setNonStrokingColor(ACCENT);
        content.addRect(x, top - 11, badge, 11);
        content.fill();
        text(content, fonts.bold, numberSize, Color.WHITE,
                x + (badge - HandoutFonts.width(fonts.bold, number, numberSize)) / 2, top - 8.5f, number);
    }

    /** The drawing, fitted above its legend. */
    private View drawOverview(PDPageContentStream content, DiagramTiling.Plan plan, float width) throws IOException {
        float scale = (float) DiagramTiling.PRINT_SCALE;
        PdfDiagramForm legend = form.legendAlone(width / scale);
        float legendHeight = legend.height() * scale;
        Rectangle2D drawing = plan.extent();
        float fit = fit(drawing.getWidth(), drawing.getHeight(), width, roomHeight(ATLAS_HEADING_ROOM) - legendHeight);
        View view = new View(form, fit, (float) (size.getWidth() - drawing.getWidth() * fit) / 2,
                top(ATLAS_HEADING_ROOM), (float) drawing.getMinX(), (float) drawing.getMinY());
        drawClipped(content, view, drawing);
        Matrix m = new Matrix();
        m.translate(MARGIN, view.y(drawing.getMaxY()) - legendHeight);
        m.scale(scale, scale);
        content.saveGraphicsState();
        content.transform(m);
        content.drawForm(legend.form());
        content.restoreGraphicsState();
        return view;
    }

    /** The part at the part scale. */
    private void drawPart(PDPageContentStream content, DiagramTiling.Plan plan, DiagramTiling.Part part)
            throws IOException {
        Rectangle2D area = part.area();
        View view = new View(form, (float) plan.partScale(), MARGIN, top(ATLAS_HEADING_ROOM), (float) area.getMinX(),
                (float) area.getMinY());
        Rectangle2D shown = area.createIntersection(plan.extent());
        drawClipped(content, view, shown, form.namingOnly(shown, FRAMED.withLegend(false)));
    }

    /**
     * The diagram's form drawn through a form whose bounding box is {@code shown}: the diagram is
     * stored once however many pages show parts of it, and what lies outside is clipped away.
     */
    private void drawClipped(PDPageContentStream content, View view, Rectangle2D shown) throws IOException {
        drawClipped(content, view, shown, form);
    }

    private void drawClipped(PDPageContentStream content, View view, Rectangle2D shown, PdfDiagramForm form)
            throws IOException {
        PDFormXObject clipped = new PDFormXObject(doc);
        clipped.setResources(new PDResources());
        clipped.setBBox(new PDRectangle((float) (form.diagramX() + shown.getMinX()),
                (float) (form.height() - form.diagramY() - shown.getMaxY()), (float) shown.getWidth(),
                (float) shown.getHeight()));
        try (PDFormContentStream inner = new PDFormContentStream(clipped)) {
            inner.drawForm(form.form());
        }
        content.saveGraphicsState();
        content.transform(view.formToPage());
        content.drawForm(clipped);
        content.restoreGraphicsState();
    }

    /** A small map at the top right: the drawing's concepts as small boxes, the part this page shows marked. */
    private void map(PDPageContentStream content, Diagram diagram, DiagramTiling.Plan plan, DiagramTiling.Part part)
            throws IOException {
        Rectangle2D extent = plan.extent();
        float scale = (float) Math.min(MAP_WIDTH / extent.getWidth(), MAP_HEIGHT / extent.getHeight());
        float top = size.getHeight() - MARGIN;
        float left = size.getWidth() - MARGIN - (float) extent.getWidth() * scale;
        MapView view = new MapView(scale, left, top, extent.getMinX(), extent.getMinY());
        content.setNonStrokingColor(MAP_GROUND);
        view.rect(content, extent);
        content.fill();
        Rectangle2D shown = part.area().createIntersection(extent);
        content.setNonStrokingColor(MAP_PART);
        view.rect(content, shown);
        content.fill();
        content.setNonStrokingColor(MAP_CONCEPT);
        for (DiagramNode n : diagram.nodes()) {
            view.rect(content, new Rectangle2D.Double(n.minX(), n.minY(), n.width(), n.height()));
        }
        content.fill();
        content.setStrokingColor(MAP_LINE);
        content.setLineWidth(0.5f);
        view.rect(content, extent);
        content.stroke();
        content.setStrokingColor(ACCENT);
        content.setLineWidth(1.2f);
        view.rect(content, shown);
        content.stroke();
    }

    /**
     * Diagram pixels (y down, from the diagram's origin) placed on the page: {@code (fromX, fromY)}
     * lands at {@code (left, top)} and the rest follows at {@code scale} points a pixel.
     */
    private record View(PdfDiagramForm form, float scale, float left, float top, float fromX, float fromY) {

        float x(double diagramX) {
            return (float) (left + (diagramX - fromX) * scale);
        }

        float y(double diagramY) {
            return (float) (top - (diagramY - fromY) * scale);
        }

        /** From the form's space (y up, origin at the bottom left of the whole drawing) to the page. */
        Matrix formToPage() {
            Matrix m = new Matrix();
            m.translate(left - (form.diagramX() + fromX) * scale,
                    top - (form.height() - form.diagramY() - fromY) * scale);
            m.scale(scale, scale);
            return m;
        }
    }

    private record MapView(float scale, float left, float top, double fromX, double fromY) {

        void rect(PDPageContentStream content, Rectangle2D r) throws IOException {
            float w = (float) r.getWidth() * scale;
            float h = (float) r.getHeight() * scale;
            content.addRect((float) (left + (r.getMinX() - fromX) * scale),
                    (float) (top - (r.getMinY() - fromY) * scale) - h, w, h);
        }
    }
}
