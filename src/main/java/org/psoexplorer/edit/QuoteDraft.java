package org.psoexplorer.edit;

import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Taxonomy;

/**
 * A quote as typed in a form, before it may become a {@link Quote}: a quote is only ever made with
 * its text, a source the taxonomy declares and a locator, because a quote nobody can look up is
 * what this application exists to avoid.
 *
 * @param lang the passage's language tag, or {@code null} (blank counts as absent) for the default
 */
public record QuoteDraft(String text, String source, String locator, String lang) {

    /** What keeps a draft from becoming a quote; each names the field to fix. */
    public enum Issue {
        /** The passage itself is empty. Field "text". */
        NO_TEXT("text"),
        /** No source is chosen. Field "source". */
        NO_SOURCE("source"),
        /** The source id is not declared in the taxonomy's sources. Field "source". */
        UNKNOWN_SOURCE("source"),
        /** No locator (page, paragraph) is given. Field "locator". */
        NO_LOCATOR("locator");

        private final String field;

        Issue(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        /** The resource-bundle key of the message: {@code quote.noText}, {@code quote.noSource}, ... */
        public String messageKey() {
            return switch (this) {
                case NO_TEXT -> "quote.noText";
                case NO_SOURCE -> "quote.noSource";
                case UNKNOWN_SOURCE -> "quote.unknownSource";
                case NO_LOCATOR -> "quote.noLocator";
            };
        }
    }

    /** Everything that keeps this draft from being a quote of {@code taxonomy}; empty when it may be one. */
    public List<Issue> check(Taxonomy taxonomy) {
        List<Issue> issues = new ArrayList<>();
        if (blank(text)) {
            issues.add(Issue.NO_TEXT);
        }
        if (blank(source)) {
            issues.add(Issue.NO_SOURCE);
        } else if (taxonomy.source(source.strip()).isEmpty()) {
            issues.add(Issue.UNKNOWN_SOURCE);
        }
        if (blank(locator)) {
            issues.add(Issue.NO_LOCATOR);
        }
        return issues;
    }

    /**
     * The quote, its parts stripped of surrounding spaces.
     *
     * @throws IllegalStateException naming the issues when {@link #check} finds any
     */
    public Quote toQuote(Taxonomy taxonomy) {
        List<Issue> issues = check(taxonomy);
        if (!issues.isEmpty()) {
            throw new IllegalStateException("A quote needs its text, a declared source and a locator: " + issues);
        }
        return new Quote(text.strip(), source.strip(), locator.strip(), blank(lang) ? null : lang.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
