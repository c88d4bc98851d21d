package org.psoexplorer.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.psoexplorer.io.Message;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;

/**
 * Reads a source pasted from a reference manager (Zotero, JabRef, Mendeley...) as BibTeX or CSL-JSON
 * into a {@link Source} the form then shows for checking. Bad input gives a
 * {@link SourceParseException} with a sentence for the user, never a crash; a pasted text is
 * refused beyond {@link #MAX_CHARS} characters (no single reference is that long).
 */
public final class SourceParser {

    /** The longest text read: a reference is a few hundred characters, an abstract a few thousand. */
    public static final int MAX_CHARS = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
            .build());
    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|2[0-9]{3})");

    private SourceParser() {
    }

    /** Whichever of the two the text looks like: BibTeX starts with @, CSL-JSON with { or [. */
    public static Source parse(String text) throws SourceParseException {
        String t = checked(text);
        if (t.startsWith("@")) {
            return parseBibTeX(t);
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            return parseCslJson(t);
        }
        throw new SourceParseException(Message.of("paste.neither"));
    }

    /** The first entry of a BibTeX text such as {@code @article{key, title = {...}, ...}}. */
    public static Source parseBibTeX(String text) throws SourceParseException {
        String t = checked(text);
        BibTeXDatabase db;
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
                    // An undefined @string macro: keep going, the field is left out.
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // A crossref to an entry not pasted: keep going.
                }
            };
            db = parser.parse(new StringReader(t));
        } catch (org.jbibtex.ParseException | org.jbibtex.TokenMgrException e) {
            // TokenMgrException is an unchecked error of the lexer: unbalanced braces, a stray character.
            throw new SourceParseException(Message.of("paste.bibTeXError", firstLine(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            throw new SourceParseException(Message.of("paste.bibTeXUnreadable"));
        }
        if (db.getEntries().isEmpty()) {
            throw new SourceParseException(Message.of("paste.noBibTeXEntry"));
        }
        Map.Entry<Key, BibTeXEntry> first = db.getEntries().entrySet().iterator().next();
        BibTeXEntry e = first.getValue();
        String title = field(e, "title");
        if (title == null) {
            throw new SourceParseException(Message.of("paste.bibTeXNoTitle"));
        }
        String type = e.getType().getValue().toLowerCase(Locale.ROOT);
        String year = field(e, "year");
        Integer y = year(year == null ? field(e, "date") : year);
        String authors = bibNames(field(e, "author"));
        String organization = firstOf(field(e, "organization"), field(e, "institution"));
        if (authors == null && organization == null) {
            organization = bibNames(field(e, "editor"));
        }
        String container = firstOf(field(e, "journal"), field(e, "journaltitle"), field(e, "booktitle"),
                field(e, "series"));
        String pages = field(e, "pages");
        return new Source(id(first.getKey().getValue()), bibType(type), title, authors, organization, y,
                null, url(field(e, "url")), null, container,
                field(e, "publisher"), null, field(e, "volume"), firstOf(field(e, "number"), field(e, "issue")),
                pages == null ? null : pages.replace("--", "–"), doi(field(e, "doi")));
    }

    /** A CSL-JSON item, or the first item of a CSL-JSON list. */
    public static Source parseCslJson(String text) throws SourceParseException {
        String t = checked(text);
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (JsonProcessingException e) {
            throw new SourceParseException(e.getLocation() == null ? Message.of("paste.cslJsonUnreadable")
                    : Message.of("paste.cslJsonUnreadableAt", String.valueOf(e.getLocation().getLineNr()),
                            String.valueOf(e.getLocation().getColumnNr())));
        }
        if (root != null && root.isArray()) {
            if (root.isEmpty()) {
                throw new SourceParseException(Message.of("paste.cslJsonEmptyList"));
            }
            root = root.get(0);
        }
        if (root == null || !root.isObject()) {
            throw new SourceParseException(Message.of("paste.cslJsonNotAnObject"));
        }
        String title = root.path("title").isTextual() ? text(root, "title") : null;
        if (title == null) {
            throw new SourceParseException(Message.of("paste.cslJsonNoTitle"));
        }
        List<String> people = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        JsonNode authors = root.get("author");
        if (authors != null && authors.isArray()) {
            for (JsonNode a : authors) {
                String family = text(a, "family");
                String given = text(a, "given");
                String literal = text(a, "literal");
                if (family != null) {
                    people.add(given == null ? family : given + " " + family);
                } else if (literal != null) {
                    bodies.add(literal);
                }
            }
        }
        String organization = firstOf(bodies.isEmpty() ? null : String.join(", ", bodies), text(root, "authority"));
        int[] date = issued(root.get("issued"));
        Integer year = date.length > 0 && date[0] >= 1000 && date[0] <= 2999 ? date[0] : null;
        String fullDate = null;
        if (year != null && date.length > 1 && date[1] >= 1 && date[1] <= 12) {
            fullDate = String.format(Locale.ROOT, "%04d-%02d", date[0], date[1]);
            if (date.length > 2 && date[2] >= 1 && date[2] <= 31) {
                fullDate += String.format(Locale.ROOT, "-%02d", date[2]);
            }
        }
        String type = text(root, "type");
        String id = text(root, "id");
        return new Source(id(id == null ? title : id), cslType(type), title, people.isEmpty() ? null : joinNames(people),
                organization, year, "report".equals(type) ? text(root, "number") : null, url(text(root, "URL")), null,
                text(root, "container-title"), text(root, "publisher"), fullDate, text(root, "volume"), text(root, "issue"),
                text(root, "page") == null ? null : text(root, "page").replace("--", "–").replace('-', '–'),
                doi(text(root, "DOI")));
    }

    private static String checked(String text) throws SourceParseException {
        if (text == null || text.isBlank()) {
            throw new SourceParseException(Message.of("paste.nothing"));
        }
        if (text.length() > MAX_CHARS) {
            throw new SourceParseException(Message.of("paste.tooLong", text.length(), MAX_CHARS));
        }
        return text.strip();
    }

    private static String field(BibTeXEntry e, String name) {
        Value v = e.getField(new Key(name));
        if (v == null) {
            return null;
        }
        String raw;
        try {
            raw = v.toUserString();
        } catch (RuntimeException unresolved) {
            return null;
        }
        String plain = latexToText(raw);
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }

    /** LaTeX such as {@code Boutros-Ghali, Boutros and {\'E}mile} made plain text with its accents. */
    private static String latexToText(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            return latex;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(latex)));
        } catch (Exception | StackOverflowError e) {
            return latex.replaceAll("[{}\\\\]", "");
        }
    }

    /** "Charbonneau, Bruno and Doyle, Michael W." as "Bruno Charbonneau, Michael W. Doyle". */
    private static String bibNames(String names) {
        if (names == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\s+and\\s+")) {
            String name = n.strip();
            int comma = name.indexOf(',');
            if (comma > 0) {
                name = (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
            }
            if (!name.isEmpty() && !name.equals("others")) {
                out.add(name);
            }
        }
        return out.isEmpty() ? null : joinNames(out);
    }

    private static String joinNames(List<String> names) {
        return String.join(", ", names);
    }

    private static SourceType bibType(String type) {
        return switch (type) {
            case "article" -> SourceType.ARTICLE;
            case "book", "inbook", "incollection", "collection", "mvbook" -> SourceType.BOOK;
            case "techreport", "report" -> SourceType.REPORT;
            default -> SourceType.OTHER;
        };
    }

    private static SourceType cslType(String type) {
        if (type == null) {
            return SourceType.OTHER;
        }
        return switch (type) {
            case "article-journal", "article", "article-magazine", "article-newspaper" -> SourceType.ARTICLE;
            case "book", "chapter" -> SourceType.BOOK;
            case "report" -> SourceType.REPORT;
            default -> SourceType.OTHER;
        };
    }

    private static int[] issued(JsonNode issued) {
        if (issued == null) {
            return new int[0];
        }
        JsonNode parts = issued.path("date-parts").path(0);
        if (parts.isArray() && !parts.isEmpty()) {
            int[] out = new int[Math.min(3, parts.size())];
            for (int i = 0; i < out.length; i++) {
                out[i] = parts.get(i).asInt(0);
            }
            return out;
        }
        Integer y = year(text(issued, "raw"));
        return y == null ? new int[0] : new int[] {y};
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        String s = v.asText().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** A source id from a citation key or title: lower case, letters, digits and dashes. */
    static String id(String key) {
        String id = java.text.Normalizer.normalize(key == null ? "" : key, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "source" : id;
    }

    /** Only web addresses the format accepts; anything else is left for the user to type. */
    private static String url(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    /** The DOI without its resolver, as the format wants it. */
    private static String doi(String doi) {
        if (doi == null) {
            return null;
        }
        String d = doi.replaceFirst("^(https?://)?(dx\\.)?doi\\.org/", "").replaceFirst("^doi:", "").strip();
        return d.startsWith("10.") ? d : null;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected text";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
