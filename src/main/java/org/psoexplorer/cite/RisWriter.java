package org.psoexplorer.cite;

import java.util.List;
import org.psoexplorer.model.Source;

/**
 * RIS, the tagged format every reference manager imports: "TY  - " opens a record, "ER  - " closes
 * it, one tag per line. Tags follow the RIS specification as Zotero reads it (SN is a report's
 * number, PB its institution, T2 the journal or book, A3 a book's editors).
 */
public final class RisWriter {

    private RisWriter() {
    }

    public static String write(List<Source> sources) {
        StringBuilder sb = new StringBuilder();
        for (Source s : sources) {
            record(sb, s);
        }
        return sb.toString();
    }

    private static void record(StringBuilder sb, Source s) {
        String type = type(s);
        tag(sb, "TY", type);
        tag(sb, "ID", s.id());
        boolean hasAuthor = CslItems.present(s.author());
        if (hasAuthor) {
            PersonNames.Names names = PersonNames.parse(s.author());
            String tag = !names.editors() ? "AU" : type.equals("BOOK") ? "A3" : "A2";
            for (PersonNames.Person p : names.people()) {
                String family = p.particle() == null ? p.family() : p.particle() + " " + p.family();
                tag(sb, tag, p.given() == null ? family : family + ", " + p.given());
            }
        } else if (CslItems.present(s.organization())) {
            tag(sb, "AU", organizationAsAuthor(s.organization()));
        }
        tag(sb, "TI", s.title());
        tag(sb, "T2", s.container());
        String publisher = CslItems.present(s.publisher()) ? s.publisher() : hasAuthor ? s.organization() : null;
        tag(sb, "PB", publisher);
        if (s.year() != null) {
            tag(sb, "PY", String.valueOf(s.year()));
        }
        if (CslItems.present(s.date())) {
            String[] parts = s.date().split("-");
            tag(sb, "DA", String.join("/", parts) + (parts.length < 3 ? "/".repeat(3 - parts.length) : "/"));
        }
        tag(sb, "SN", s.symbol());
        tag(sb, "VL", s.volume());
        tag(sb, "IS", s.issue());
        if (CslItems.present(s.pages())) {
            String[] range = s.pages().split("\\s*[–-]\\s*", 2);
            tag(sb, "SP", range[0]);
            if (range.length > 1) {
                tag(sb, "EP", range[1]);
            }
        }
        tag(sb, "DO", CslItems.doi(s));
        tag(sb, "UR", s.url());
        sb.append("ER  - \r\n");
    }

    static String type(Source s) {
        return switch (s.type()) {
            case ARTICLE -> "JOUR";
            case BOOK -> CslItems.present(s.container()) ? "CHAP" : "BOOK";
            case UN_DOCUMENT, DOCTRINE, REPORT -> "RPRT";
            case OTHER -> CslItems.present(s.url()) ? "ELEC" : "GEN";
        };
    }

    /**
     * An organization as one AU name. RIS reads a comma in AU as "Lastname, Firstname", so Zotero
     * would file "Canada, Department of National Defence" as a person called Department of National
     * Defence Canada. The comma of a parent body and its unit becomes the full stop library catalogues
     * write there ("United Nations. Department of Peace Operations"); a comma inside brackets becomes a
     * semicolon.
     */
    static String organizationAsAuthor(String organization) {
        StringBuilder out = new StringBuilder(organization.length());
        int depth = 0;
        for (int i = 0; i < organization.length(); i++) {
            char c = organization.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            out.append(c != ',' ? c : depth == 0 ? '.' : ';');
        }
        return out.toString();
    }

    /** One tag line; a value never spans lines, which would end the tag early. */
    private static void tag(StringBuilder sb, String tag, String value) {
        if (CslItems.present(value)) {
            sb.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip()).append("\r\n");
        }
    }
}
