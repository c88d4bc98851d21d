package org.psoexplorer.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

class CitationsTest {

    static final Source AGENDA = new Source("agenda", SourceType.UN_DOCUMENT, "An Agenda for Peace",
            "Boutros Boutros-Ghali", "United Nations", 1992, "A/47/277–S/24111", null, null,
            null, null, "1992-06-17", null, null, null, null);
    static final Source ARTICLE = new Source("berdal", SourceType.ARTICLE,
            "The United Nations and the use of force: between promise and peril", "Mats Berdal and David H. Ucko",
            null, 2014, null, null, null, "Journal of Strategic Studies", null, null, "37", "5", "665–673",
            "10.1080/01402390.2014.921853");
    static final Source BOOK = new Source("doctrine", SourceType.BOOK, "UN Peacekeeping Doctrine in a New Era",
            "Cedric de Coning, Chiyuki Aoi and John Karlsrud (eds)", "Routledge", 2017, null, null, null);
    static final Source CAPSTONE = new Source("capstone", SourceType.DOCTRINE,
            "United Nations Peacekeeping Operations: Principles and Guidelines", null, "UN DPKO/DFS", 2008,
            null, null, null);

    @ParameterizedTest
    @EnumSource(CitationStyle.class)
    void everyStyleKeepsTheUnSymbolAndNamesTheAuthors(CitationStyle style) {
        Map<String, String> bib = new Citations(style, "en").bibliography(List.of(AGENDA, ARTICLE, BOOK, CAPSTONE));
        assertThat(bib).containsOnlyKeys("agenda", "berdal", "doctrine", "capstone");
        assertThat(bib.get("agenda")).contains("A/47/277–S/24111").containsIgnoringCase("Boutros-Ghali").contains("1992");
        assertThat(bib.get("berdal")).containsIgnoringCase("Berdal").containsIgnoringCase("Ucko")
                .contains("Journal of Strategic Studies");
        assertThat(bib.get("capstone")).contains("UN DPKO/DFS").contains("2008");
        // MLA names the first of three editors only ("et al."): every style names the first.
        assertThat(bib.get("doctrine")).containsIgnoringCase("de Coning").contains("2017");
    }

    @Test
    void chicagoInvertsTheFirstAuthorAndPrintsTheDoi() {
        String entry = new Citations(CitationStyle.CHICAGO, "en").entry(ARTICLE);
        assertThat(entry).startsWith("Berdal, Mats, and David H. Ucko. 2014.")
                .contains("37 (5): 665–73")
                .contains("https://doi.org/10.1080/01402390.2014.921853");
    }

    @Test
    void inTextCitationsCarryTheLocator() {
        assertThat(new Citations(CitationStyle.CHICAGO, "en").inText(AGENDA, "para. 20"))
                .isEqualTo("(Boutros-Ghali 1992, para. 20)");
        assertThat(new Citations(CitationStyle.APA, "en").inText(ARTICLE, null)).isEqualTo("(Berdal & Ucko, 2014)");
    }

    @Test
    void apaAbbreviatesGivenNames() {
        assertThat(new Citations(CitationStyle.APA, "en").entry(ARTICLE)).startsWith("Berdal, M., & Ucko, D. H. (2014).");
    }

    @Test
    void theFrenchStyleWritesInFrench() {
        Citations fr = new Citations(CitationStyle.ISO690_FR, "en");
        assertThat(fr.locale()).isEqualTo("fr-FR");
        String entry = fr.entry(BOOK);
        assertThat(entry).contains("éd.");
    }

    @Test
    void chicagoInFrenchUsesTheFrenchLocale() {
        String entry = new Citations(CitationStyle.CHICAGO, "fr").entry(BOOK);
        assertThat(entry).contains("éd.");
    }

    @Test
    void everyBuiltInSourceIsFormattedInEveryStyle() {
        Taxonomy t = new TaxonomyLoader().loadDefault().taxonomy().orElseThrow();
        for (CitationStyle style : CitationStyle.values()) {
            Map<String, String> bib = new Citations(style, "en").bibliography(t.sources());
            assertThat(bib).hasSize(t.sources().size());
            assertThat(bib.values()).allSatisfy(e -> assertThat(e).isNotBlank());
            for (Source s : t.sources()) {
                if (s.symbol() != null) {
                    assertThat(bib.get(s.id())).as(style + " " + s.id()).contains(s.symbol());
                }
            }
        }
    }

    @Test
    void stylesAreFoundByIdOrCslName() {
        assertThat(CitationStyle.fromId("APA")).contains(CitationStyle.APA);
        assertThat(CitationStyle.fromId("chicago-author-date")).contains(CitationStyle.CHICAGO);
        assertThat(CitationStyle.fromId("vancouver")).isEmpty();
    }
}
