package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Is a kind of" and "is distinct from" are the claims a lecturer puts on a slide as settled
 * classification, so each must name the sources that make it.
 */
class ClassifyingRelationSourcesTest {

    private static final Set<String> CLASSIFYING = Set.of("kind-of", "distinct-from");

    @Test
    void everyKindOfAndDistinctFromRelationCitesASource() {
        List<String> unsourced = Content.relations().stream()
                .filter(r -> CLASSIFYING.contains(r.node().path("type").asText()))
                .filter(r -> r.node().path("sources").isEmpty())
                .map(Content.Located::where)
                .toList();

        assertThat(Content.relations()).anyMatch(r -> r.node().path("type").asText().equals("kind-of"));
        assertThat(unsourced).as("kind-of and distinct-from relations without sources").isEmpty();
    }
}
