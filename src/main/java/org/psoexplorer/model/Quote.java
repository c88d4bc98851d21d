package org.psoexplorer.model;

/**
 * A verbatim passage from a source.
 *
 * @param locator where in the source: a paragraph or page ("para. 20", "p. 18")
 * @param lang    the language of the passage, or {@code null} for the taxonomy's default
 */
public record Quote(String text, String source, String locator, String lang) {
}
