package org.psoexplorer.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.export.ExportOptions.PageSize;

/**
 * A one-page vector PDF through PDFBox and its Graphics2D bridge, drawn by the same
 * {@link DiagramPainter} as PNG and SVG. The diagram's font is embedded (subset) when its file can
 * be found, so the text is real text that can be searched and copied; text that font or PDFBox
 * cannot set (right-to-left scripts, missing glyphs) is drawn as outlines instead of being lost.
 * The page is the diagram's own size (96 px = 72 pt, as on screen) or an A4 or Letter page,
 * landscape for slides or portrait for handouts, with the diagram fitted and centred.
 */
public final class PdfExporter implements Exporter {

    /** Acrobat's limit for a page side, in points (200 inches). */
    static final float MAX_PAGE_SIDE = 14_400f;
    static final float POINTS_PER_PIXEL = 0.75f;
    /** Paper margins, in points (about 1 cm). */
    static final float PAPER_MARGIN = 28f;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
        write(scene.diagram(), options, out);
    }

    public void write(Diagram diagram, ExportOptions options, OutputStream out) throws IOException {
        DiagramPainter painter = new DiagramPainter(diagram, options);
        float w = (float) painter.width();
        float h = (float) painter.height();
        PDRectangle pageBox = pageBox(options.page(), w, h);
        float scale = fit(options.page(), pageBox, w, h);
        PdfBoxGraphics2DFontTextDrawer fontDrawer = new PdfBoxGraphics2DFontTextDrawer();
        try (PDDocument doc = new PDDocument()) {
            registerFont(fontDrawer, painter.fontFamily(), false);
            registerFont(fontDrawer, painter.fontFamily(), true);
            PDPage page = new PDPage(pageBox);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(fontDrawer);
            try {
                painter.paint(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                Matrix m = new Matrix();
                m.translate((pageBox.getWidth() - w * scale) / 2, (pageBox.getHeight() - h * scale) / 2);
                m.scale(scale, scale);
                content.transform(m);
                content.drawForm(form);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = Texts.clean(diagram.title()).strip();
            if (!title.isEmpty()) {
                info.setTitle(title);
            }
            info.setCreator("PSO Explorer");
            // PDFBox otherwise derives the file's /ID from the clock: the same diagram would differ byte for byte.
            doc.setDocumentId(documentId(diagram));
            doc.save(out);
        } finally {
            fontDrawer.close();
        }
    }

    /** Stable across runs and machines (no enum or identity hash codes), different for most diagrams. */
    static long documentId(Diagram diagram) {
        long id = Objects.hash(diagram.title(), diagram.nodes().size(), diagram.edges().size());
        id = 31 * id + Double.hashCode(diagram.width());
        id = 31 * id + Double.hashCode(diagram.height());
        for (DiagramNode node : diagram.nodes()) {
            id = 31 * id + node.id().hashCode();
        }
        return id;
    }

    static PDRectangle pageBox(PageSize size, float w, float h) {
        return switch (size) {
            case A4 -> new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            case LETTER -> new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
            case A4_PORTRAIT -> new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            case LETTER_PORTRAIT -> new PDRectangle(PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            case FIT -> {
                float s = fitScale(w, h);
                yield new PDRectangle(Math.max(1, w * s), Math.max(1, h * s));
            }
        };
    }

    /** Points per diagram pixel. */
    static float fit(PageSize size, PDRectangle page, float w, float h) {
        if (size == PageSize.FIT) {
            return fitScale(w, h);
        }
        float sx = (page.getWidth() - 2 * PAPER_MARGIN) / w;
        float sy = (page.getHeight() - 2 * PAPER_MARGIN) / h;
        // A small diagram grows on paper, but not past 1 pt per pixel: labels would look shouted.
        return Math.min(1f, Math.min(sx, sy));
    }

    /** 0.75 pt per pixel, less when the page would exceed the PDF page-size limit. */
    private static float fitScale(float w, float h) {
        float s = POINTS_PER_PIXEL;
        float longest = Math.max(w, h) * s;
        return longest > MAX_PAGE_SIDE ? s * MAX_PAGE_SIDE / longest : s;
    }

    private static void registerFont(PdfBoxGraphics2DFontTextDrawer drawer, String family, boolean bold) {
        Optional<Path> file = FontFiles.find(family, bold);
        file.ifPresent(p -> drawer.registerFont(p.toFile()));
    }
}
