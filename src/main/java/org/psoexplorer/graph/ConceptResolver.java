package org.psoexplorer.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoexplorer.io.Suggestions;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;

/**
 * Finds the concept a user means from what they typed: an id ("conflict-prevention") or a label or
 * alternative label in any language ("Conflict prevention", "Prévention des conflits", "PSO").
 * Matching ignores case, accents and punctuation, so "conflict prevention" finds the id
 * "conflict-prevention" and "operation de paix" finds "Opération de paix". On a miss it suggests
 * the nearest concepts.
 */
public final class ConceptResolver {

    private static final int MAX_SUGGESTIONS = 5;
    /** Below this, a typed fragment matches too much to be a useful suggestion. */
    private static final int MIN_FRAGMENT = 3;

    private final Taxonomy taxonomy;
    /** Normalized key → concept ids, one map per tier: ids, labels, alternative labels. */
    private final List<Map<String, Set<String>>> tiers = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
            new LinkedHashMap<>());

    public ConceptResolver(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (Concept c : taxonomy.concepts()) {
            put(0, c.id(), c.id());
            for (String label : c.label().values().values()) {
                put(1, label, c.id());
            }
            for (LocalizedText alt : c.altLabels()) {
                for (String label : alt.values().values()) {
                    put(2, label, c.id());
                }
            }
        }
    }

    private void put(int tier, String text, String id) {
        String key = normalize(text);
        if (!key.isEmpty()) {
            tiers.get(tier).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    /** What the user typed, resolved. */
    public Resolution resolve(String typed) {
        String query = typed == null ? "" : typed.strip();
        if (taxonomy.concept(query).isPresent()) {
            return new Resolution(query, Resolution.Status.FOUND, query, List.of());
        }
        String key = normalize(query);
        // Ids first, then labels, then alternative labels: "PSO" as one concept's label beats it as
        // another's abbreviation.
        for (Map<String, Set<String>> tier : tiers) {
            Set<String> ids = tier.get(key);
            if (ids != null) {
                List<String> ordered = inFileOrder(ids);
                return ordered.size() == 1
                        ? new Resolution(query, Resolution.Status.FOUND, ordered.get(0), List.of())
                        : new Resolution(query, Resolution.Status.AMBIGUOUS, null, ordered);
            }
        }
        return new Resolution(query, Resolution.Status.UNKNOWN, null, suggestions(key));
    }

    /** The near misses: a typo away first, then concepts whose id or label contains what was typed. */
    private List<String> suggestions(String key) {
        Set<String> ids = new LinkedHashSet<>();
        if (!key.isEmpty()) {
            Map<String, Set<String>> all = new LinkedHashMap<>();
            tiers.forEach(t -> t.forEach((k, v) -> all.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v)));
            Suggestions.closest(key, all.keySet()).ifPresent(k -> ids.addAll(inFileOrder(all.get(k))));
            if (key.length() >= MIN_FRAGMENT) {
                List<String> containing = new ArrayList<>();
                all.forEach((k, v) -> {
                    if (k.contains(key)) {
                        containing.addAll(v);
                    }
                });
                ids.addAll(inFileOrder(containing));
            }
        }
        return ids.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private List<String> inFileOrder(java.util.Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return taxonomy.concepts().stream().map(Concept::id).filter(wanted::contains).toList();
    }

    /** Lower case, without accents, with every run of punctuation or spaces as one space. */
    static String normalize(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The outcome of resolving what a user typed.
     *
     * @param typed      what the user typed, trimmed
     * @param id         the concept found, or {@code null} unless {@link Status#FOUND}
     * @param candidates for {@link Status#AMBIGUOUS} the concepts it could mean; for
     *                   {@link Status#UNKNOWN} the suggestions ("did you mean"), nearest first,
     *                   possibly none
     */
    public record Resolution(String typed, Status status, String id, List<String> candidates) {

        public enum Status { FOUND, AMBIGUOUS, UNKNOWN }

        public Resolution {
            candidates = List.copyOf(candidates);
        }

        public boolean found() {
            return status == Status.FOUND;
        }

        public Optional<String> concept() {
            return Optional.ofNullable(id);
        }

        /** The best suggestion for an unknown concept. */
        public Optional<String> suggestion() {
            return status == Status.UNKNOWN && !candidates.isEmpty() ? Optional.of(candidates.get(0)) : Optional.empty();
        }
    }
}
