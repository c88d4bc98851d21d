package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid finds exactly the pairs a comparison of every pair finds, and sees boxes move as it visits. */
class BoxIndexTest {

    @Test
    void findsTheSamePairsAsComparingEveryPair() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            int n = 50 + rnd.nextInt(400);
            double spread = 200 + rnd.nextInt(3000);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextDouble() * spread;
                y[i] = rnd.nextDouble() * spread / 3;
                w[i] = 20 + rnd.nextDouble() * 200;
                h[i] = 20 + rnd.nextDouble() * 40;
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (BoxIndex.overlaps(x, y, w, h, 12, i, j)) {
                        expected.add(i + "-" + j);
                    }
                }
            }

            List<String> found = BoxIndex.overlappingPairs(x, y, w, h, 12).stream().map(p -> p[0] + "-" + p[1]).toList();

            assertThat(found).as("seed %d", seed).isEqualTo(expected);
            assertThat(BoxIndex.anyOverlap(x, y, w, h, 12)).isEqualTo(!expected.isEmpty());
        }
    }

    @Test
    void anyOverlapFindsALonePairAmongTheLastBoxes() {
        double[] x = {0, 100, 200, 300, 400, 410};
        double[] y = {0, 0, 0, 0, 0, 0};
        double[] w = {20, 20, 20, 20, 20, 20};
        double[] h = {20, 20, 20, 20, 20, 20};

        assertThat(BoxIndex.anyOverlap(x, y, w, h, 2)).isTrue();
        x[5] = 500;
        assertThat(BoxIndex.anyOverlap(x, y, w, h, 2)).isFalse();
    }

    @Test
    void aBoxMovedByTheVisitorIsTestedWhereItNowIs() {
        double[] x = {0, 1, 2};
        double[] y = {0, 0, 0};
        double[] w = {10, 10, 10};
        double[] h = {10, 10, 10};
        List<String> visited = new ArrayList<>();

        BoxIndex.forEachOverlap(x, y, w, h, 0, (i, j) -> {
            visited.add(i + "-" + j);
            if (i == 0) {
                x[0] = -1000;
            }
        });

        assertThat(visited).containsExactly("0-1", "1-2");
    }
}
