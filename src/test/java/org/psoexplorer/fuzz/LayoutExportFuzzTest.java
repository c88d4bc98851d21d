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
 * Fuzzes layout and export with generated taxonomies, each in a random layout; Graphviz reads the
 * DOT of every {@link #DOT_EVERY}th input (it costs a process each). {@code bench/fuzz} runs it long.
 */
class LayoutExportFuzzTest {

    static final int DOT_EVERY = Integer.getInteger("fuzz.dotEvery", 5);
    private static final Findings FINDINGS = new Findings("layout+export");
    private static int count;

    @Provide
    Arbitrary<String> taxonomies() {
        return Arbitraries.randomValue(random -> TaxonomyGenerator.generate(new Random(random.nextLong())));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void everyValidTaxonomyIsLaidOutAndExportedInEveryFormat(@ForAll("taxonomies") String taxonomy,
                                                             @ForAll LayoutKind layout) {
        byte[] json = taxonomy.getBytes(StandardCharsets.UTF_8);
        boolean dot = count++ % DOT_EVERY == 0;
        FINDINGS.run(json, () -> {
            byte[] exported = ExportInvariants.check(json, layout);
            if (dot) {
                ExportInvariants.graphvizReads(exported);
            }
        });
    }

    @AfterContainer
    static void figures() {
        FINDINGS.report();
    }
}
