package org.psoexplorer.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Did you mean ...?" for misspelt ids and keys.
 *
 * <p>Cost is what made this worth a class: a file can hold tens of thousands of unknown references
 * against tens of thousands of ids. An {@link Index} groups candidates by length, so a query only
 * looks at candidates whose length could be within the allowed distance, and the distance itself
 * stops as soon as it exceeds the best found so far. Texts longer than {@link #MAX_COMPARED_LENGTH}
 * are never compared: nobody mistypes a 10,000-character id, and comparing it would be quadratic.
 */
public final class Suggestions {

    /** Longest text compared; longer ones get no suggestion. */
    public static final int MAX_COMPARED_LENGTH = 100;

    private Suggestions() {
    }

    /** The closest candidate within a distance that still looks like a typo, if any. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        return new Index(candidates).closest(wrong);
    }

    /** The hint that names the closest candidate: "Did you mean "peacekeeping"?" */
    static Message didYouMean(String suggestion) {
        return Message.of("suggestion.didYouMean", suggestion);
    }

    /**
     * Candidates prepared once for many queries: grouped by length, each with a histogram of its
     * characters. Half the difference of two histograms is a lower bound on the edit distance (a
     * substitution changes two counts, an insertion or deletion one), which rules out almost every
     * candidate without computing a distance. A candidate equal to the query but for case and
     * separators ({@code _} for {@code -}) is looked up first, so the bound is tight from the start.
     */
    public static final class Index {

        private static final int BUCKETS = 38;
        private final TreeMap<Integer, List<Candidate>> byLength = new TreeMap<>();
        private final Map<String, Candidate> bySeparatorsIgnored = new HashMap<>();

        private record Candidate(String id, String lower, byte[] histogram) {
        }

        public Index(Collection<String> candidates) {
            for (String c : candidates) {
                if (c != null && c.length() <= MAX_COMPARED_LENGTH) {
                    String lower = c.toLowerCase(Locale.ROOT);
                    Candidate candidate = new Candidate(c, lower, histogram(lower));
                    byLength.computeIfAbsent(lower.length(), n -> new ArrayList<>()).add(candidate);
                    bySeparatorsIgnored.merge(separatorsIgnored(lower), candidate,
                            (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
                }
            }
        }

        /** The closest candidate within a distance that still looks like a typo, if any. */
        public Optional<String> closest(String wrong) {
            if (wrong == null || wrong.length() > MAX_COMPARED_LENGTH) {
                return Optional.empty();
            }
            String lower = wrong.toLowerCase(Locale.ROOT);
            byte[] histogram = histogram(lower);
            int allowed = Math.max(2, wrong.length() / 3);
            String best = null;
            int bestDistance = allowed;
            Candidate likely = bySeparatorsIgnored.get(separatorsIgnored(lower));
            if (likely != null) {
                int d = distance(lower, likely.lower(), allowed);
                if (d <= allowed) {
                    best = likely.id();
                    bestDistance = d;
                }
            }
            for (List<Candidate> bucket : byLength.subMap(lower.length() - allowed, true,
                    lower.length() + allowed, true).values()) {
                for (Candidate c : bucket) {
                    if (Math.abs(c.lower().length() - lower.length()) > bestDistance
                            || lowerBound(histogram, c.histogram()) > bestDistance) {
                        continue;
                    }
                    int d = distance(lower, c.lower(), bestDistance);
                    if (d < bestDistance || (d == bestDistance && (best == null || c.id().compareTo(best) < 0))) {
                        best = c.id();
                        bestDistance = d;
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        private static byte[] histogram(String lower) {
            byte[] h = new byte[BUCKETS];
            for (int i = 0; i < lower.length(); i++) {
                h[bucket(lower.charAt(i))]++;
            }
            return h;
        }

        private static int bucket(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            }
            if (c >= '0' && c <= '9') {
                return 26 + c - '0';
            }
            return c == '-' ? 36 : 37;
        }

        private static int lowerBound(byte[] a, byte[] b) {
            int l1 = 0;
            for (int i = 0; i < BUCKETS; i++) {
                l1 += Math.abs(a[i] - b[i]);
            }
            return (l1 + 1) / 2;
        }

        private static String separatorsIgnored(String lower) {
            return lower.replace('_', '-').replace(' ', '-').replace('.', '-');
        }
    }

    /** Levenshtein distance with the usual two-row table. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}
     * (every value in a row is a lower bound on the final distance).
     */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] curr = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            curr[0] = i;
            int rowMin = curr[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                curr[j] = Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, curr[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = curr;
            curr = t;
        }
        return prev[b.length()];
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
