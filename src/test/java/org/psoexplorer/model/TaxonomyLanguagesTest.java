package org.psoexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The languages a taxonomy speaks: its default first, then each other one once, as the texts name them. */
class TaxonomyLanguagesTest {

    private static Concept concept(String id, LocalizedText label, LocalizedText definition) {
        return new Concept(id, "op", label, List.of(), definition, List.of(), null, LocalizedText.EMPTY);
    }

    @Test
    void theDefaultComesFirstThenTheTitlesLabelsAndDefinitionsLanguagesInOrderEachOnce() {
        Taxonomy t = new Taxonomy(new LocalizedText(Map.of("en", "T")), "fr", LocalizedText.EMPTY, List.of(),
                List.of(), List.of(), List.of(
                        concept("a", LocalizedText.of("en", "A"),
                                LocalizedText.of("es", "D")),
                        concept("b", LocalizedText.of("fr", "B"), LocalizedText.of("en", "D"))),
                List.of());

        assertThat(t.languages()).containsExactly("fr", "en", "es");
        // Read once, then kept: the window asks again on every file it shows.
        assertThat(t.languages()).isSameAs(t.languages());
    }
}
