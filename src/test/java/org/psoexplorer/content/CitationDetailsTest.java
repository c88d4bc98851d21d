package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What citation styles need from the built-in taxonomy's sources: a journal article names its
 * journal and year (or every style prints it as a stray title), a chapter names the book it is in,
 * and a DOI is one that resolves in form. A web post is not a journal article: it is typed "other".
 */
class CitationDetailsTest {

    private static final Pattern DOI = Pattern.compile("^10\\.[0-9]{4,9}/\\S+$");
    private static final String RESOLVER = "https://doi.org/";

    @Test
    void everyJournalArticleNamesItsJournalAndYear() {
        List<String> problems = new ArrayList<>();
        for (JsonNode source : Content.list("sources")) {
            if (source.path("type").asText().equals("article")) {
                if (blank(source, "container")) {
                    problems.add(source.path("id").asText() + ": no journal (container)");
                }
                if (!source.path("year").isInt()) {
                    problems.add(source.path("id").asText() + ": no year");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyChapterNamesTheBookItIsIn() {
        List<String> problems = new ArrayList<>();
        for (JsonNode source : Content.list("sources")) {
            // The file's citation of a chapter reads "“Title”, in Editor (ed.), Book…".
            boolean chapter = source.path("type").asText().equals("book")
                    && source.path("citation").asText("").contains("”, in ");
            if (chapter && blank(source, "container")) {
                problems.add(source.path("id").asText() + ": a chapter without its book (container)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDoiIsWellFormedAndAgreesWithADoiAddress() {
        List<String> problems = new ArrayList<>();
        int dois = 0;
        for (JsonNode source : Content.list("sources")) {
            String id = source.path("id").asText();
            String doi = source.path("doi").asText("");
            String url = source.path("url").asText("");
            if (!doi.isEmpty()) {
                dois++;
                if (!DOI.matcher(doi).matches()) {
                    problems.add(id + ": malformed DOI " + doi);
                }
            }
            if (url.startsWith(RESOLVER)) {
                String fromUrl = url.substring(RESOLVER.length());
                if (!DOI.matcher(fromUrl).matches()) {
                    problems.add(id + ": malformed DOI address " + url);
                }
                if (!doi.isEmpty() && !doi.equalsIgnoreCase(fromUrl)) {
                    problems.add(id + ": the DOI " + doi + " and the address " + url + " disagree");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(dois).as("DOIs filled in the built-in taxonomy").isGreaterThanOrEqualTo(7);
    }

    private static boolean blank(JsonNode node, String key) {
        return node.path(key).asText("").isBlank();
    }
}
