package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.export.ExportOptions.PageSize;

class PdfExporterTest {

    private final ExportScene scene = ExportFixtures.scene();

    private PDDocument pdf(ExportOptions options) throws Exception {
        return Loader.loadPDF(ExportFixtures.export(new PdfExporter(), scene, options));
    }

    @Test
    void itOpensWithOnePageTheSizeOfTheDiagram() throws Exception {
        ExportOptions options = ExportOptions.defaults();
        DiagramPainter painter = new DiagramPainter(scene.diagram(), options);

        try (PDDocument doc = pdf(options)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(painter.width() * 0.75, within(0.01));
            assertThat((double) box.getHeight()).isCloseTo(painter.height() * 0.75, within(0.01));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Test taxonomy");
        }
    }

    @Test
    void theSameSceneGivesTheSameBytes() throws Exception {
        byte[] first = ExportFixtures.export(new PdfExporter(), scene, ExportOptions.defaults());
        Thread.sleep(5); // PDFBox's default file identifier changed with the clock
        byte[] second = ExportFixtures.export(new PdfExporter(), scene, ExportOptions.defaults());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theTextIsRealTextWhenTheFontCanBeEmbedded() throws Exception {
        assertThat(FontFiles.find(DiagramStyle.DEFAULT.fontFamily(), false))
                .as("DejaVu Sans is installed (CI installs fonts-dejavu-core)").isPresent();
        try (PDDocument doc = pdf(ExportOptions.defaults())) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(text).contains("Peacekeeping", "Consent of the parties", "Test taxonomy",
                    "<script>alert(1)</script>", ExportFixtures.ENTITY_LOOKALIKE, "Operation type");
        }
    }

    @Test
    void paperSizesAreLandscapeWithTheDiagramFitted() throws Exception {
        try (PDDocument a4 = pdf(ExportOptions.defaults().withPage(PageSize.A4));
             PDDocument letter = pdf(ExportOptions.defaults().withPage(PageSize.LETTER))) {
            assertThat(a4.getNumberOfPages()).isEqualTo(1);
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(841.89f, within(0.01f));
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(595.28f, within(0.01f));
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
        }
        try (PDDocument portrait = pdf(ExportOptions.defaults().withPage(PageSize.A4_PORTRAIT))) {
            assertThat(portrait.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, within(0.01f));
            assertThat(portrait.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, within(0.01f));
        }
        float scale = PdfExporter.fit(PageSize.A4, PdfExporter.pageBox(PageSize.A4, 3000, 1000), 3000, 1000);
        assertThat(3000 * scale).isLessThanOrEqualTo(841.89f - 2 * PdfExporter.PAPER_MARGIN + 0.01f);
    }

    @Test
    void aHugeDiagramStaysWithinThePdfPageLimit() throws Exception {
        Diagram huge = new Diagram("huge", 60_000, 20_000, List.of(), List.of(), List.of(), List.of(),
                DiagramStyle.DEFAULT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        new PdfExporter().write(huge, ExportOptions.defaults(), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isLessThanOrEqualTo(PdfExporter.MAX_PAGE_SIDE);
            assertThat(box.getHeight()).isLessThanOrEqualTo(PdfExporter.MAX_PAGE_SIDE);
        }
    }
}
