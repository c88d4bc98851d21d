package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every source can be cited: a title, a year, and an author or an organization. A web page that
 * gives no year says so in {@code x-undated} rather than getting a guessed year.
 */
class SourceRecordsTest {

    @Test
    void everySourceHasATitleAYearOrADeclaredAbsenceOfOneAndAnAuthorOrOrganization() {
        List<String> problems = new ArrayList<>();
        for (JsonNode source : Content.list("sources")) {
            String id = source.path("id").asText();
            if (blank(source, "title")) {
                problems.add(id + ": no title");
            }
            if (blank(source, "author") && blank(source, "organization")) {
                problems.add(id + ": neither author nor organization");
            }
            boolean dated = source.path("year").isInt();
            boolean undated = !blank(source, "x-undated");
            if (!dated && !undated) {
                problems.add(id + ": no year, and no x-undated saying why");
            }
            if (dated && undated) {
                problems.add(id + ": both a year and x-undated");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean blank(JsonNode node, String key) {
        return node.path(key).asText("").isBlank();
    }
}
