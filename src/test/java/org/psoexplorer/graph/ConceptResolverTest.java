package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.ConceptResolver.Resolution;

class ConceptResolverTest {

    private final ConceptResolver resolver = new ConceptResolver(TestTaxonomy.builder()
            .concept("conflict-prevention", Map.of("en", "Conflict prevention", "fr", "Prévention des conflits"),
                    "Preventive diplomacy")
            .concept("peace-operation", Map.of("en", "Peace operation", "fr", "Opération de paix"), "PSO")
            .concept("peace-support-operation", Map.of("en", "Peace support operation"), "PSO")
            .concept("peacekeeping", Map.of("en", "Peacekeeping", "fr", "Maintien de la paix"))
            .concept("robust-peacekeeping", Map.of("en", "Robust peacekeeping"))
            .concept("pso", Map.of("en", "Post-settlement order"))
            .build());

    @Test
    void findsIds() {
        assertThat(resolver.resolve("peacekeeping")).isEqualTo(
                new Resolution("peacekeeping", Resolution.Status.FOUND, "peacekeeping", java.util.List.of()));
        assertThat(resolver.resolve("  Conflict-Prevention ").id()).isEqualTo("conflict-prevention");
        assertThat(resolver.resolve("conflict prevention").id()).isEqualTo("conflict-prevention");
    }

    @Test
    void findsLabelsInAnyLanguageIgnoringCaseAndAccents() {
        assertThat(resolver.resolve("Maintien de la paix").id()).isEqualTo("peacekeeping");
        assertThat(resolver.resolve("PRÉVENTION DES CONFLITS").id()).isEqualTo("conflict-prevention");
        assertThat(resolver.resolve("operation de paix").id()).isEqualTo("peace-operation");
    }

    @Test
    void findsAlternativeLabels() {
        assertThat(resolver.resolve("preventive diplomacy").id()).isEqualTo("conflict-prevention");
    }

    @Test
    void anIdBeatsAnAlternativeLabel() {
        // "PSO" is the id of one concept and an altLabel of two others.
        assertThat(resolver.resolve("PSO").id()).isEqualTo("pso");
    }

    @Test
    void saysWhenALabelIsAmbiguous() {
        ConceptResolver noPsoId = new ConceptResolver(TestTaxonomy.builder()
                .concept("peace-operation", Map.of("en", "Peace operation"), "PSO")
                .concept("peace-support-operation", Map.of("en", "Peace support operation"), "PSO")
                .build());

        Resolution r = noPsoId.resolve("pso");
        assertThat(r.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(r.found()).isFalse();
        assertThat(r.candidates()).containsExactly("peace-operation", "peace-support-operation");
    }

    @Test
    void suggestsTheNearestConceptOnATypo() {
        Resolution r = resolver.resolve("peacekeepng");

        assertThat(r.status()).isEqualTo(Resolution.Status.UNKNOWN);
        assertThat(r.suggestion()).contains("peacekeeping");
        assertThat(resolver.resolve("Maintient de la paix").suggestion()).contains("peacekeeping");
    }

    @Test
    void suggestsConceptsContainingAFragment() {
        assertThat(resolver.resolve("keeping").candidates()).containsExactly("peacekeeping", "robust-peacekeeping");
    }

    @Test
    void suggestsNothingForNonsense() {
        Resolution r = resolver.resolve("zzzzzzzzzz");

        assertThat(r.status()).isEqualTo(Resolution.Status.UNKNOWN);
        assertThat(r.candidates()).isEmpty();
        assertThat(r.suggestion()).isEmpty();
        assertThat(resolver.resolve("").candidates()).isEmpty();
    }
}
