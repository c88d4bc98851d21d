package org.psoexplorer.fuzz;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the loader with mutated seed files (see docs/decisions/0002-fuzzing-with-jqwik.md). In
 * {@code ./mvnw verify} the property runs {@code jqwik.tries.default} inputs (a few hundred, set in
 * src/test/resources/junit-platform.properties) and {@link CorpusReplayTest} replays every committed
 * input; {@code bench/fuzz} runs 100,000 and more.
 */
class LoaderFuzzTest {

    private static final Findings FINDINGS = new Findings("loader");
    private static final Mutator MUTATOR = new Mutator(Corpus.loaderSeeds());

    @Provide
    Arbitrary<byte[]> mutatedSeeds() {
        return Arbitraries.randomValue(random -> MUTATOR.mutate(new Random(random.nextLong())));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void theLoaderAnswersEveryInputWithItsOwnProblems(@ForAll("mutatedSeeds") byte[] input) {
        FINDINGS.run(input, () -> LoaderInvariants.check(input));
    }

    @AfterContainer
    static void figures() {
        FINDINGS.report();
    }
}
