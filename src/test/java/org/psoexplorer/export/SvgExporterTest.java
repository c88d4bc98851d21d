package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.export.ExportFixtures.elements;
import static org.psoexplorer.export.ExportFixtures.export;
import static org.psoexplorer.export.ExportFixtures.localNames;
import static org.psoexplorer.export.ExportFixtures.parseXml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgExporterTest {

    private final ExportScene scene = ExportFixtures.scene();
    private final ExportOptions options = ExportOptions.defaults();

    private Document svg(ExportScene s, ExportOptions o) throws Exception {
        return parseXml(export(new SvgExporter(), s, o));
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void everyLineOfEveryVisibleLabelIsATextElement() throws Exception {
        Document doc = svg(scene, options);

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        assertThat(scene.diagram().nodes()).hasSize(scene.visible().concepts().size());
        for (DiagramNode n : scene.diagram().nodes()) {
            for (String line : n.lines()) {
                assertThat(texts).as("label of %s", n.id()).contains(Texts.clean(line));
            }
        }
        assertThat(texts).contains("Test taxonomy", "Operation type", "is a kind of", "blurs with");
    }

    @Test
    void aSmallViewDrawsEachPlacedRelationLabelOnceAndNoneItCouldNotPlace() throws Exception {
        Document doc = svg(scene, options);

        List<Element> groups = elements(doc, "g").stream()
                .filter(g -> g.getAttribute("class").startsWith("relation-label")).toList();
        long placed = scene.diagram().edges().stream().filter(e -> e.labelBox().placed()).count();
        assertThat(scene.diagram().nodes()).hasSizeLessThanOrEqualTo(30);
        assertThat(placed).isPositive();
        assertThat(groups).hasSize((int) placed);
        List<String> drawn = groups.stream().map(Element::getTextContent).map(String::strip).sorted().toList();
        List<String> expected = scene.diagram().edges().stream().filter(e -> e.labelBox().placed())
                .map(e -> Texts.clean(e.label())).sorted().toList();
        assertThat(drawn).isEqualTo(expected);
    }

    @Test
    void aHostileLabelIsTextNotMarkup() throws Exception {
        Document doc = svg(scene, options);

        assertThat(localNames(doc)).doesNotContain("script", "b");
        String allText = String.join(" ", texts(doc));
        assertThat(allText).contains("<script>alert(1)</script>").contains("& \"x\"");
        assertThat(allText).contains("<b>Evil</b> & Co 2020");
        String raw = new String(export(new SvgExporter(), scene, options), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void textThatLooksLikeAnEntityIsKeptExactly() throws Exception {
        assertThat(String.join(" ", texts(svg(scene, options)))).contains(ExportFixtures.ENTITY_LOOKALIKE);
    }

    @Test
    void nonLatinScriptsAndEmojiStayText() throws Exception {
        List<String> texts = texts(svg(scene, options));

        assertThat(texts).contains(ExportFixtures.ARABIC, ExportFixtures.CHINESE);
        assertThat(String.join(" ", texts)).contains("🕊");
    }

    @Test
    void controlCharactersCannotBreakTheXml() throws Exception {
        // "bell\u0007" would make the document ill-formed; it is replaced, the line break becomes a space.
        assertThat(String.join(" ", texts(svg(scene, options)))).contains("bell\uFFFD").contains("newline");
    }

    @Test
    void fontsAreNamedWithFallbacks() throws Exception {
        Element text = elements(svg(scene, options), "text").get(0);

        assertThat(text.getAttribute("style"))
                .contains("font-family: \"DejaVu Sans\", Arial, Helvetica, sans-serif;");
    }

    @Test
    void conceptsAndRelationsAreGroupsWithClasses() throws Exception {
        Document doc = svg(scene, options);

        List<String> classes = elements(doc, "g").stream().map(g -> g.getAttribute("class")).toList();
        assertThat(classes).contains("concept kind-operation", "concept kind-umbrella", "relation type-kind-of",
                "relation type-blurs-with contested", "legend", "sources", "title");
        assertThat(elements(doc, "g").stream().map(g -> g.getAttribute("data-id")))
                .containsAll(scene.visible().concepts());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        byte[] first = export(new SvgExporter(), ExportFixtures.scene(), options);
        byte[] second = export(new SvgExporter(), ExportFixtures.scene(), options);

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("<!DOCTYPE").startsWith("<?xml");
    }

    @Test
    void theForceLayoutIsDeterministicToo() throws Exception {
        ExportScene a = ExportFixtures.scene(ViewFilter.NONE, "en", ExportFixtures.highlightPeacekeeping(),
                LayoutKind.FORCE);
        ExportScene b = ExportFixtures.scene(ViewFilter.NONE, "en", ExportFixtures.highlightPeacekeeping(),
                LayoutKind.FORCE);

        assertThat(export(new SvgExporter(), b, options)).isEqualTo(export(new SvgExporter(), a, options));
    }

    @Test
    void highlightsAreMarkedAndDimmedElementsFaded() throws Exception {
        ExportScene highlighted = ExportFixtures.scene(ViewFilter.NONE, "en", ExportFixtures.highlightPeacekeeping(),
                LayoutKind.LAYERED);
        Document doc = svg(highlighted, options);

        List<String> classes = elements(doc, "g").stream().map(g -> g.getAttribute("class")).toList();
        assertThat(classes).contains("concept kind-operation selected", "concept kind-principle highlighted",
                "concept kind-operation dimmed");
        String raw = new String(export(new SvgExporter(), highlighted, options), StandardCharsets.UTF_8);
        assertThat(raw).contains("fill-opacity: 0.18");
    }

    @Test
    void frameElementsCanBeSwitchedOff() throws Exception {
        ExportOptions bare = options.withTitle(false).withLegend(false).withSources(false).withTransparent(true);
        Document doc = svg(scene, bare);

        List<String> classes = elements(doc, "g").stream().map(g -> g.getAttribute("class")).toList();
        assertThat(classes).doesNotContain("legend", "sources", "title");
        assertThat(elements(doc, "rect")).noneMatch(r -> "0".equals(r.getAttribute("x"))
                && "0".equals(r.getAttribute("y")) && r.getAttribute("style").contains("255,255,255"));
        double framed = Double.parseDouble(svg(scene, options).getDocumentElement().getAttribute("height"));
        double plain = Double.parseDouble(doc.getDocumentElement().getAttribute("height"));
        // Written to two decimals.
        assertThat(plain).isCloseTo(scene.diagram().height(), org.assertj.core.api.Assertions.within(0.005));
        assertThat(framed).isGreaterThan(plain);
    }

    @Test
    void theLabelsFollowTheLanguage() throws Exception {
        ExportScene french = ExportFixtures.scene(ViewFilter.NONE, "fr", org.psoexplorer.diagram.Highlight.NONE,
                LayoutKind.LAYERED);

        String all = String.join(" ", texts(svg(french, options)));
        assertThat(all).contains("Maintien de la paix", "Taxonomie d'essai", "est un type de");
    }

    @Test
    void numbersAreShortAndLocaleFree() {
        assertThat(SvgExporter.number(12.5)).isEqualTo("12.5");
        assertThat(SvgExporter.number(3)).isEqualTo("3");
        assertThat(SvgExporter.number(-0.004)).isEqualTo("0");
        assertThat(SvgExporter.number(-2.05)).isEqualTo("-2.05");
        assertThat(SvgExporter.number(1234.567)).isEqualTo("1234.57");
        assertThat(SvgExporter.number(Double.NaN)).isEqualTo("0");
    }
}
