package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.export.Frame.LegendEntry;
import org.psoexplorer.export.Frame.TextRun;
import org.psoexplorer.model.NodeShape;

class FrameLayoutTest {

    private final FrameLayout layout = new FrameLayout(new Fonts(DiagramStyle.DEFAULT.fontFamily()));
    private final Diagram diagram = ExportFixtures.scene().diagram();

    @Test
    void titleAboveTheDiagramLegendAndSourcesBelowWithoutOverlap() {
        Frame f = layout.layout(diagram, ExportOptions.defaults());

        assertThat(f.title()).isNotEmpty();
        double titleBottom = f.title().get(f.title().size() - 1).baseline();
        assertThat(titleBottom).isLessThan(f.diagramY());
        double diagramBottom = f.diagramY() + diagram.height();
        assertThat(f.separatorY()).isGreaterThanOrEqualTo(diagramBottom);
        assertThat(f.legend()).allSatisfy(e -> {
            assertThat(e.y()).isGreaterThan(f.separatorY());
            assertThat(e.x()).isGreaterThanOrEqualTo(FrameLayout.PAD);
            assertThat(e.label().x() + e.label().width()).isLessThanOrEqualTo(f.width() - FrameLayout.PAD + 0.01);
        });
        double legendBottom = f.legend().stream().mapToDouble(e -> e.y() + e.height()).max().orElseThrow();
        assertThat(f.sources()).allSatisfy(r -> {
            assertThat(r.baseline() - r.size()).isGreaterThan(legendBottom);
            assertThat(r.x() + r.width()).isLessThanOrEqualTo(f.width() - FrameLayout.PAD + 0.01);
        });
        assertThat(f.height()).isGreaterThan(f.sources().get(f.sources().size() - 1).baseline());
        assertThat(f.diagramX()).isGreaterThanOrEqualTo(0);
        assertThat(f.diagramX() + diagram.width()).isLessThanOrEqualTo(f.width());
    }

    @Test
    void legendEntriesDoNotOverlapAndRelationTypesStartTheirOwnRow() {
        List<LegendEntry> entries = layout.layout(diagram, ExportOptions.defaults()).legend();

        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                LegendEntry a = entries.get(i);
                LegendEntry b = entries.get(j);
                boolean sameRow = Math.abs(a.y() - b.y()) < 1;
                if (sameRow) {
                    double aRight = a.label().x() + a.label().width();
                    double bRight = b.label().x() + b.label().width();
                    assertThat(aRight <= b.x() || bRight <= a.x()).as("%s and %s", a.item().id(), b.item().id())
                            .isTrue();
                }
            }
        }
        double lastKindY = entries.stream().filter(e -> e.item().isKind()).mapToDouble(LegendEntry::y).max()
                .orElseThrow();
        assertThat(entries.stream().filter(e -> !e.item().isKind())).allSatisfy(e ->
                assertThat(e.y()).isGreaterThan(lastKindY));
    }

    @Test
    void withNothingAroundItThePictureIsTheDiagram() {
        Frame f = layout.layout(diagram,
                ExportOptions.defaults().withTitle(false).withLegend(false).withSources(false));

        assertThat(f.width()).isEqualTo(diagram.width());
        assertThat(f.height()).isEqualTo(diagram.height());
        assertThat(f.diagramX()).isZero();
        assertThat(f.diagramY()).isZero();
        assertThat(f.separatorY()).isNaN();
    }

    @Test
    void aSmallDiagramGetsAFrameWideEnoughForTheLegendAndALongTitleWraps() {
        String title = "A very long title that cannot possibly fit on a single line of a small diagram, "
                + "so it has to wrap onto several lines";
        Diagram small = new Diagram(title, 120, 80, List.of(), List.of(),
                List.of(new LegendItem("k", "Kind", NodeShape.ROUNDED, "#cfe3f7", "#808c99", false)),
                List.of("Someone 2001", "Someone 2001"), DiagramStyle.DEFAULT);

        Frame f = layout.layout(small, ExportOptions.defaults());

        assertThat(f.width()).isEqualTo(FrameLayout.MIN_FRAMED_WIDTH);
        assertThat(f.title()).hasSizeGreaterThan(1);
        assertThat(f.title()).allSatisfy(r -> assertThat(r.x()).isGreaterThanOrEqualTo(FrameLayout.PAD - 0.01));
        assertThat(f.sources()).extracting(TextRun::text).containsExactly("Sources: Someone 2001.");
    }

    @Test
    void formattedReferencesAreListedOneEntryEachHangingAndInsideTheFrame() {
        String longEntry = "Boutros-Ghali, Boutros. 1992. An Agenda for Peace: Preventive Diplomacy, Peacemaking and "
                + "Peace-Keeping. A/47/277–S/24111. United Nations.";
        Diagram small = new Diagram("", 120, 80, List.of(), List.of(), List.of(), List.of("Boutros-Ghali 1992"),
                DiagramStyle.DEFAULT).withReferences(List.of(longEntry, "Short, Sam. 2001. Brief."));

        Frame f = layout.layout(small, ExportOptions.defaults());

        List<String> texts = f.sources().stream().map(TextRun::text).toList();
        assertThat(texts.get(0)).isEqualTo("Sources:");
        assertThat(texts.get(1)).startsWith("Boutros-Ghali, Boutros. 1992.");
        assertThat(texts.get(texts.size() - 1)).isEqualTo("Short, Sam. 2001. Brief.");
        assertThat(texts.size()).as("the long entry wraps in a frame of the minimum width").isGreaterThan(3);
        assertThat(f.sources().get(1).x()).isEqualTo(FrameLayout.PAD);
        assertThat(f.sources().get(2).x()).as("a continuation line hangs").isGreaterThan(FrameLayout.PAD);
        assertThat(f.sources().get(texts.size() - 1).x()).as("each entry starts a line").isEqualTo(FrameLayout.PAD);
        assertThat(String.join(" ", texts)).contains("A/47/277–S/24111").doesNotContain("Boutros-Ghali 1992");
        assertThat(f.sources()).allSatisfy(r ->
                assertThat(r.x() + r.width()).isLessThanOrEqualTo(f.width() - FrameLayout.PAD + 0.01));
    }

    @Test
    void aReferenceWithAnUnbreakableAddressWidensTheFrameRatherThanOverflowIt() {
        String url = "https://example.org/" + "a".repeat(150);
        Diagram small = new Diagram("", 120, 80, List.of(), List.of(), List.of(), List.of("Short 2001"),
                DiagramStyle.DEFAULT).withReferences(List.of("Short, Sam. 2001. Brief. " + url));

        Frame f = layout.layout(small, ExportOptions.defaults());

        assertThat(f.width()).isGreaterThan(FrameLayout.MIN_FRAMED_WIDTH);
        assertThat(f.sources()).allSatisfy(r ->
                assertThat(r.x() + r.width()).isLessThanOrEqualTo(f.width() - FrameLayout.PAD + 0.01));
    }

    @org.junit.jupiter.api.Test
    void theSourcesFooterSpeaksTheDiagramsLanguage() {
        assertThat(FrameLayout.sourcesHeading("fr")).isEqualTo("Sources :");
        assertThat(FrameLayout.sourcesHeading("en")).isEqualTo("Sources:");
        // No word for German yet: English, not the machine's language.
        assertThat(FrameLayout.sourcesHeading("de")).isEqualTo("Sources:");
    }
}
