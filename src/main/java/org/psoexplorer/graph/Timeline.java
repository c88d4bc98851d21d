package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * The taxonomy through time: the year each concept and relation enters the literature, so the
 * explorer can show the doctrine as it stood in a given year (1992 An Agenda for Peace, 2000 Brahimi,
 * 2008 Capstone…).
 *
 * <p>A concept's year is its {@code since}, else the earliest year among the sources quoted on it;
 * a concept with neither is timeless and always shown. A relation's year is its {@code since}, else
 * the earliest year among its sources and its quote's source; and since a relation cannot be seen
 * before the concepts it links, it is never earlier than either of them.
 */
public final class Timeline {

    /** A closing parenthesis that names the work, capitalised: "(Brahimi report)", not "(3rd edition)". */
    private static final Pattern NAME_IN_PARENTHESES = Pattern.compile(".*\\(([A-Z][^()]*)\\)\\s*$");
    private static final int LONG_TITLE = 60;
    private static final int MAX_TITLES_IN_LABEL = 3;

    private final Taxonomy taxonomy;
    private final Map<String, Integer> conceptYears = new HashMap<>();
    private final List<Integer> relationYears;
    private final List<Integer> milestones;
    private final int firstYear;
    private final int lastYear;

    public Timeline(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (Concept c : taxonomy.concepts()) {
            Integer year = c.since();
            if (year == null) {
                for (Quote q : c.quotes()) {
                    year = earlier(year, sourceYear(q.source()));
                }
            }
            conceptYears.putIfAbsent(c.id(), year);
        }
        List<Integer> years = new ArrayList<>(taxonomy.relations().size());
        for (Relation r : taxonomy.relations()) {
            Integer year = r.since();
            if (year == null) {
                for (String s : r.sources()) {
                    year = earlier(year, sourceYear(s));
                }
                if (r.quote() != null) {
                    year = earlier(year, sourceYear(r.quote().source()));
                }
            }
            year = later(year, conceptYears.get(r.from()));
            year = later(year, conceptYears.get(r.to()));
            years.add(year);
        }
        this.relationYears = Collections.unmodifiableList(years);

        TreeSet<Integer> sourceYears = new TreeSet<>();
        for (Source s : taxonomy.sources()) {
            if (s.year() != null) {
                sourceYears.add(s.year());
            }
        }
        this.milestones = List.copyOf(sourceYears);
        TreeSet<Integer> all = new TreeSet<>(sourceYears);
        taxonomy.concepts().stream().map(Concept::since).filter(y -> y != null).forEach(all::add);
        taxonomy.relations().stream().map(Relation::since).filter(y -> y != null).forEach(all::add);
        // With no year anywhere the slider has a single position, this year: everything is timeless.
        int now = java.time.Year.now().getValue();
        this.firstYear = all.isEmpty() ? now : all.first();
        this.lastYear = all.isEmpty() ? now : all.last();
    }

    /** The year the concept enters the literature, or {@code null} when it is timeless (or unknown). */
    public Integer yearOf(String conceptId) {
        return conceptYears.get(conceptId);
    }

    /** The year the relation at this index of {@link Taxonomy#relations()} appears, or {@code null} when timeless. */
    public Integer yearOfRelation(int relationIndex) {
        return relationIndex >= 0 && relationIndex < relationYears.size() ? relationYears.get(relationIndex) : null;
    }

    /** Whether the concept is there in {@code year} (timeless concepts always are). */
    public boolean isVisibleIn(String conceptId, int year) {
        Integer y = yearOf(conceptId);
        return y == null || y <= year;
    }

    /** The earliest year of any source, concept or relation; this year when the taxonomy has none. */
    public int firstYear() {
        return firstYear;
    }

    /** The latest year of any source, concept or relation; this year when the taxonomy has none. */
    public int lastYear() {
        return lastYear;
    }

    /** Whether anything in the taxonomy has a year at all (otherwise a timeline has nothing to show). */
    public boolean hasYears() {
        return !milestones.isEmpty() || conceptYears.values().stream().anyMatch(y -> y != null)
                || relationYears.stream().anyMatch(y -> y != null);
    }

    /** The distinct years of the sources, in order: where an animation of the timeline stops. */
    public List<Integer> milestones() {
        return milestones;
    }

    /**
     * A short label for a milestone: the short titles of the sources of that year, UN documents and
     * doctrine first, scholarship by author ("John Karlsrud"); at most three, then "+ N more"
     * ("+ N autres" in French). Empty when no source has that year.
     */
    public String milestoneLabel(int year, String lang) {
        List<Source> ofYear = taxonomy.sources().stream()
                .filter(s -> s.year() != null && s.year() == year)
                .sorted(Comparator.comparingInt(s -> rank(s.type())))
                .toList();
        List<String> names = new ArrayList<>();
        for (Source s : ofYear) {
            String name = shortName(s);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() <= MAX_TITLES_IN_LABEL) {
            return String.join("; ", names);
        }
        int more = names.size() - MAX_TITLES_IN_LABEL;
        String rest = isFrench(lang) ? "+ " + more + (more == 1 ? " autre" : " autres") : "+ " + more + " more";
        return String.join("; ", names.subList(0, MAX_TITLES_IN_LABEL)) + "; " + rest;
    }

    /** Scholarship is known by its authors, everything else (documents, doctrine, web pages) by its title. */
    static String shortName(Source s) {
        boolean scholarship = s.type() == SourceType.ARTICLE || s.type() == SourceType.BOOK;
        return scholarship && !s.creator().isBlank() ? s.creator() : shortTitle(s.title());
    }

    /**
     * A title short enough for a slider: the name in a closing parenthesis ("… (HIPPO)" → "HIPPO",
     * "… (AJP-3.4.1): GOV.UK publication page" → "AJP-3.4.1"), else the title, cut at its colon when long.
     */
    static String shortTitle(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip();
        Matcher m = NAME_IN_PARENTHESES.matcher(t);
        if (m.matches()) {
            return m.group(1).strip();
        }
        int colon = t.indexOf(": ");
        if (colon > 0) {
            String head = t.substring(0, colon);
            m = NAME_IN_PARENTHESES.matcher(head);
            if (m.matches()) {
                return m.group(1).strip();
            }
            if (t.length() > LONG_TITLE) {
                return head;
            }
        }
        return t;
    }

    private static int rank(SourceType type) {
        return switch (type) {
            case UN_DOCUMENT -> 0;
            case DOCTRINE -> 1;
            case REPORT -> 2;
            case BOOK -> 3;
            case ARTICLE -> 4;
            case OTHER -> 5;
        };
    }

    private static boolean isFrench(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr");
    }

    private Integer sourceYear(String sourceId) {
        return sourceId == null ? null : taxonomy.source(sourceId).map(Source::year).orElse(null);
    }

    // Written out: in a conditional expression Math.min's int would unbox a null operand.
    private static Integer earlier(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Integer.valueOf(Math.min(a, b));
    }

    private static Integer later(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Integer.valueOf(Math.max(a, b));
    }
}
