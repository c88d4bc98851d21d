package org.psoexplorer.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    private final PDDocument doc;
    private final Diagram diagram;
    private final PdfBoxGraphics2DFontTextDrawer fontDrawer;
    private final boolean ownsFonts;
    private final PDFormXObject form;
    private final float width;
    private final float height;
    private final float diagramX;
    private final float diagramY;

    public PdfDiagramForm(PDDocument doc, Diagram diagram, ExportOptions options) throws IOException {
        this(doc, diagram, options, new PdfBoxGraphics2DFontTextDrawer(), true);
    }

    private PdfDiagramForm(PDDocument doc, Diagram diagram, ExportOptions options,
                           PdfBoxGraphics2DFontTextDrawer fontDrawer, boolean ownsFonts) throws IOException {
        this.doc = doc;
        this.diagram = diagram;
        this.fontDrawer = fontDrawer;
        this.ownsFonts = ownsFonts;
        DiagramPainter painter = new DiagramPainter(diagram, options);
        width = (float) painter.width();
        height = (float) painter.height();
        diagramX = (float) painter.diagramX();
        diagramY = (float) painter.diagramY();
        if (ownsFonts) {
            FontFiles.find(painter.fontFamily(), false).ifPresent(p -> fontDrawer.registerFont(p.toFile()));
            FontFiles.find(painter.fontFamily(), true).ifPresent(p -> fontDrawer.registerFont(p.toFile()));
        }
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        g.setFontTextDrawer(fontDrawer);
        try {
            painter.paint(g);
        } finally {
            g.dispose();
        }
        form = g.getXFormObject();
    }

    /**
     * The diagram's legend alone, its rows flowed to {@code width} diagram pixels, under a rule:
     * for a page that shows the drawing too small for the legend drawn with it to be read. It
     * sets its text in this form's embedded fonts and needs no closing of its own.
     */
    public PdfDiagramForm legendAlone(double width) throws IOException {
        Diagram legend = new Diagram("", width, 0, List.of(), List.of(), diagram.legend(), List.of(), diagram.style(),
                diagram.language());
        return new PdfDiagramForm(doc, legend, ExportOptions.defaults().withTitle(false).withSources(false),
                fontDrawer, false);
    }

    /**
     * The same drawing, in this form's fonts and with its options, naming only the concepts whose
     * box meets {@code area} (in diagram coordinates): for a page that shows that area alone. The
     * names outside, clipped from sight, were still text in the page, and a search for a concept
     * in a PDF viewer stopped on pages where it could not be seen. Needs no closing of its own.
     */
    public PdfDiagramForm namingOnly(java.awt.geom.Rectangle2D area, ExportOptions options) throws IOException {
        List<org.psoexplorer.diagram.DiagramNode> nodes = diagram.nodes().stream()
                .map(n -> area.intersects(n.minX(), n.minY(), n.width(), n.height()) ? n : n.unnamed())
                .toList();
        Diagram part = new Diagram(diagram.title(), diagram.width(), diagram.height(), nodes, diagram.edges(),
                diagram.legend(), diagram.sources(), diagram.style(), diagram.language(), diagram.references());
        return new PdfDiagramForm(doc, part, options, fontDrawer, false);
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

    /**
     * Where the diagram's own (0, 0) is in the drawing, in diagram pixels from its top left, so a
     * document can map concepts onto it (the form itself has its origin at the bottom left).
     */
    public float diagramX() {
        return diagramX;
    }

    public float diagramY() {
        return diagramY;
    }

    /** The TrueType file of a font family, found as the PDF export finds it. */
    public static Optional<Path> fontFile(String family, boolean bold) {
        return FontFiles.find(family, bold);
    }

    @Override
    public void close() {
        if (ownsFonts) {
            fontDrawer.close();
        }
    }
}
