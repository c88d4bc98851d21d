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
 * Fuzzes the loader with mutated seed files (see docs/decisions/0003-fuzzing-with-jqwik.md). In
 * {@code ./mvnw verify} the property runs 250 tries of one input each, and {@link CorpusReplayTest}
 * replays every committed input; {@code bench/fuzz} sets {@code -Dfuzz.batch} so that each try checks
 * a batch of inputs, 100,000 and more in all.
 */
class LoaderFuzzTest {

    private static final Findings FINDINGS = new Findings("loader");
    private static final Mutator MUTATOR = new Mutator(Corpus.loaderSeeds());
    /** Inputs per try: 1 in the build, raised by bench/fuzz. */
    static final int BATCH = Integer.getInteger("fuzz.batch", 1);

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void theLoaderAnswersEveryInputWithItsOwnProblems(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] input = MUTATOR.mutate(random);
            FINDINGS.run(input, () -> LoaderInvariants.check(input));
        }
    }

    @AfterContainer
    static void figures() {
        FINDINGS.report();
    }
}
