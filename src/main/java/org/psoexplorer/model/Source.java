package org.psoexplorer.model;

/**
 * A bibliographic record. Optional parts are {@code null} when the file leaves them out.
 *
 * @param citation  a full citation written by the taxonomy's author; when absent one is composed
 * @param container the journal, book, series or website the work appears in
 * @param publisher who published it (a press, or the organization when it is not the author)
 * @param date      a more precise date of publication than the year: "2015-06", "2015-06-17"
 * @param volume    the journal or series volume
 * @param issue     the journal issue
 * @param pages     the page range in the container: "665–673"
 * @param doi       the DOI without resolver: "10.1080/01436597.2016.1268907"
 */
public record Source(String id, SourceType type, String title, String author, String organization,
                     Integer year, String symbol, String url, String citation, String container,
                     String publisher, String date, String volume, String issue, String pages, String doi) {

    /** A record without the publication details that citation styles use (container, pages, DOI...). */
    public Source(String id, SourceType type, String title, String author, String organization,
                  Integer year, String symbol, String url, String citation) {
        this(id, type, title, author, organization, year, symbol, url, citation,
                null, null, null, null, null, null, null);
    }

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
