package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The indexed "did you mean" answers exactly what comparing with every candidate would. */
class SuggestionsTest {

    @Property(tries = 300)
    void theIndexAgreesWithComparingEveryCandidate(
            @ForAll @StringLength(min = 1, max = 14) @CharRange(from = 'a', to = 'e') String wrong,
            @ForAll @Size(max = 40) Set<@StringLength(min = 1, max = 14) @CharRange(from = 'a', to = 'e') String> candidates) {
        assertThat(new Suggestions.Index(candidates).closest(wrong)).isEqualTo(bruteForce(wrong, candidates));
    }

    @Test
    void findsATypoAmongManyIds() {
        List<String> ids = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "concept-" + i).toList();

        assertThat(new Suggestions.Index(ids).closest("concept_4711")).contains("concept-4711");
        assertThat(Suggestions.closest("peace_keeping", List.of("peacekeeping", "peacebuilding"))).contains("peacekeeping");
    }

    @Test
    void idsLongerThanAnyoneTypesAreNotCompared() {
        String id = "x".repeat(Suggestions.MAX_COMPARED_LENGTH + 1);

        assertThat(Suggestions.closest(id + "y", List.of(id + "z"))).isEmpty();
    }

    private static Optional<String> bruteForce(String wrong, Set<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = Suggestions.distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
    }
}
