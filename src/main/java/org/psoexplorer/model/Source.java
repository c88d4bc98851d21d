package org.psoexplorer.model;

/**
 * A bibliographic record. Optional parts are {@code null} when the file leaves them out.
 *
 * @param citation a full citation written by the taxonomy's author; when absent one is composed
 */
public record Source(String id, SourceType type, String title, String author, String organization,
                     Integer year, String symbol, String url, String citation) {

    /** Author or organization, whichever the record names, for short citations. */
    public String creator() {
        if (author != null && !author.isBlank()) {
            return author;
        }
        return organization == null ? "" : organization;
    }

    /** "Creator, Title (Symbol), Year" or the file's own citation when it gives one. */
    public String fullCitation() {
        if (citation != null && !citation.isBlank()) {
            return citation;
        }
        StringBuilder sb = new StringBuilder();
        String creator = creator();
        if (!creator.isEmpty()) {
            sb.append(creator).append(", ");
        }
        sb.append(title);
        if (symbol != null && !symbol.isBlank()) {
            sb.append(" (").append(symbol).append(')');
        }
        if (year != null) {
            sb.append(", ").append(year);
        }
        return sb.toString();
    }

    /** "Creator Year" (or "Title Year"), for legends and footers. */
    public String shortCitation() {
        String who = creator().isEmpty() ? title : creator();
        return year == null ? who : who + " " + year;
    }
}
