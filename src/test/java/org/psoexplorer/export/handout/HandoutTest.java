package org.psoexplorer.export.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Taxonomy;

/** The handout opened with PDFBox, as a reader's PDF viewer would: pages, text, fonts, margins. */
class HandoutTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    static Taxonomy builtIn;

    @BeforeAll
    static void load() {
        builtIn = new TaxonomyLoader().loadDefault().taxonomy().orElseThrow();
    }

    private static byte[] handout(Taxonomy t, ViewFilter filter, String lang, CitationStyle style, Handout.Paper paper)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Handout(paper, DAY).write(new SharedView(new TaxonomyGraph(t), filter, LayoutKind.LAYERED, lang, style, null),
                out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void aFocusedHandoutHasCoverDiagramGlossaryRelationsAndBibliography() throws Exception {
        byte[] pdf = handout(builtIn, ViewFilter.NONE.withFocus("peacemaking", 1), "en", CitationStyle.CHICAGO,
                Handout.Paper.A4);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            PDPage cover = doc.getPage(0);
            assertThat(cover.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());

            String all = text(doc);
            assertThat(all).contains(builtIn.text(builtIn.title(), "en")).contains("March 14, 2026")
                    .contains("Glossary").contains("Relations").contains("Bibliography")
                    .contains("Page 1 of " + doc.getNumberOfPages());
            Concept peacemaking = builtIn.concept("peacemaking").orElseThrow();
            assertThat(all).contains(flat(builtIn.text(peacemaking.definition(), "en")));
            assertThat(all).contains(flat(peacemaking.quotes().get(0).text()));
            assertThat(all).contains("(Boutros-Ghali 1992, " + peacemaking.quotes().get(0).locator() + ")");
            String entry = new Citations(CitationStyle.CHICAGO, "en")
                    .entry(builtIn.source("agenda-for-peace-1992").orElseThrow());
            assertThat(all).contains(flat(entry)).contains("A/47/277–S/24111");
            assertThat(all).contains("Peacemaking falls under the umbrella term");

            assertThat(fonts(doc)).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertEveryGlyphInsideThePage(doc);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(builtIn.text(builtIn.title(), "en"));
        }
    }

    @Test
    void frenchHandoutWithTheFrenchStyleOnLetter() throws Exception {
        byte[] pdf = handout(builtIn, ViewFilter.NONE.withFocus("peacekeeping", 1), "fr", CitationStyle.ISO690_FR,
                Handout.Paper.LETTER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            String all = text(doc);
            assertThat(all).contains("14 mars 2026").contains("Glossaire").contains("Bibliographie")
                    .contains("Page 1 sur ").contains("BOUTROS-GHALI, Boutros")
                    .contains(builtIn.text(builtIn.concept("peacekeeping").orElseThrow().label(), "fr"))
                    .contains(flat(builtIn.text(builtIn.concept("peacekeeping").orElseThrow().definition(), "fr")));
            assertEveryGlyphInsideThePage(doc);
        }
    }

    @Test
    void theWholeTaxonomyFlowsOverManyPagesWithNothingCut() throws Exception {
        try (PDDocument doc = Loader.loadPDF(handout(builtIn, ViewFilter.NONE, "en", CitationStyle.APA, Handout.Paper.A4))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            // A paragraph may run over a page break, where the footer sits in the extracted text.
            String all = text(doc).replaceAll(" ?Page \\d+ of \\d+ ?", " ");
            for (Concept c : builtIn.concepts()) {
                assertThat(all).contains(flat(builtIn.text(c.definition(), "en")));
            }
            assertEveryGlyphInsideThePage(doc);
        }
    }

    @Test
    void hostileTextIsPrintedAsText() throws Exception {
        Taxonomy hostile = new TaxonomyLoader().load(Path.of("src/test/resources/org/psoexplorer/share/hostile.json"))
                .taxonomy().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(handout(hostile, ViewFilter.NONE, "en", CitationStyle.MLA, Handout.Paper.A4))) {
            String all = text(doc);
            assertThat(all).contains("Definition </script><script>alert(1)</script><!--")
                    .contains("<img src=x onerror=alert(2)> & \"q\" 's' {brace} 100% $x$");
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertEveryGlyphInsideThePage(doc);
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** No glyph that shows closer than 20 pt to any edge of its page: nothing is cut when printed. */
    private static void assertEveryGlyphInsideThePage(PDDocument doc) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition p) {
                // A page showing a part of the diagram draws all of it through a clip; what is clipped away does not print.
                Matrix m = p.getTextMatrix();
                if (getGraphicsState().getCurrentClippingPath().contains(m.getTranslateX() + p.getWidthDirAdj() / 2,
                        m.getTranslateY() + m.getScalingFactorY() * 0.3)) {
                    super.processTextPosition(p);
                }
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    float x = p.getXDirAdj();
                    float y = p.getYDirAdj();
                    if (x < 20 || x + p.getWidthDirAdj() > box.getWidth() - 20 || y < 20 || y > box.getHeight() - 20) {
                        outside.add(p.getUnicode() + " at " + x + "," + y + " on page " + getCurrentPageNo());
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        assertThat(outside).isEmpty();
    }
}
