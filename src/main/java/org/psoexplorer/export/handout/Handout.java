package org.psoexplorer.export.handout;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.io.AtomicFileWriter;
import org.psoexplorer.export.share.CitedSources;
import org.psoexplorer.export.share.ShareTexts;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * A printed handout of what was shown in the seminar: a cover with title and date; the diagram
 * (vector, with its legend, on landscape pages: one, fitted, or an overview and its parts when the
 * names would print too small; see {@link DiagramPages}); a glossary of the concepts shown with
 * their definitions and quotes; the relations in words; the bibliography in the course's style.
 * Fonts embedded, text searchable, "Page n of m" on every page.
 */
public final class Handout {

    /** The paper a handout is printed on. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle portrait;

        Paper(PDRectangle portrait) {
            this.portrait = portrait;
        }

        public static java.util.Optional<Paper> fromId(String id) {
            return java.util.Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(id)).findFirst();
        }
    }

    private static final Color INK = new Color(0x1d, 0x24, 0x30);
    static final Color MUTED = new Color(0x4a, 0x5a, 0x70);
    static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);

    private final Paper paper;
    private final LocalDate date;

    public Handout(Paper paper, LocalDate date) {
        this.paper = paper;
        this.date = date;
    }

    /**
     * The most pages of parts a diagram may take in the layout asked for: more, and a layered
     * drawing that takes fewer is printed instead, and the handout says why. The built-in
     * taxonomy drawn in a circle or rings took 26-28 pages at a legible size, in layers 2; a
     * force-directed drawing (the window's first) takes 6.
     */
    static final int MAX_DIAGRAM_PARTS = 8;

    /**
     * What was written, for the command line's summary; {@code relaidFrom} is the layout asked for
     * when the diagram was printed in layers instead, which would have taken {@code relaidParts} pages.
     */
    public record Summary(int pages, int concepts, int sources, LayoutKind relaidFrom, int relaidParts) {
    }

    public Summary write(SharedView view, Path file) throws IOException {
        Summary[] summary = new Summary[1];
        AtomicFileWriter.write(file, out -> summary[0] = write(view, out));
        return summary[0];
    }

    public Summary write(SharedView view, OutputStream out) throws IOException {
        String lang = view.language();
        ShareTexts texts = new ShareTexts(lang);
        Taxonomy t = view.taxonomy();
        DiagramPipeline.Result drawn = view.draw(lang);
        VisibleGraph visible = drawn.visible();
        List<Source> cited = CitedSources.of(t, visible);
        Citations citations = new Citations(view.style(), lang);
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(doc);
            try (DiagramPages diagramPages = new DiagramPages(doc, fonts, texts, paper.portrait)) {
                PageFlow flow = new PageFlow(doc, paper.portrait, fonts);
                cover(flow, fonts, view, texts, visible);
                flow.close();
                Printed printed = toPrint(view, drawn.diagram(), diagramPages);
                diagramPages.write(printed.diagram(), printed.relaidFrom() == null ? null : texts.get("doc.diagramRelaid",
                        texts.get("doc.layout." + printed.relaidFrom().id()), printed.relaidParts()));
                List<Concept> concepts = glossary(flow, fonts, view, texts, visible, citations);
                relations(flow, fonts, t, lang, texts, visible);
                bibliography(flow, fonts, texts, citations, cited);
                flow.close();
                numberPages(doc, fonts, texts);
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(fonts.settable(fonts.regular, view.heading(lang)));
                info.setCreator("PSO Explorer");
                doc.getDocumentCatalog().setLanguage(lang);
                doc.save(out);
                return new Summary(doc.getNumberOfPages(), concepts.size(), cited.size(), printed.relaidFrom(),
                        printed.relaidParts());
            }
        }
    }

    /** The diagram printed, and the layout asked for (and its pages of parts) when it is printed in layers instead. */
    private record Printed(Diagram diagram, LayoutKind relaidFrom, int relaidParts) {
    }

    /**
     * The view's diagram, or its layered drawing when the view's would take more than
     * {@link #MAX_DIAGRAM_PARTS} pages of parts and the layered one takes fewer.
     */
    private static Printed toPrint(SharedView view, Diagram drawn, DiagramPages pages) {
        int parts = pages.parts(drawn);
        if (parts > MAX_DIAGRAM_PARTS && view.layout() != LayoutKind.LAYERED) {
            String lang = view.language();
            Diagram inLayers = new SharedView(view.graph(), view.filter(), LayoutKind.LAYERED, lang, view.style(),
                    view.title()).draw(lang).diagram();
            if (pages.parts(inLayers) < parts) {
                return new Printed(inLayers, view.layout(), parts);
            }
        }
        return new Printed(drawn, null, 0);
    }

    private void cover(PageFlow flow, HandoutFonts fonts, SharedView view, ShareTexts texts, VisibleGraph visible)
            throws IOException {
        String lang = view.language();
        Taxonomy t = view.taxonomy();
        flow.newPage();
        flow.moveTo(paper.portrait.getHeight() * 0.3f);
        flow.paragraph(view.heading(lang), fonts.bold, 26, 0, 0, ACCENT);
        flow.space(10);
        String focus = view.filter().focus();
        if (focus != null) {
            String label = t.concept(focus).map(c -> t.text(c.label(), lang)).orElse(focus);
            flow.paragraph(texts.get("doc.focus", label, view.filter().focusDepth()), fonts.regular, 14, 0, 0, INK);
        }
        flow.paragraph(texts.get("doc.conceptCount", visible.concepts().size(), visible.relations().size()),
                fonts.regular, 12, 0, 0, MUTED);
        flow.space(18);
        String description = t.text(t.description(), lang);
        if (!description.isBlank()) {
            flow.paragraph(description, fonts.regular, 11, 0, 0, INK);
            flow.space(18);
        }
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()).format(date);
        flow.paragraph(when, fonts.bold, 12, 0, 0, INK);
        flow.paragraph(texts.get("doc.citationStyle", view.style().displayName()), fonts.regular, 10, 0, 0, MUTED);
        flow.paragraph(texts.get("doc.madeOn", when), fonts.regular, 9, 0, 0, MUTED);
    }

    private List<Concept> glossary(PageFlow flow, HandoutFonts fonts, SharedView view, ShareTexts texts,
                                   VisibleGraph visible, Citations citations) throws IOException {
        Taxonomy t = view.taxonomy();
        String lang = view.language();
        Collator collator = Collator.getInstance(texts.locale());
        List<Concept> concepts = new ArrayList<>(t.concepts().stream().filter(c -> visible.contains(c.id())).toList());
        concepts.sort(Comparator.comparing((Concept c) -> t.text(c.label(), lang), collator));
        flow.newPage();
        flow.paragraph(texts.get("doc.glossary"), fonts.bold, 18, 0, 0, ACCENT);
        flow.space(8);
        for (Concept c : concepts) {
            flow.keep(14 * 1.35f + 3 * 10.5f * 1.35f);
            flow.paragraph(t.text(c.label(), lang), fonts.bold, 13, 0, 0, INK);
            String kind = t.kind(c.kind()).map(k -> t.text(k.label(), lang)).orElse("");
            if (!kind.isBlank()) {
                flow.paragraph(kind, fonts.regular, 9, 0, 0, MUTED);
            }
            flow.space(2);
            flow.paragraph(t.text(c.definition(), lang), fonts.regular, 10.5f, 0, 0, INK);
            for (Quote q : c.quotes()) {
                flow.space(4);
                flow.keep(2 * 10 * 1.35f);
                float top = flow.y();
                flow.paragraph("\u201c" + q.text() + "\u201d", fonts.regular, 10, 18, 0, INK);
                String cite = t.source(q.source()).map(s -> citations.inText(s, q.locator())).orElse(q.source());
                flow.paragraph(cite, fonts.regular, 9, 18, 0, MUTED);
                flow.quoteBar(top, 18);
            }
            flow.space(12);
        }
        return concepts;
    }

    private void relations(PageFlow flow, HandoutFonts fonts, Taxonomy t, String lang, ShareTexts texts,
                           VisibleGraph visible) throws IOException {
        if (visible.relations().isEmpty()) {
            return;
        }
        flow.space(6);
        flow.keep(18 * 1.35f + 3 * 10.5f * 1.35f);
        flow.paragraph(texts.get("doc.relationsInWords"), fonts.bold, 18, 0, 0, ACCENT);
        flow.space(6);
        Collator collator = Collator.getInstance(texts.locale());
        List<String> sentences = new ArrayList<>();
        for (RelationEdge e : visible.relations()) {
            String from = t.concept(e.from()).map(c -> t.text(c.label(), lang)).orElse(e.from());
            String to = t.concept(e.to()).map(c -> t.text(c.label(), lang)).orElse(e.to());
            RelationType type = t.relationType(e.type()).orElse(null);
            String verb = type == null ? e.type() : t.text(type.label(), lang);
            boolean contested = type != null && e.relation().isContested(type);
            sentences.add(from + " " + verb + " " + to + (contested ? " (" + texts.get("doc.contested") + ")" : ""));
        }
        sentences.sort(collator);
        for (String s : sentences) {
            flow.paragraph("\u2022 " + s, fonts.regular, 10.5f, 0, 10, INK);
            flow.space(2);
        }
    }

    private void bibliography(PageFlow flow, HandoutFonts fonts, ShareTexts texts, Citations citations,
                              List<Source> cited) throws IOException {
        if (cited.isEmpty()) {
            return;
        }
        flow.newPage();
        flow.paragraph(texts.get("doc.bibliography"), fonts.bold, 18, 0, 0, ACCENT);
        flow.paragraph(texts.get("doc.citationStyle", citations.style().displayName()), fonts.regular, 9, 0, 0, MUTED);
        flow.space(8);
        for (Map.Entry<String, String> entry : citations.bibliography(cited).entrySet()) {
            flow.paragraph(entry.getValue(), fonts.regular, 10, 0, 18, INK);
            flow.space(5);
        }
    }

    private static void numberPages(PDDocument doc, HandoutFonts fonts, ShareTexts texts) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String text = fonts.settable(fonts.regular, texts.get("doc.page", i + 1, total));
            float width = HandoutFonts.width(fonts.regular, text, 9);
            try (PDPageContentStream content = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(fonts.regular, 9);
                content.setNonStrokingColor(MUTED);
                content.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, PageFlow.MARGIN * 0.5f);
                content.showText(text);
                content.endText();
            }
        }
    }
}
