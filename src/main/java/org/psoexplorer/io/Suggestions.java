package org.psoexplorer.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** Candidates prepared once for many queries. */
    public static final class Index {

        private final TreeMap<Integer, List<String[]>> byLength = new TreeMap<>();

        public Index(Collection<String> candidates) {
            for (String c : candidates) {
                if (c != null && c.length() <= MAX_COMPARED_LENGTH) {
                    byLength.computeIfAbsent(c.length(), n -> new ArrayList<>())
                            .add(new String[] {c, c.toLowerCase(Locale.ROOT)});
                }
            }
        }

        /** The closest candidate within a distance that still looks like a typo, if any. */
        public Optional<String> closest(String wrong) {
            if (wrong == null || wrong.length() > MAX_COMPARED_LENGTH) {
                return Optional.empty();
            }
            String lower = wrong.toLowerCase(Locale.ROOT);
            int allowed = Math.max(2, wrong.length() / 3);
            String best = null;
            int bestDistance = allowed;
            for (List<String[]> bucket : byLength.subMap(wrong.length() - allowed, true,
                    wrong.length() + allowed, true).values()) {
                for (String[] c : bucket) {
                    if (Math.abs(c[1].length() - lower.length()) > bestDistance) {
                        continue;
                    }
                    int d = distance(lower, c[1], bestDistance);
                    if (d < bestDistance || (d == bestDistance && d <= allowed
                            && (best == null || c[0].compareTo(best) < 0))) {
                        best = c[0];
                        bestDistance = d;
                    }
                }
            }
            return Optional.ofNullable(best);
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
