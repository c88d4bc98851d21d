package org.psoexplorer.ui.main;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;

/**
 * Finds concepts by label, alternative label, id or definition, in every language, ignoring case and
 * accents ("consolidation" finds "Consolidation de la paix", "securite" finds "sécurité").
 * The label counts most: a label that starts with the query, or has a word that does, outranks any
 * alternative label, and those outrank definitions. Among equals the label the query covers most
 * closely wins ("maintien de la" finds Maintien de la paix before Maintien de la paix multidimensionnel).
 */
public final class SearchIndex {

    /** How a concept matched, best first: the rank of a hit. */
    public static final int EXACT = 0;
    public static final int LABEL_START = 1;
    public static final int LABEL_WORD = 2;
    public static final int ALT_START = 3;
    public static final int ALT_WORD = 4;
    public static final int INSIDE_A_WORD = 5;
    public static final int DEFINITION = 6;

    /** A match: the concept and what to show for it in the suggestion list. */
    public record Hit(String id, String display, int rank) {
        @Override
        public String toString() {
            return display;
        }
    }

    private record Entry(String id, String display, List<String> labels, List<String> altLabels,
                         String definitions) {
    }

    private record Scored(Hit hit, int extraWords) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Taxonomy t, String lang) {
        Map<String, Integer> sameLabel = new HashMap<>();
        for (Concept c : t.concepts()) {
            sameLabel.merge(normalize(t.text(c.label(), lang)), 1, Integer::sum);
        }
        for (Concept c : t.concepts()) {
            String label = t.text(c.label(), lang);
            List<String> alt = new ArrayList<>();
            c.altLabels().forEach(a -> alt.addAll(fold(a)));
            alt.add(normalize(c.id()));
            // Two concepts called "War" must not look alike in the list: say which is which.
            String display = sameLabel.get(normalize(label)) > 1
                    ? label + "  (" + t.kind(c.kind()).map(k -> t.text(k.label(), lang)).orElse(c.kind()) + ", "
                    + c.id() + ")"
                    : label;
            entries.add(new Entry(c.id(), display, fold(c.label()), alt, String.join(" ", fold(c.definition()))));
        }
    }

    /** Every concept as the suggestion list would show it. */
    public List<Hit> all() {
        return entries.stream().map(e -> new Hit(e.id(), e.display(), EXACT)).toList();
    }

    /**
     * The {@code n} longest suggestions, by characters: the widest one on screen is among them, so the
     * list is sized by measuring these instead of every concept (82,115 of them in a WordNet file).
     */
    public List<String> longest(int n) {
        return entries.stream().map(Entry::display).sorted(Comparator.comparingInt(String::length).reversed())
                .limit(n).toList();
    }

    public List<Hit> search(String query, int limit) {
        String q = normalize(query.strip());
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries) {
            Scored s = score(e, q);
            if (s != null) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> s.hit().rank()).thenComparingInt(Scored::extraWords)
                .thenComparing(s -> s.hit().display()));
        return scored.stream().limit(limit).map(Scored::hit).toList();
    }

    private static Scored score(Entry e, String q) {
        int best = Integer.MAX_VALUE;
        int extra = Integer.MAX_VALUE;
        for (String name : e.labels()) {
            int r = name.equals(q) ? EXACT : name.startsWith(q) ? LABEL_START : startsAWord(name, q) ? LABEL_WORD
                    : name.contains(q) ? INSIDE_A_WORD : Integer.MAX_VALUE;
            int w = words(name) - words(q);
            if (r < best || r == best && w < extra) {
                best = r;
                extra = w;
            }
        }
        for (String name : e.altLabels()) {
            int r = name.equals(q) ? EXACT : name.startsWith(q) ? ALT_START : startsAWord(name, q) ? ALT_WORD
                    : name.contains(q) ? INSIDE_A_WORD : Integer.MAX_VALUE;
            int w = words(name) - words(q);
            if (r < best || r == best && w < extra) {
                best = r;
                extra = w;
            }
        }
        if (best == Integer.MAX_VALUE && e.definitions().contains(q)) {
            best = DEFINITION;
            extra = 0;
        }
        return best == Integer.MAX_VALUE ? null : new Scored(new Hit(e.id(), e.display(), best), extra);
    }

    private static boolean startsAWord(String name, String q) {
        return name.contains(" " + q) || name.contains("-" + q) || name.contains("’" + q) || name.contains("'" + q);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("[\\s\\-]+").length;
    }

    private static List<String> fold(LocalizedText text) {
        return text.values().values().stream().map(SearchIndex::normalize).toList();
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
