package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The pieces of the multilevel force layout, each against a direct computation. */
class MultilevelPartsTest {

    @Test
    void coarseningAtLeastHalvesAConnectedGraphAndKeepsItsWeights() {
        LayoutGraph graph = TestGraphs.grid(20, 10);
        LevelGraph fine = LevelGraph.of(graph, graph.components().get(0));

        Coarsening c = Coarsening.of(fine, new Random(1));
        LevelGraph coarse = c.coarse();

        assertThat(coarse.n).isLessThanOrEqualTo(fine.n / 2);
        int[] members = new int[coarse.n];
        for (int v = 0; v < fine.n; v++) {
            members[c.parent()[v]]++;
        }
        assertThat(Arrays.stream(members).min().orElseThrow()).isGreaterThanOrEqualTo(2);
        assertThat(Arrays.stream(coarse.vertexWeight).sum()).isEqualTo(fine.n);
        double internal = 0;
        for (int v = 0; v < fine.n; v++) {
            for (int e = fine.start[v]; e < fine.start[v + 1]; e++) {
                if (c.parent()[v] == c.parent()[fine.adj[e]]) {
                    internal += fine.edgeWeight[e];
                }
            }
        }
        assertThat(Arrays.stream(coarse.edgeWeight).sum())
                .isEqualTo(Arrays.stream(fine.edgeWeight).sum() - internal);
        for (int v = 0; v < coarse.n; v++) {
            for (int e = coarse.start[v]; e < coarse.start[v + 1]; e++) {
                int u = coarse.adj[e];
                assertThat(u).isNotEqualTo(v);
                assertThat(weightOf(coarse, u, v)).as("edge %d-%d both ways", v, u).isEqualTo(coarse.edgeWeight[e]);
            }
        }
    }

    @Test
    void coarseningCollapsesAStarAtOnce() {
        LayoutGraph.Builder b = LayoutGraph.builder().vertex("hub", 80, 30);
        for (int i = 0; i < 500; i++) {
            b.vertex("leaf" + i, 60, 30).edge("leaf" + i, "hub", true);
        }
        LayoutGraph star = b.build();

        Coarsening c = Coarsening.of(LevelGraph.of(star, star.components().get(0)), new Random(1));

        assertThat(c.coarse().n).isEqualTo(1);
        assertThat(c.coarse().vertexWeight[0]).isEqualTo(501);
    }

    @Test
    void barnesHutIsCloseToTheExactRepulsion() {
        Random random = new Random(2);
        int n = 800;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            // Clustered, as layouts are, not uniform.
            double cx = (i % 5) * 400;
            x[i] = cx + random.nextGaussian() * 60;
            y[i] = random.nextGaussian() * 60 + (i % 3) * 300;
            w[i] = 1 + random.nextInt(3);
        }
        BarnesHut tree = new BarnesHut();
        tree.build(x, y, w);
        double[] fx = new double[n];
        double[] fy = new double[n];
        double errorSum = 0;
        for (int i = 0; i < n; i++) {
            tree.repulse(i, 1, 1e-3, fx, fy);
            double ex = 0;
            double ey = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    double d2 = dx * dx + dy * dy;
                    ex += w[i] * w[j] * dx / d2;
                    ey += w[i] * w[j] * dy / d2;
                }
            }
            double error = Math.hypot(fx[i] - ex, fy[i] - ey) / Math.hypot(ex, ey);
            assertThat(error).as("relative error on %d", i).isLessThan(0.3);
            errorSum += error;
        }
        assertThat(errorSum / n).isLessThan(0.05);
    }

    @Test
    void barnesHutSeparatesCoincidentBodies() {
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        Arrays.fill(w, 1);
        // All but the last two on one spot: they must share a leaf, not split it for ever.
        x[n - 2] = 100;
        x[n - 1] = -50;
        y[n - 1] = 20;
        BarnesHut tree = new BarnesHut();
        tree.build(x, y, w);
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            tree.repulse(i, 1, 1e-3, fx, fy);
        }
        for (int i = 0; i < n; i++) {
            assertThat(Double.isFinite(fx[i]) && Double.isFinite(fy[i])).isTrue();
            assertThat(Math.hypot(fx[i], fy[i])).isPositive();
        }
        assertThat(Math.atan2(fy[0], fx[0])).isNotEqualTo(Math.atan2(fy[1], fx[1]));
    }

    @Test
    void rescaleFindsTheSizeOfLeastEnergy() {
        LayoutGraph graph = TestGraphs.tree(3, 3);
        LevelGraph g = LevelGraph.of(graph, graph.components().get(0));
        Random random = new Random(4);
        double[] x = new double[g.n];
        double[] y = new double[g.n];
        for (int i = 0; i < g.n; i++) {
            x[i] = random.nextDouble() * 50;
            y[i] = random.nextDouble() * 50;
        }
        double k = 100;

        SpringElectrical.rescale(g, x, y, k);

        double best = energy(g, x, y, k);
        for (double s : new double[] {0.9, 0.99, 1.01, 1.1}) {
            double[] sx = x.clone();
            double[] sy = y.clone();
            Extent.scaleAboutCentroid(sx, sy, s);
            assertThat(energy(g, sx, sy, k)).as("energy at scale %s", s).isGreaterThan(best);
        }
    }

    @Test
    void principalAxesLayATiltedCloudDown() {
        Random random = new Random(6);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double along = random.nextGaussian() * 1000;
            double across = random.nextGaussian() * 100;
            // A long cloud at 60 degrees.
            x[i] = 500 + along * 0.5 - across * 0.866;
            y[i] = 300 + along * 0.866 + across * 0.5;
        }

        PrincipalAxes.turnLandscape(x, y);

        assertThat(spread(x)).isGreaterThan(5 * spread(y));
    }

    private static double weightOf(LevelGraph g, int v, int u) {
        for (int e = g.start[v]; e < g.start[v + 1]; e++) {
            if (g.adj[e] == u) {
                return g.edgeWeight[e];
            }
        }
        return 0;
    }

    /** The energy {@link SpringElectrical#rescale} minimizes, for unit weights, computed pair by pair. */
    private static double energy(LevelGraph g, double[] x, double[] y, double k) {
        double e = 0;
        for (int i = 0; i < g.n; i++) {
            for (int j = i + 1; j < g.n; j++) {
                e -= k * k * Math.log(Math.hypot(x[i] - x[j], y[i] - y[j]));
            }
            for (int a = g.start[i]; a < g.start[i + 1]; a++) {
                if (g.adj[a] > i) {
                    double d = Math.hypot(x[i] - x[g.adj[a]], y[i] - y[g.adj[a]]);
                    e += d * d * d / (3 * k);
                }
            }
        }
        return e;
    }

    private static double spread(double[] values) {
        return Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
    }
}
