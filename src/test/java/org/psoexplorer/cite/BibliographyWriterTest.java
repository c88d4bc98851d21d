package org.psoexplorer.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

class BibliographyWriterTest {

    static final String HOSTILE = "Evil } title {with} 100% & $math$ #1 a_b ~x ^y \\end{document}";
    static final Source EVIL = new Source("evil", SourceType.REPORT, HOSTILE, null, "Org {Inc}", 2020,
            "S/1%2", null, null);
    static final List<Source> SOURCES = List.of(CitationsTest.AGENDA, CitationsTest.ARTICLE, CitationsTest.BOOK,
            CitationsTest.CAPSTONE, EVIL);

    @Test
    void bibtexParsesBackWithJbibtexToTheSameFields() throws Exception {
        String bib = BibliographyWriter.write(SOURCES, BibliographyFormat.BIBTEX, CitationStyle.CHICAGO, "en");
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        Map<Key, BibTeXEntry> entries = db.getEntries();
        assertThat(entries.keySet()).extracting(Key::getValue)
                .containsExactlyInAnyOrder("agenda", "berdal", "doctrine", "capstone", "evil");

        BibTeXEntry agenda = entries.get(new Key("agenda"));
        assertThat(agenda.getType().getValue()).isEqualTo("techreport");
        assertThat(plain(agenda, "number")).isEqualTo("A/47/277–S/24111");
        assertThat(plain(agenda, "author")).isEqualTo("Boutros-Ghali, Boutros");
        assertThat(plain(agenda, "institution")).isEqualTo("United Nations");

        BibTeXEntry article = entries.get(new Key("berdal"));
        assertThat(article.getType().getValue()).isEqualTo("article");
        assertThat(plain(article, "author")).isEqualTo("Berdal, Mats and Ucko, David H.");
        assertThat(plain(article, "journal")).isEqualTo("Journal of Strategic Studies");
        assertThat(plain(article, "pages")).isEqualTo("665–673");
        assertThat(plain(article, "doi")).isEqualTo("10.1080/01402390.2014.921853");

        BibTeXEntry book = entries.get(new Key("doctrine"));
        assertThat(plain(book, "editor")).isEqualTo("de Coning, Cedric and Aoi, Chiyuki and Karlsrud, John");

        BibTeXEntry evil = entries.get(new Key("evil"));
        assertThat(plain(evil, "title")).isEqualTo(HOSTILE);
        assertThat(evil.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2020");
    }

    /** The field's LaTeX turned back into text by jbibtex's own LaTeX parser and printer. */
    private static String plain(BibTeXEntry e, String key) throws Exception {
        String latex = e.getField(new Key(key)).toUserString();
        List<LaTeXObject> objects = new LaTeXParser().parse(new StringReader(latex));
        return new LaTeXPrinter().print(objects);
    }

    @Test
    void cslJsonParsesBackWithJackson() throws Exception {
        String json = BibliographyWriter.write(SOURCES, BibliographyFormat.CSL_JSON, CitationStyle.CHICAGO, "en");
        JsonNode items = new ObjectMapper().readTree(json);
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(5);
        JsonNode agenda = items.get(0);
        assertThat(agenda.get("id").asText()).isEqualTo("agenda");
        assertThat(agenda.get("type").asText()).isEqualTo("report");
        assertThat(agenda.get("number").asText()).isEqualTo("A/47/277–S/24111");
        assertThat(agenda.at("/issued/date-parts/0").toString()).isEqualTo("[1992,6,17]");
        assertThat(agenda.at("/author/0/family").asText()).isEqualTo("Boutros-Ghali");
        JsonNode capstone = items.get(3);
        assertThat(capstone.at("/author/0/literal").asText()).isEqualTo("UN DPKO/DFS");
        JsonNode evil = items.get(4);
        assertThat(evil.get("title").asText()).isEqualTo(HOSTILE);
        JsonNode article = items.get(1);
        assertThat(article.get("type").asText()).isEqualTo("article-journal");
        assertThat(article.get("container-title").asText()).isEqualTo("Journal of Strategic Studies");
        assertThat(article.get("DOI").asText()).isEqualTo("10.1080/01402390.2014.921853");
    }

    @Test
    void risHasOneTagPerLineAndClosesEveryRecord() {
        Source multiline = new Source("ml", SourceType.OTHER, "Line one\nTY  - JOUR\nER  - ", null, "Org", 2001,
                null, "https://example.org", null);
        String ris = BibliographyWriter.write(List.of(CitationsTest.AGENDA, CitationsTest.ARTICLE, multiline),
                BibliographyFormat.RIS, CitationStyle.CHICAGO, "en");
        List<String> lines = Arrays.asList(ris.split("\r\n"));
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("[A-Z][A-Z0-9]  - .*"));
        assertThat(lines.stream().filter(l -> l.startsWith("TY  - "))).containsExactly("TY  - RPRT", "TY  - JOUR", "TY  - ELEC");
        assertThat(lines.stream().filter(l -> l.startsWith("ER  - "))).hasSize(3);
        assertThat(lines).contains("SN  - A/47/277–S/24111", "AU  - Boutros-Ghali, Boutros", "DA  - 1992/06/17/",
                "AU  - Berdal, Mats", "AU  - Ucko, David H.", "T2  - Journal of Strategic Studies", "SP  - 665",
                "EP  - 673", "DO  - 10.1080/01402390.2014.921853", "TI  - Line one TY  - JOUR ER  -");
    }

    static final Source DPO = new Source("dpo", SourceType.DOCTRINE, "Policy on the Protection of Civilians", null,
            "United Nations, Department of Peace Operations", 2023, "Ref. 2023.05", null, null);
    static final Source PRESSBOOKS = new Source("pb", SourceType.OTHER, "4.2 Civilians protected", null,
            "Leadership Considerations (open textbook, Pressbooks)", null, null, "https://pressbooks.pub/x", null);

    @Test
    void risKeepsAnOrganizationAsOneAuthorWithoutTheCommaReadersSplitNamesAt() {
        String ris = BibliographyWriter.write(List.of(DPO, PRESSBOOKS, CitationsTest.AGENDA), BibliographyFormat.RIS,
                CitationStyle.CHICAGO, "en");
        List<String> authors = Arrays.stream(ris.split("\r\n")).filter(l -> l.startsWith("AU  - ")).toList();

        // RIS reads "AU  - A, B" as family name A, given name B: an organization's name must hold no comma.
        assertThat(authors).containsExactly("AU  - United Nations. Department of Peace Operations",
                "AU  - Leadership Considerations (open textbook; Pressbooks)", "AU  - Boutros-Ghali, Boutros");
    }

    @Test
    void bibtexBracesAnOrganizationAuthorSoItIsNeverSplitIntoNames() throws Exception {
        String bib = BibliographyWriter.write(List.of(DPO), BibliographyFormat.BIBTEX, CitationStyle.CHICAGO, "en");

        assertThat(bib).contains("{{United Nations, Department of Peace Operations}}");
        BibTeXEntry dpo = new BibTeXParser().parse(new StringReader(bib)).getEntries().get(new Key("dpo"));
        assertThat(dpo.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .isEqualTo("{United Nations, Department of Peace Operations}");
    }

    @Test
    void textFollowsTheChosenStyle() {
        String chicago = BibliographyWriter.write(SOURCES, BibliographyFormat.TEXT, CitationStyle.CHICAGO, "en");
        String apa = BibliographyWriter.write(SOURCES, BibliographyFormat.TEXT, CitationStyle.APA, "en");
        assertThat(chicago).contains("Berdal, Mats, and David H. Ucko. 2014.");
        assertThat(apa).contains("Berdal, M., & Ucko, D. H. (2014).");
        assertThat(chicago.split("\n\n")).hasSize(5);
    }

    @Test
    void everyBuiltInSourceSurvivesTheBibtexRoundTrip() throws Exception {
        Taxonomy t = new TaxonomyLoader().loadDefault().taxonomy().orElseThrow();
        String bib = BibliographyWriter.write(t.sources(), BibliographyFormat.BIBTEX, CitationStyle.CHICAGO, "en");
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertThat(db.getEntries()).hasSize(t.sources().size());
        for (Source s : t.sources()) {
            assertThat(plain(db.getEntries().get(new Key(s.id())), "title")).isEqualTo(s.title());
        }
    }
}
