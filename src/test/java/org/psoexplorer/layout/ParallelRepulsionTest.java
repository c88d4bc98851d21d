package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The multilevel layout shares the Barnes–Hut repulsion among the cores; the drawing must stay the
 * same for the same seed, whatever the threads do: equal to the sequential one to the last bit, run
 * after run.
 */
class ParallelRepulsionTest {

    @Test
    void parallelRepulsionGivesTheSequentialLayoutToTheLastBit() {
        LayoutGraph grid = TestGraphs.grid(60, 50);
        LevelGraph g = LevelGraph.of(grid, grid.components().get(0));
        assertThat(g.n).isGreaterThanOrEqualTo(2 * SpringElectrical.PARALLEL_MIN);

        double[][] sequential = MultilevelForce.layout(g, 40, new Random(3), new SpringElectrical(false));
        double[][] parallel = MultilevelForce.layout(g, 40, new Random(3), new SpringElectrical(true));
        double[][] again = MultilevelForce.layout(g, 40, new Random(3), new SpringElectrical(true));

        assertThat(parallel[0]).containsExactly(sequential[0]);
        assertThat(parallel[1]).containsExactly(sequential[1]);
        assertThat(again[0]).containsExactly(parallel[0]);
        assertThat(again[1]).containsExactly(parallel[1]);
    }

    @Test
    void repulsionOverRangesEqualsRepulsionBodyByBody() {
        Random rnd = new Random(5);
        int n = 4000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian() * 300;
            y[i] = rnd.nextGaussian() * 200;
            w[i] = 1 + rnd.nextInt(3);
        }
        x[7] = x[8]; // coincident bodies take the golden-angle push
        y[7] = y[8];
        BarnesHut tree = new BarnesHut();
        tree.build(x, y, w);
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            tree.repulse(i, 2500, 0.5, fx, fy);
        }
        double[] rx = new double[n];
        double[] ry = new double[n];
        java.util.stream.IntStream.range(0, 7).parallel()
                .forEach(r -> tree.repulseRange(n * r / 7, n * (r + 1) / 7, 2500, 0.5, rx, ry));

        assertThat(rx).containsExactly(fx);
        assertThat(ry).containsExactly(fy);
    }
}
