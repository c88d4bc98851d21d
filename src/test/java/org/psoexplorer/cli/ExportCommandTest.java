package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ExportCommandTest {

    private static final Path MINIMAL = Path.of("taxonomy/examples/minimal.json");
    private static final Path BAD = Path.of("src/test/resources/org/psoexplorer/io/bad/missing-comma.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document doc, String element) {
        NodeList list = doc.getElementsByTagNameNS("*", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf", "graphml", "dot"})
    void theFormatFollowsTheExtension(String ext) throws Exception {
        Path target = dir.resolve("minimal." + ext);

        int code = run(MINIMAL.toString(), "-o", target.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(target).isNotEmptyFile();
        assertThat(out.toString()).contains(target + ": " + ext.toUpperCase()).contains("2 concepts, 1 relation");
        assertThat(listing()).containsExactly("minimal." + ext);
        byte[] bytes = Files.readAllBytes(target);
        switch (ext) {
            case "png" -> assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
            case "pdf" -> {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(1);
                }
            }
            case "svg" -> assertThat(texts(xml(target), "text")).contains("Peace operation", "Peacemaking",
                    "A minimal taxonomy");
            case "graphml" -> assertThat(texts(xml(target), "data")).contains("Peace operation", "Peacemaking");
            case "dot" -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .contains("\"peacemaking\" -> \"peace-operation\"");
            default -> throw new AssertionError(ext);
        }
    }

    @Test
    void formatOverridesTheExtension() throws Exception {
        Path target = dir.resolve("picture.out");

        assertThat(run(MINIMAL.toString(), "-o", target.toString(), "--format", "svg")).isZero();

        assertThat(xml(target).getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @Test
    void anUnknownExtensionWithoutFormatIsAUsageError() {
        int code = run(MINIMAL.toString(), "-o", dir.resolve("picture.bmp").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot tell the format from 'picture.bmp'").contains("--format");
    }

    @Test
    void aTaxonomyWithErrorsIsReportedWithLineAndColumnAndNothingIsWritten() throws IOException {
        Path target = dir.resolve("bad.svg");

        int code = run(BAD.toString(), "-o", target.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).containsPattern("missing-comma\\.json:\\d+:\\d+: ");
        assertThat(listing()).isEmpty();
    }

    @Test
    void anUnknownFocusSuggestsTheClosestId() {
        int code = run(MINIMAL.toString(), "-o", dir.resolve("x.svg").toString(), "--focus", "peacemakng");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("No concept with id 'peacemakng'").contains("Did you mean 'peacemaking'?");
    }

    @Test
    void aFocusDrawsTheNeighbourhoodInTheChosenLanguage() throws Exception {
        Path target = dir.resolve("focus.svg");

        int code = run(MINIMAL.toString(), "-o", target.toString(), "--focus", "peacemaking", "--depth", "1",
                "--lang", "fr", "--layout", "radial");

        assertThat(code).as(err.toString()).isZero();
        String text = String.join(" ", texts(xml(target), "text"));
        assertThat(text).contains("Rétablissement").contains("Opération de paix").contains("Une taxonomie minimale");
    }

    @Test
    void theTitleAndFrameCanBeChosen() throws Exception {
        Path target = dir.resolve("t.svg");

        assertThat(run(MINIMAL.toString(), "-o", target.toString(), "--title", "My <slide> & title", "--no-legend",
                "--no-sources", "--transparent")).isZero();

        Document doc = xml(target);
        assertThat(texts(doc, "text")).contains("My <slide> & title").doesNotContain("Operation type");
        assertThat(texts(doc, "title")).containsExactly("My <slide> & title");
    }

    @Test
    void aPdfCanBeFittedToAPortraitPage() throws Exception {
        Path target = dir.resolve("handout.pdf");

        assertThat(run(MINIMAL.toString(), "-o", target.toString(), "--page", "a4-portrait")).isZero();

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(target))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(doc.getPage(0).getMediaBox().getWidth());
        }
    }

    @Test
    void theScaleSetsThePngSize() throws Exception {
        Path one = dir.resolve("one.png");
        Path three = dir.resolve("three.png");

        assertThat(run(MINIMAL.toString(), "-o", one.toString(), "--scale", "1")).isZero();
        assertThat(run(MINIMAL.toString(), "-o", three.toString(), "--scale", "3")).isZero();

        BufferedImage small = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(one)));
        BufferedImage big = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(three)));
        assertThat(big.getWidth()).isBetween(small.getWidth() * 3 - 3, small.getWidth() * 3);
        assertThat(big.getHeight()).isBetween(small.getHeight() * 3 - 3, small.getHeight() * 3);
    }

    @Test
    void outOfRangeOptionsAreUsageErrors() {
        String target = dir.resolve("x.png").toString();

        assertThat(run(MINIMAL.toString(), "-o", target, "--scale", "5")).isEqualTo(2);
        assertThat(run(MINIMAL.toString(), "-o", target, "--depth", "4", "--focus", "peacemaking")).isEqualTo(2);
        assertThat(run(MINIMAL.toString(), "-o", target, "--layout", "spiral")).isEqualTo(2);
        assertThat(run(MINIMAL.toString(), "-o", target, "--format", "gif")).isEqualTo(2);
        assertThat(run(MINIMAL.toString(), "-o", target, "--page", "tabloid")).isEqualTo(2);
        assertThat(err.toString()).contains("--scale must be").contains("--depth must be")
                .contains("Unknown layout 'spiral'").contains("Unknown format 'gif'")
                .contains("Unknown page size 'tabloid': expected one of fit, a4, letter, a4-portrait, letter-portrait");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void anUnwritablePathIsAClearUsageError() throws IOException {
        Path target = dir.resolve("missing").resolve("x.svg");

        int code = run(MINIMAL.toString(), "-o", target.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(target.toString()).contains("does not exist");
        assertThat(listing()).isEmpty();
    }

    @Test
    void aMissingTaxonomyFileIsAUsageError() {
        int code = run(dir.resolve("nope.json").toString(), "-o", dir.resolve("x.svg").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: cannot read this file (no such file)");
    }

    @Test
    void theSameCommandWritesTheSameSvg() throws IOException {
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");

        assertThat(run(MINIMAL.toString(), "-o", a.toString(), "--layout", "force")).isZero();
        assertThat(run(MINIMAL.toString(), "-o", b.toString(), "--layout", "force")).isZero();

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void theDefaultTaxonomyExportsWithEveryLabel() throws Exception {
        LoadResult builtIn = new TaxonomyLoader().loadDefault();
        assertThat(builtIn.ok()).isTrue();
        Path target = dir.resolve("pso.svg");

        int code = run("-o", target.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        String text = String.join(" ", texts(xml(target), "text"));
        var t = builtIn.taxonomy().orElseThrow();
        assertThat(text).contains(t.text(t.title(), t.defaultLanguage()));
        for (var c : t.concepts()) {
            for (String word : t.text(c.label(), t.defaultLanguage()).split("\\s+")) {
                assertThat(text).as(c.id()).contains(word);
            }
        }
    }

    /** The text of the SVG's sources footer, its lines joined by spaces. */
    private static String svgFooter(Path svg) throws Exception {
        NodeList groups = xml(svg).getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            if (g.getAttribute("class").equals("sources")) {
                NodeList lines = g.getElementsByTagNameNS("*", "text");
                List<String> texts = new ArrayList<>();
                for (int j = 0; j < lines.getLength(); j++) {
                    texts.add(lines.item(j).getTextContent());
                }
                return String.join(" ", texts);
            }
        }
        throw new AssertionError("no sources footer in " + svg);
    }

    @Test
    void theWholeTaxonomyKeepsAOneParagraphFooterRatherThanSeventyEightReferences() throws Exception {
        Path whole = dir.resolve("whole.svg");
        assertThat(run("-o", whole.toString())).as(err.toString()).isZero();

        String footer = svgFooter(whole);
        assertThat(footer).startsWith("Sources").contains("Boutros-Ghali 1992")
                .doesNotContain("Boutros-Ghali, Boutros. 1992.");
        NodeList groups = xml(whole).getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            if (g.getAttribute("class").equals("sources")) {
                assertThat(g.getElementsByTagNameNS("*", "text").getLength()).as("footer lines").isLessThan(20);
            }
        }
    }

    @Test
    void theSourcesFooterIsFormattedInTheChosenCitationStyle() throws Exception {
        Path chicago = dir.resolve("chicago.svg");
        Path apa = dir.resolve("apa.svg");

        assertThat(run("-o", chicago.toString(), "--focus", "agenda-for-peace", "--depth", "1")).as(err.toString()).isZero();
        assertThat(run("-o", apa.toString(), "--focus", "agenda-for-peace", "--depth", "1", "--style", "apa"))
                .as(err.toString()).isZero();

        // Chicago author-date (the default) puts the year after the name; APA gives initials and the year in brackets.
        assertThat(svgFooter(chicago)).contains("Boutros-Ghali, Boutros. 1992.").doesNotContain("Boutros-Ghali, B. (1992)");
        assertThat(svgFooter(apa)).contains("Boutros-Ghali, B. (1992).").doesNotContain("Boutros-Ghali, Boutros. 1992.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago", "apa", "harvard", "mla", "iso690-fr"})
    void everyStyleKeepsTheUnDocumentSymbolInTheFooter(String style) throws Exception {
        Path svg = dir.resolve(style + ".svg");

        assertThat(run("-o", svg.toString(), "--focus", "agenda-for-peace", "--depth", "1", "--style", style))
                .as(err.toString()).isZero();

        assertThat(svgFooter(svg)).contains("A/47/277–S/24111");
    }

    @Test
    void thePdfFooterUsesTheChosenStyleToo() throws Exception {
        Path pdf = dir.resolve("apa.pdf");

        assertThat(run("-o", pdf.toString(), "--focus", "agenda-for-peace", "--depth", "1", "--style", "apa"))
                .as(err.toString()).isZero();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Boutros-Ghali, B. (1992).").contains("A/47/277–S/24111");
        }
    }

    @Test
    void anUnknownCitationStyleIsAUsageError() throws IOException {
        int code = run("-o", dir.resolve("x.png").toString(), "--style", "vancouver");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown citation style 'vancouver'").contains("chicago, apa");
        assertThat(listing()).isEmpty();
    }
}
