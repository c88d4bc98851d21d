package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every quote says where in its source it stands. When the copy that was read does not number
 * pages or paragraphs, the locator says so and {@code x-locator-note} explains it, so that a
 * lecturer knows the gap is the copy's, not a careless citation.
 */
class QuoteLocatorTest {

    private static final Pattern GAP = Pattern.compile("not identified|not shown|unknown", Pattern.CASE_INSENSITIVE);

    @Test
    void everyQuoteHasALocatorAndEveryGapInOneIsExplained() {
        List<String> problems = new ArrayList<>();
        for (Content.Located quote : Content.quotes()) {
            JsonNode q = quote.node();
            String locator = q.path("locator").asText("");
            if (locator.isBlank()) {
                problems.add(quote.where() + ": no locator");
            } else if (GAP.matcher(locator).find() && q.path("x-locator-note").asText("").isBlank()) {
                problems.add(quote.where() + ": locator \"" + locator + "\" leaves the place open without an x-locator-note");
            }
        }
        assertThat(Content.quotes()).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }
}
