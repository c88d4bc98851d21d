package org.psoexplorer.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.psoexplorer.model.Source;

/**
 * Maps a {@link Source} to a CSL item, the record every citation style, reference manager export
 * and the Citation Style Language itself work from. A source with no author has its organization
 * as author; with an author, the organization is the publisher (unless the file names one). A UN
 * document's symbol is the item's number.
 */
public final class CslItems {

    private static final String DOI_RESOLVER = "https://doi.org/";

    private CslItems() {
    }

    public static CSLItemData item(Source s) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(s.id()).type(type(s)).title(s.title());
        boolean hasAuthor = s.author() != null && !s.author().isBlank();
        if (hasAuthor) {
            PersonNames.Names names = PersonNames.parse(s.author());
            CSLName[] people = names.people().stream().map(CslItems::name).toArray(CSLName[]::new);
            if (names.editors()) {
                b.editor(people);
            } else {
                b.author(people);
            }
        } else if (present(s.organization())) {
            b.author(new CSLNameBuilder().literal(s.organization()).isInstitution(true).build());
        }
        String publisher = present(s.publisher()) ? s.publisher() : hasAuthor ? s.organization() : null;
        if (present(publisher)) {
            b.publisher(publisher);
        }
        if (present(s.container())) {
            b.containerTitle(s.container());
        }
        CSLDate issued = issued(s);
        if (issued != null) {
            b.issued(issued);
        }
        if (present(s.symbol())) {
            b.number(s.symbol());
        }
        if (present(s.volume())) {
            b.volume(s.volume());
        }
        if (present(s.issue())) {
            b.issue(s.issue());
        }
        if (present(s.pages())) {
            b.page(s.pages());
        }
        String doi = doi(s);
        if (doi != null) {
            b.DOI(doi);
        } else if (present(s.url())) {
            b.URL(s.url());
        }
        return b.build();
    }

    /** The DOI the file gives, or the one its URL points to through doi.org. */
    public static String doi(Source s) {
        if (present(s.doi())) {
            return s.doi();
        }
        if (present(s.url()) && s.url().toLowerCase(Locale.ROOT).startsWith(DOI_RESOLVER)) {
            return s.url().substring(DOI_RESOLVER.length());
        }
        return null;
    }

    static CSLType type(Source s) {
        return switch (s.type()) {
            // Not CSL's "article": styles print that as a preprint.
            case ARTICLE -> CSLType.ARTICLE_JOURNAL;
            case BOOK -> present(s.container()) ? CSLType.CHAPTER : CSLType.BOOK;
            case UN_DOCUMENT, DOCTRINE, REPORT -> CSLType.REPORT;
            case OTHER -> present(s.url()) ? CSLType.WEBPAGE : CSLType.DOCUMENT;
        };
    }

    /** The source's date: the precise one when given, else its year; {@code null} when undated. */
    static CSLDate issued(Source s) {
        if (present(s.date())) {
            int[] parts = Arrays.stream(s.date().split("-")).mapToInt(Integer::parseInt).toArray();
            return new CSLDateBuilder().dateParts(parts).build();
        }
        return s.year() == null ? null : new CSLDateBuilder().dateParts(s.year()).build();
    }

    private static CSLName name(PersonNames.Person p) {
        CSLNameBuilder n = new CSLNameBuilder().family(p.family());
        if (p.given() != null) {
            n.given(p.given());
        }
        if (p.particle() != null) {
            n.nonDroppingParticle(p.particle());
        }
        return n.build();
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The sources in the given order, as CSL items. */
    public static CSLItemData[] items(List<Source> sources) {
        return sources.stream().map(CslItems::item).toArray(CSLItemData[]::new);
    }
}
