package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.details.ConceptDetails;
import org.psoexplorer.ui.relate.BundlePathWords;

/** A reference joined to its locator reads as one phrase: never "…html., para. 20". */
class CitationTextTest {

    @Test
    void aCitationEndingASentenceLosesItsFullStopBeforeTheLocator() {
        assertThat(Quote.cite("UN, Principles, https://example.org/index.html.", "para. 20"))
                .isEqualTo("UN, Principles, https://example.org/index.html, para. 20");
        assertThat(Quote.cite("Doctrine; no year is given.", "para. 1")).isEqualTo("Doctrine; no year is given, para. 1");
        assertThat(Quote.cite("UN DPKO 2008", "p. 18")).isEqualTo("UN DPKO 2008, p. 18");
        assertThat(Quote.cite("Ends with a stop.", null)).isEqualTo("Ends with a stop.");
    }

    @Test
    void noQuoteOfTheBuiltInTaxonomyCitesWithAStopBeforeAComma() {
        Taxonomy t = TaxonomyLoader.defaultTaxonomy();
        TaxonomyGraph g = new TaxonomyGraph(t);
        int cited = 0;
        for (Concept c : t.concepts()) {
            for (ConceptDetails.QuoteView q : ConceptDetails.of(g, c.id(), "en").quotes()) {
                if (q.locator() != null && !q.locator().isBlank()) {
                    assertThat(q.fullCitation()).as(c.id()).endsWith(q.locator().strip())
                            .doesNotContain("., " + q.locator().strip());
                }
                cited++;
            }
        }
        assertThat(cited).isPositive();
    }

    @Test
    void pathQuotesJoinTheSameWay() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertThat(new BundlePathWords().quote("Text", "Guide, 2008.", "para. 3")).contains("Guide, 2008, para. 3")
                .doesNotContain(".,");
    }
}
