package org.psoexplorer.cite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.psoexplorer.model.Source;

/**
 * BibTeX through jbibtex, keyed by source id. Values are LaTeX-escaped so a brace or a percent sign
 * in a title cannot end a field or start a comment; an organization as author is braced so BibTeX
 * does not split it into first and last names.
 */
public final class BibTeXWriter {

    private BibTeXWriter() {
    }

    public static String write(List<Source> sources) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Source s : sources) {
            db.addObject(entry(s));
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static BibTeXEntry entry(Source s) {
        BibTeXEntry e = new BibTeXEntry(new Key(type(s)), new Key(s.id()));
        boolean hasAuthor = CslItems.present(s.author());
        if (hasAuthor) {
            PersonNames.Names names = PersonNames.parse(s.author());
            String people = names.people().stream().map(BibTeXWriter::person).collect(Collectors.joining(" and "));
            e.addField(new Key(names.editors() ? "editor" : "author"), raw(people));
        } else if (CslItems.present(s.organization())) {
            e.addField(BibTeXEntry.KEY_AUTHOR, raw("{" + escape(s.organization()) + "}"));
        }
        field(e, "title", s.title());
        String publisher = CslItems.present(s.publisher()) ? s.publisher() : hasAuthor ? s.organization() : null;
        switch (type(s)) {
            case "article" -> field(e, "journal", s.container());
            case "incollection" -> field(e, "booktitle", s.container());
            case "techreport" -> {
                field(e, "institution", publisher);
                field(e, "number", s.symbol());
                publisher = null;
            }
            case "misc" -> field(e, "howpublished", s.container());
            default -> { }
        }
        field(e, "publisher", publisher);
        if (s.year() != null) {
            e.addField(BibTeXEntry.KEY_YEAR, raw(String.valueOf(s.year())));
        }
        if (CslItems.present(s.date())) {
            field(e, "date", s.date());
        }
        field(e, "volume", s.volume());
        field(e, "number", type(s).equals("techreport") ? null : s.issue());
        if (CslItems.present(s.pages())) {
            e.addField(BibTeXEntry.KEY_PAGES, raw(escape(s.pages()).replace("–", "--")));
        }
        field(e, "doi", CslItems.doi(s));
        field(e, "url", s.url());
        return e;
    }

    static String type(Source s) {
        return switch (s.type()) {
            case ARTICLE -> CslItems.present(s.container()) ? "article" : "misc";
            case BOOK -> CslItems.present(s.container()) ? "incollection" : "book";
            case UN_DOCUMENT, DOCTRINE, REPORT -> "techreport";
            case OTHER -> "misc";
        };
    }

    private static String person(PersonNames.Person p) {
        String family = p.particle() == null ? p.family() : p.particle() + " " + p.family();
        return p.given() == null ? "{" + escape(family) + "}" : escape(family) + ", " + escape(p.given());
    }

    private static void field(BibTeXEntry e, String key, String value) {
        if (CslItems.present(value)) {
            e.addField(new Key(key), raw(escape(value)));
        }
    }

    private static StringValue raw(String latex) {
        return new StringValue(latex, StringValue.Style.BRACED);
    }

    /** LaTeX's special characters as commands, newlines as spaces. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
