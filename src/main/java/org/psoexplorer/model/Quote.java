package org.psoexplorer.model;

/**
 * A verbatim passage from a source.
 *
 * @param locator where in the source: a paragraph or page ("para. 20", "p. 18")
 * @param lang    the language of the passage, or {@code null} for the taxonomy's default
 */
public record Quote(String text, String source, String locator, String lang) {

    /**
     * "Citation, locator": where a passage comes from, as one phrase. A citation that ends a sentence
     * ("…/index.html." or "no year is given.") loses its full stop before the locator is added, so the
     * reader never meets ".," in the middle of a reference.
     */
    public static String cite(String citation, String locator) {
        String c = citation == null ? "" : citation.strip();
        if (locator == null || locator.isBlank()) {
            return c;
        }
        while (c.endsWith(".") && !c.endsWith("..") || c.endsWith(",") || c.endsWith(";")) {
            c = c.substring(0, c.length() - 1).stripTrailing();
        }
        return c.isEmpty() ? locator.strip() : c + ", " + locator.strip();
    }
}
