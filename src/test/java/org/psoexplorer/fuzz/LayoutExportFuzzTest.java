package org.psoexplorer.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.psoexplorer.layout.LayoutKind;

/**
 * Fuzzes layout and export with generated taxonomies, each in a random layout; Graphviz's parser
 * reads the DOT of every input (laying it out too would take Graphviz a minute on the largest
 * inputs; {@link CorpusReplayTest} has {@code dot} draw the corpus). The build runs 40 tries of one
 * taxonomy each; {@code bench/fuzz} sets {@code -Dfuzz.exportBatch} for long runs.
 */
class LayoutExportFuzzTest {

    private static final Findings FINDINGS = new Findings("layout+export");
    /** Taxonomies per try: 1 in the build, raised by bench/fuzz. */
    static final int BATCH = Integer.getInteger("fuzz.exportBatch", 1);

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void everyValidTaxonomyIsLaidOutAndExportedInEveryFormat(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < BATCH; i++) {
            byte[] json = TaxonomyGenerator.generate(random).getBytes(StandardCharsets.UTF_8);
            LayoutKind layout = LayoutKind.values()[random.nextInt(LayoutKind.values().length)];
            FINDINGS.run(json, () -> ExportInvariants.graphvizParses(ExportInvariants.check(json, layout)));
        }
    }

    @AfterContainer
    static void figures() {
        FINDINGS.report();
    }
}
