package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Taxonomy;

/** A quote is never made without its source and locator. */
class QuoteDraftTest {

    private final Taxonomy pso = TaxonomyLoader.defaultTaxonomy();

    @Test
    void aQuoteWithoutSourceIsRefused() {
        QuoteDraft draft = new QuoteDraft("Peacemaking is action to bring hostile parties to agreement", " ", "para. 20", null);

        assertThat(draft.check(pso)).containsExactly(QuoteDraft.Issue.NO_SOURCE);
        assertThatThrownBy(() -> draft.toQuote(pso)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NO_SOURCE");
    }

    @Test
    void aQuoteWithoutLocatorIsRefused() {
        QuoteDraft draft = new QuoteDraft("Text", "agenda-for-peace-1992", null, null);

        assertThat(draft.check(pso)).containsExactly(QuoteDraft.Issue.NO_LOCATOR);
        assertThatThrownBy(() -> draft.toQuote(pso)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSourceTheTaxonomyDoesNotDeclareIsRefused() {
        QuoteDraft draft = new QuoteDraft("Text", "agenda-for-peas", "para. 20", null);

        assertThat(draft.check(pso)).containsExactly(QuoteDraft.Issue.UNKNOWN_SOURCE);
        assertThat(QuoteDraft.Issue.UNKNOWN_SOURCE.field()).isEqualTo("source");
    }

    @Test
    void anEmptyDraftNamesEveryMissingField() {
        assertThat(new QuoteDraft(null, null, "", "").check(pso))
                .containsExactly(QuoteDraft.Issue.NO_TEXT, QuoteDraft.Issue.NO_SOURCE, QuoteDraft.Issue.NO_LOCATOR);
    }

    @Test
    void aCompleteDraftBecomesAQuoteWithoutSurroundingSpaces() {
        Quote q = new QuoteDraft("  Peacemaking is action…  ", "agenda-for-peace-1992", " para. 20 ", " ").toQuote(pso);

        assertThat(q).isEqualTo(new Quote("Peacemaking is action…", "agenda-for-peace-1992", "para. 20", null));
    }
}
