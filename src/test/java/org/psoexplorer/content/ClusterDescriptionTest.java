package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cluster description ships with the tests (src/test/resources/reference), so the taxonomy's
 * quotes of it can be checked word for word, and captions can be checked for its sentences
 * copied without quotation marks.
 */
class ClusterDescriptionTest {

    private static final String SOURCE_ID = "cluster-description";
    private static final Pattern PARAGRAPH_LOCATOR = Pattern.compile("para\\. (\\d+)");
    /** Seven words in a row is a copied phrase, not a shared expression such as "peacekeeping and peacebuilding". */
    private static final int COPIED_WORDS = 7;
    private static final Pattern QUOTED = Pattern.compile("\u201C[^\u201D]*\u201D|\"[^\"]*\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\u2019'-]+");

    private static final List<String> PARAGRAPHS = paragraphs();

    /**
     * The taxonomy reproduces the description faithfully and visibly: its quotes are word for word
     * in the paragraph they cite, and no caption copies its wording without quotation marks.
     */
    @Test
    void theClusterDescriptionIsReproducedOnlyVerbatimAndInQuotationMarks() {
        List<String> problems = new ArrayList<>();
        problems.addAll(quotesNotVerbatim());
        problems.addAll(captionsCopyingItUnquoted());
        assertThat(problems).isEmpty();
    }

    private static List<String> quotesNotVerbatim() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Content.Located quote : Content.quotes()) {
            JsonNode q = quote.node();
            if (!SOURCE_ID.equals(q.path("source").asText())) {
                continue;
            }
            checked++;
            Matcher locator = PARAGRAPH_LOCATOR.matcher(q.path("locator").asText());
            if (!locator.matches()) {
                problems.add(quote.where() + ": locator \"" + q.path("locator").asText() + "\" is not \"para. N\"");
                continue;
            }
            int paragraph = Integer.parseInt(locator.group(1));
            if (paragraph < 1 || paragraph > PARAGRAPHS.size()) {
                problems.add(quote.where() + ": the description has no para. " + paragraph);
            } else if (!PARAGRAPHS.get(paragraph - 1).contains(spaced(q.path("text").asText()))) {
                problems.add(quote.where() + ": not verbatim in para. " + paragraph + ": " + q.path("text").asText());
            }
        }
        assertThat(checked).as("quotes of the cluster description").isGreaterThan(10);
        return problems;
    }

    private static List<String> captionsCopyingItUnquoted() {
        Set<String> phrases = new HashSet<>();
        for (String paragraph : PARAGRAPHS) {
            List<String> words = words(paragraph);
            for (int i = 0; i + COPIED_WORDS <= words.size(); i++) {
                phrases.add(String.join(" ", words.subList(i, i + COPIED_WORDS)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Content.Located caption : Content.captions()) {
            String unquoted = QUOTED.matcher(caption.node().path("en").asText()).replaceAll(" | ");
            for (String part : unquoted.split("\\|")) {
                List<String> words = words(part);
                for (int i = 0; i + COPIED_WORDS <= words.size(); i++) {
                    String phrase = String.join(" ", words.subList(i, i + COPIED_WORDS));
                    if (phrases.contains(phrase)) {
                        problems.add(caption.where() + ": \"" + phrase + "\" is the cluster description's wording: quote it or rephrase");
                    }
                }
            }
        }
        return problems;
    }

    /** The description's paragraphs, para. 1 first: the heading and the signature line are not paragraphs. */
    private static List<String> paragraphs() {
        try (InputStream in = ClusterDescriptionTest.class.getResourceAsStream("/reference/pso-cluster-description.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            String[] blocks = text.split("\\n\\s*\\n");
            for (int i = 1; i < blocks.length; i++) {
                String block = spaced(blocks[i]);
                if (!block.isEmpty() && !block.startsWith("Cluster coordinator")) {
                    out.add(block);
                }
            }
            assertThat(out).as("paragraphs of the cluster description").hasSize(4);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Content.normalized(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
