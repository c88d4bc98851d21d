package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In a caption, quotation marks mean "the source's own words": a phrase a caption puts in them is
 * read aloud as a quotation, so it must be one of the taxonomy's verified quotes (or part of one),
 * and words copied from a quote must be in them. Names in quotation marks, such as a tour title
 * or a relation's label, are not quotes and are allowed.
 */
class CaptionQuotesTest {

    private static final Pattern QUOTED = Pattern.compile("\u201C([^\u201D]*)\u201D|\"([^\"]*)\"");
    /**
     * Eight words in a row copied from a quote is a quotation; shorter runs are names and lists
     * ("High-level Independent Panel on Peace Operations") that a caption may share with a quote.
     */
    private static final int COPIED_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
    private static final Pattern ELLIPSIS = Pattern.compile("\u2026|\\.\\.\\.|\\[\u2026\\]|\\[\\.\\.\\.\\]");

    @Test
    void captionsPutQuotationMarksAroundExactlyTheWordsOfVerifiedQuotes() {
        List<String> problems = new ArrayList<>();
        problems.addAll(quotedPhrasesNotInAnyQuote());
        problems.addAll(quoteWordsOutsideQuotationMarks());
        assertThat(problems).isEmpty();
    }

    private static List<String> quotedPhrasesNotInAnyQuote() {
        List<String> quotes = Content.quotes().stream()
                .map(q -> comparable(q.node().path("text").asText()))
                .toList();
        Set<String> names = names();
        List<String> problems = new ArrayList<>();
        int phrases = 0;
        for (Content.Located caption : Content.captions()) {
            for (Map.Entry<String, JsonNode> text : caption.node().properties()) {
                Matcher m = QUOTED.matcher(text.getValue().asText());
                while (m.find()) {
                    String phrase = m.group(1) != null ? m.group(1) : m.group(2);
                    if (names.contains(comparable(phrase))) {
                        continue;
                    }
                    phrases++;
                    for (String part : ELLIPSIS.split(phrase)) {
                        String wanted = comparable(part);
                        if (!wanted.isEmpty() && quotes.stream().noneMatch(q -> q.contains(wanted))) {
                            problems.add(caption.where() + " (" + text.getKey() + "): “" + part.strip()
                                    + "” is not in any quote of the taxonomy");
                        }
                    }
                }
            }
        }
        assertThat(phrases).as("quoted phrases in captions").isGreaterThan(10);
        return problems;
    }

    private static List<String> quoteWordsOutsideQuotationMarks() {
        Set<String> quoted = new HashSet<>();
        for (Content.Located quote : Content.quotes()) {
            List<String> words = words(quote.node().path("text").asText());
            for (int i = 0; i + COPIED_WORDS <= words.size(); i++) {
                quoted.add(String.join(" ", words.subList(i, i + COPIED_WORDS)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Content.Located caption : Content.captions()) {
            String unquoted = QUOTED.matcher(caption.node().path("en").asText()).replaceAll(" | ");
            for (String part : unquoted.split("\\|")) {
                List<String> words = words(part);
                for (int i = 0; i + COPIED_WORDS <= words.size(); i++) {
                    String phrase = String.join(" ", words.subList(i, i + COPIED_WORDS));
                    if (quoted.contains(phrase)) {
                        problems.add(caption.where() + ": \"" + phrase + "\" is a quote's wording without quotation marks");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Content.normalized(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Labels of concepts, tours and relation types and titles of sources, in every language: names, not quotations. */
    private static Set<String> names() {
        Set<String> out = new HashSet<>();
        for (JsonNode concept : Content.list("concepts")) {
            addTexts(out, concept.path("label"));
            for (JsonNode alt : concept.path("altLabels")) {
                addTexts(out, alt);
            }
        }
        for (JsonNode tour : Content.list("tours")) {
            addTexts(out, tour.path("title"));
        }
        for (JsonNode source : Content.list("sources")) {
            addTexts(out, source.path("title"));
        }
        for (JsonNode type : Content.list("relationTypes")) {
            addTexts(out, type.path("label"));
            addTexts(out, type.path("inverseLabel"));
        }
        return out;
    }

    private static void addTexts(Set<String> out, JsonNode text) {
        if (text.isTextual()) {
            out.add(comparable(text.asText()));
        }
        for (JsonNode value : text) {
            out.add(comparable(value.asText()));
        }
    }

    /** Case, curly or straight quotation marks and the closing punctuation a caption adds do not count. */
    private static String comparable(String text) {
        return Content.normalized(text).toLowerCase(Locale.ROOT).replaceAll("^[\\s,;:.]+|[\\s,;:.]+$", "");
    }
}
