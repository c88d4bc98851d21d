package org.psoexplorer.graph;

import java.util.List;

/**
 * A path told in words, ready to show: one sentence for the whole path and, for each step, its
 * wording, sources, quote and notes. Built by {@link PathNarrator}; plain data for views and the CLI.
 *
 * @param path     the path told
 * @param sentence "Conflict prevention — precedes → Peacemaking — precedes → Peacekeeping"
 * @param steps    one per step of the path, in order
 */
public record PathStory(ConceptPath path, String sentence, List<StepStory> steps) {

    public PathStory {
        steps = List.copyOf(steps);
    }

    /**
     * One step told in words.
     *
     * @param step      the step told
     * @param fromLabel the label of the concept the step leaves
     * @param link      the words between the two labels ("— precedes →", "← is a kind of —")
     * @param toLabel   the label of the concept the step reaches
     * @param text      the whole step: fromLabel, link, toLabel
     * @param sources   the sources backing the relation (its quote's source included), in file order
     * @param quote     the relation's quote, or {@code null}
     * @param contested whether the relation is disputed in the literature
     * @param note      the relation's note in the chosen language, or {@code null}
     * @param details   the lines to print under the step: sources, quote, contested marker or note
     */
    public record StepStory(PathStep step, String fromLabel, String link, String toLabel, String text,
                            List<Citation> sources, CitedQuote quote, boolean contested, String note,
                            List<String> details) {

        public StepStory {
            sources = List.copyOf(sources);
            details = List.copyOf(details);
        }
    }

    /**
     * A source as a step cites it.
     *
     * @param shortCitation the source's own short citation ("Creator Year")
     * @param label         what to show: the short citation, with the title added when another source
     *                      of the taxonomy has the same short citation (two reports by one author in one year)
     * @param url           the source's address, or {@code null}
     */
    public record Citation(String sourceId, String shortCitation, String label, String fullCitation, String url) {
    }

    /**
     * A verbatim quote with its source.
     *
     * @param locator where in the source ("para. 20"), or {@code null}
     * @param lang    the quote's language, or {@code null} for the taxonomy's default
     */
    public record CitedQuote(String text, Citation source, String locator, String lang) {
    }
}
