package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The doctrine timeline shows every concept, so each one either has the year its sources support
 * ({@code since}) or says in {@code x-undated} why it has none (the timeline then dates it from
 * its quotes' sources, or shows it throughout).
 */
class TimelineDatingTest {

    @Test
    void everyConceptIsDatedOrMarkedUndatedOnPurpose() {
        List<String> problems = new ArrayList<>();
        for (JsonNode concept : Content.list("concepts")) {
            boolean dated = concept.path("since").isInt();
            boolean undated = !concept.path("x-undated").asText("").isBlank();
            if (dated == undated) {
                problems.add(concept.path("id").asText() + (dated ? ": both since and x-undated" : ": neither since nor x-undated"));
            }
        }
        assertThat(problems).isEmpty();
    }
}
