package org.psoexplorer.ui.main;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;

/**
 * Finds concepts by label, alternative label or definition, in every language, ignoring case and
 * accents ("consolidation" finds "Consolidation de la paix", "securite" finds "sécurité").
 * Label matches rank before definition matches.
 */
public final class SearchIndex {

    /** A match: the concept and what to show for it in the suggestion list. */
    public record Hit(String id, String display, int rank) {
        @Override
        public String toString() {
            return display;
        }
    }

    private record Entry(String id, String label, List<String> names, String definitions) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Taxonomy t, String lang) {
        for (Concept c : t.concepts()) {
            List<String> names = new ArrayList<>(fold(c.label()));
            c.altLabels().forEach(a -> names.addAll(fold(a)));
            names.add(c.id());
            entries.add(new Entry(c.id(), t.text(c.label(), lang), names, String.join(" ", fold(c.definition()))));
        }
    }

    public List<Hit> search(String query, int limit) {
        String q = normalize(query.strip());
        if (q.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int rank = rank(e, q);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(e.id(), e.label(), rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Hit::display));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private static int rank(Entry e, String q) {
        int best = Integer.MAX_VALUE;
        for (String name : e.names()) {
            if (name.equals(q)) {
                return 0;
            }
            if (name.startsWith(q)) {
                best = Math.min(best, 1);
            } else if (name.contains(" " + q) || name.contains("-" + q)) {
                best = Math.min(best, 2);
            } else if (name.contains(q)) {
                best = Math.min(best, 3);
            }
        }
        if (best == Integer.MAX_VALUE && e.definitions().contains(q)) {
            best = 4;
        }
        return best;
    }

    private static List<String> fold(LocalizedText text) {
        return text.values().values().stream().map(SearchIndex::normalize).toList();
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
