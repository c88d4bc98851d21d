package org.psoexplorer.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.psoexplorer.diagram.Diagram;

/**
 * A diagram drawn by the {@link DiagramPainter} into a PDF form, as {@link PdfExporter} draws it,
 * for documents that place it on a page of their own (the handout). Vector, with the diagram's font
 * embedded; close it only after the document is saved, since the font is written then.
 */
public final class PdfDiagramForm implements Closeable {

    private final PdfBoxGraphics2DFontTextDrawer fontDrawer = new PdfBoxGraphics2DFontTextDrawer();
    private final PDFormXObject form;
    private final float width;
    private final float height;

    public PdfDiagramForm(PDDocument doc, Diagram diagram, ExportOptions options) throws IOException {
        DiagramPainter painter = new DiagramPainter(diagram, options);
        width = (float) painter.width();
        height = (float) painter.height();
        FontFiles.find(painter.fontFamily(), false).ifPresent(p -> fontDrawer.registerFont(p.toFile()));
        FontFiles.find(painter.fontFamily(), true).ifPresent(p -> fontDrawer.registerFont(p.toFile()));
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        g.setFontTextDrawer(fontDrawer);
        try {
            painter.paint(g);
        } finally {
            g.dispose();
        }
        form = g.getXFormObject();
    }

    public PDFormXObject form() {
        return form;
    }

    /** The drawing's width in diagram pixels. */
    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The TrueType file of a font family, found as the PDF export finds it. */
    public static Optional<Path> fontFile(String family, boolean bold) {
        return FontFiles.find(family, bold);
    }

    @Override
    public void close() {
        fontDrawer.close();
    }
}
