package org.psoexplorer.export.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Taxonomy;

/**
 * The handout's diagram read back from the PDF as it prints: a student must be able to read every
 * concept's name, whole, on some page, whatever the layout, and find the pages in order.
 */
class HandoutDiagramTest {

    /** The smallest a concept's name may print, in points (why: DiagramTiling.MIN_NAME_PT). */
    static final double LEGIBLE = 7.5;
    /** How close to the paper's edge printed text may come: printers do not print to the edge. */
    static final double EDGE = 20;
    static Taxonomy builtIn;
    static final Map<String, Printed> PRINTED = new ConcurrentHashMap<>();

    /** A handout and the diagram it printed (in layers when the layout asked for took too many pages). */
    record Printed(Diagram diagram, byte[] pdf, Handout.Summary summary) {
    }

    @BeforeAll
    static void load() {
        builtIn = new TaxonomyLoader().loadDefault().taxonomy().orElseThrow();
    }

    static Printed handout(LayoutKind layout, ViewFilter filter, Handout.Paper paper) {
        return PRINTED.computeIfAbsent(layout + " " + filter + " " + paper, key -> {
            SharedView view = new SharedView(new TaxonomyGraph(builtIn), filter, layout, "en", CitationStyle.CHICAGO,
                    null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Handout.Summary summary;
            try {
                summary = new Handout(paper, LocalDate.of(2026, 3, 14)).write(view, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SharedView drawn = summary.relaidFrom() == null ? view
                    : new SharedView(view.graph(), filter, LayoutKind.LAYERED, "en", CitationStyle.CHICAGO, null);
            return new Printed(drawn.draw("en").diagram(), out.toByteArray(), summary);
        });
    }

    /** A printed handout opened and read: its document, what its pages show, and its diagram's (landscape) pages. */
    record Opened(PDDocument doc, DiagramPageReader reader, List<Integer> diagramPages) implements AutoCloseable {
        static Opened of(Printed printed) throws IOException {
            PDDocument doc = Loader.loadPDF(printed.pdf());
            DiagramPageReader reader = new DiagramPageReader(printed.diagram());
            reader.read(doc);
            return new Opened(doc, reader, landscapePages(doc));
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    private static List<Integer> landscapePages(PDDocument doc) {
        return IntStream.rangeClosed(1, doc.getNumberOfPages()).filter(i -> {
            PDRectangle box = doc.getPage(i - 1).getMediaBox();
            return box.getWidth() > box.getHeight();
        }).boxed().toList();
    }

    private static String label(DiagramNode n) {
        return n.label().replaceAll("\\s+", "");
    }

    /** Whether the concept is whole on the page, its name complete and printed at a legible size. */
    private static boolean readableOn(DiagramPageReader reader, int page, DiagramNode n) {
        return reader.seen(page, n, EDGE).stream()
                .anyMatch(s -> s.whole() && s.name().equals(label(n)) && s.smallest() >= LEGIBLE);
    }

    /** The concepts not whole with a legible name on any of these pages, with how they were seen. */
    private static List<String> unreadable(Diagram diagram, DiagramPageReader reader, List<Integer> pages) {
        List<String> unreadable = new ArrayList<>();
        for (DiagramNode n : diagram.nodes()) {
            if (pages.stream().noneMatch(page -> readableOn(reader, page, n))) {
                unreadable.add(n.id() + " seen as " + pages.stream()
                        .flatMap(page -> reader.seen(page, n, EDGE).stream().map(seen -> page + ": " + seen)).toList());
            }
        }
        return unreadable;
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void everyConceptOfTheWholeTaxonomyIsWholeAndLegibleOnAPartOfTheDiagram(LayoutKind layout) throws Exception {
        Printed printed = handout(layout, ViewFilter.NONE, Handout.Paper.A4);
        try (Opened opened = Opened.of(printed)) {
            PDDocument doc = opened.doc();
            DiagramPageReader reader = opened.reader();
            List<Integer> diagramPages = opened.diagramPages();
            assertThat(unreadable(printed.diagram(), reader, diagramPages))
                    .as("concepts not whole and legible on any page of the diagram").isEmpty();
            assertThat(diagramPages).as("an overview and its parts").hasSizeGreaterThanOrEqualTo(3);
            List<Integer> parts = diagramPages.subList(1, diagramPages.size());
            assertThat(unreadable(printed.diagram(), reader, parts)).as("concepts not whole and legible on any part")
                    .isEmpty();
            for (int page : parts) {
                assertThat(printed.diagram().nodes()).as("a concept whole on page " + page)
                        .anyMatch(n -> readableOn(reader, page, n));
            }
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                assertThat(reader.glyphsNearTheEdge(page, EDGE)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"FORCE, A4", "LAYERED, LETTER"})
    void theOverviewAnnouncesItsPartsShowsTheLegendLegiblyAndThePagesRunInOrder(LayoutKind layout,
                                                                                Handout.Paper paper) throws Exception {
        Printed printed = handout(layout, ViewFilter.NONE, paper);
        try (Opened opened = Opened.of(printed)) {
            PDDocument doc = opened.doc();
            DiagramPageReader reader = opened.reader();
            List<Integer> diagramPages = opened.diagramPages();
            int overview = diagramPages.get(0);
            int parts = diagramPages.size() - 1;
            assertThat(diagramPages).as("together, after the cover").isEqualTo(
                    IntStream.rangeClosed(2, 2 + parts).boxed().toList());
            assertThat(reader.visibleText(overview, 0)).startsWith("Diagram:overview")
                    .contains("The" + parts + "pagesthatfollowshowitinparts");
            String legend = reader.visibleText(overview, LEGIBLE);
            for (LegendItem item : printed.diagram().legend()) {
                assertThat(legend).as("legible legend").contains(item.label().replaceAll("\\s+", ""));
            }
            for (int i = 1; i <= parts; i++) {
                assertThat(reader.visibleText(overview + i, 0)).startsWith("Diagram,part" + i + "of" + parts)
                        .contains("Thewholediagramanditslegend:page" + overview);
            }
            int total = doc.getNumberOfPages();
            for (int page = 1; page <= total; page++) {
                assertThat(reader.visibleText(page, 0)).endsWith("Page" + page + "of" + total);
            }
            assertThat(reader.visibleText(overview + parts + 1, 0)).startsWith("Glossary");
        }
    }

    /**
     * The built-in taxonomy drawn in a circle or in rings took 28 and 26 pages of parts to print its
     * names legibly: paper a lecturer would not hand out. Its handout prints the layered drawing
     * instead, and says why under the overview's heading; a force-directed one (6 parts) is printed
     * as asked.
     */
    @ParameterizedTest
    @CsvSource({"CIRCULAR, true", "RADIAL, true", "FORCE, false"})
    void aLayoutThatWouldTakeTooManyPagesIsPrintedInLayersAndTheHandoutSaysWhy(LayoutKind layout, boolean relaid)
            throws Exception {
        Printed printed = handout(layout, ViewFilter.NONE, Handout.Paper.A4);
        assertThat(printed.summary().relaidFrom()).isEqualTo(relaid ? layout : null);
        try (Opened opened = Opened.of(printed)) {
            DiagramPageReader reader = opened.reader();
            List<Integer> diagramPages = opened.diagramPages();
            assertThat(diagramPages.size() - 1).as("pages of parts").isBetween(1, Handout.MAX_DIAGRAM_PARTS);
            String overview = reader.visibleText(diagramPages.get(0), 0);
            if (relaid) {
                assertThat(printed.summary().relaidParts()).isGreaterThan(Handout.MAX_DIAGRAM_PARTS);
                assertThat(overview).contains("Drawninlayers:").contains("wouldhaveneeded"
                        + printed.summary().relaidParts() + "pages");
            } else {
                assertThat(overview).doesNotContain("Drawninlayers");
            }
        }
    }

    /**
     * A page of a part names only the concepts it shows: the others' names, clipped from sight,
     * were still text there, and a PDF viewer's search for a concept stopped on every page of the
     * atlas, most of them without it in view.
     */
    @ParameterizedTest
    @EnumSource(value = LayoutKind.class, names = {"LAYERED", "FORCE"})
    void aPartsPageHoldsNoTextOfTheConceptsItDoesNotShow(LayoutKind layout) throws Exception {
        Printed printed = handout(layout, ViewFilter.NONE, Handout.Paper.A4);
        try (Opened opened = Opened.of(printed)) {
            DiagramPageReader reader = opened.reader();
            List<Integer> diagramPages = opened.diagramPages();
            int outside = 0;
            for (int page : diagramPages.subList(1, diagramPages.size())) {
                for (DiagramNode n : printed.diagram().nodes()) {
                    if (reader.seen(page, n, 0).isEmpty()) {
                        outside++;
                        assertThat(reader.hiddenIn(page, n)).as("text of %s hidden on page %d", label(n), page).extracting(DiagramPageReader.Glyph::text).isEmpty();
                    }
                }
            }
            assertThat(outside).as("concepts off some part's page").isPositive();
        }
    }

    @Test
    void aFocusedHandoutKeepsItsDiagramOnOneLegiblePage() throws Exception {
        Printed printed = handout(LayoutKind.LAYERED, ViewFilter.NONE.withFocus("peacekeeping", 1), Handout.Paper.A4);
        try (Opened opened = Opened.of(printed)) {
            DiagramPageReader reader = opened.reader();
            assertThat(opened.diagramPages()).containsExactly(2);
            assertThat(reader.visibleText(2, 0)).startsWith("Diagram")
                    .doesNotContain("Diagram:overview").doesNotContain("Diagram,part");
            assertThat(printed.diagram().nodes()).hasSizeGreaterThan(10)
                    .allMatch(n -> readableOn(reader, 2, n), "whole and legible on the page");
            assertThat(reader.visibleText(3, 0)).startsWith("Glossary");
        }
    }
}
