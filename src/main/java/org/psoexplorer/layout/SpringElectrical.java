package org.psoexplorer.layout;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The force iterations of the multilevel layout, on one level: Fruchterman–Reingold forces
 * (attraction d²/k along each edge, repulsion k²/d between every pair, by Barnes–Hut) and Hu's
 * adaptive step ("Efficient and high quality force-directed graph drawing", 2005), as in sfdp.
 *
 * <p>Each vertex moves by the current step in the direction of its force, not by the force itself:
 * forces span orders of magnitude across a big graph, and a fixed displacement keeps both the
 * crowded core and the sparse fringe moving at a controlled pace. The step grows after a run of
 * iterations that lowered the energy and shrinks after any that did not, so the layout settles
 * fast where it is already good (as after interpolation from a coarser level) and keeps moving
 * where it is not.
 */
final class SpringElectrical {

    /** Step factor: shrink by it, grow by its inverse (Hu's t). */
    private static final double COOLING = 0.9;

    /** Iterations of falling energy after which the step grows again. */
    private static final int PROGRESS = 5;

    /** Stop when the step is under this fraction of k: nothing moves visibly any more. */
    private static final double TOLERANCE = 0.01;

    /** From this many vertices, the repulsion is shared among the cores: below, threads cost more than they save. */
    static final int PARALLEL_MIN = 1500;

    /** Ranges of vertices per iteration, a few per core so that an uneven range does not hold the others up. */
    private static final int RANGES = 16;

    private final BarnesHut tree = new BarnesHut();
    private final boolean parallel;

    /** Parallel on a machine with more than one core. */
    SpringElectrical() {
        this(Runtime.getRuntime().availableProcessors() > 1);
    }

    SpringElectrical(boolean parallel) {
        this.parallel = parallel;
    }

    /**
     * Moves the vertices of {@code g} in place for at most {@code maxIterations} iterations,
     * starting with a step of {@code initialStep}.
     *
     * @param k the natural edge length of this level
     */
    void run(LevelGraph g, double[] x, double[] y, double k, double initialStep, int maxIterations) {
        int n = g.n;
        double[] w = normalized(g.vertexWeight, g.meanVertexWeight());
        double edgeScale = 1 / g.meanEdgeWeight();
        double[] fx = new double[n];
        double[] fy = new double[n];
        double step = initialStep;
        double energy = Double.POSITIVE_INFINITY;
        int progress = 0;
        double k2 = k * k;
        for (int iteration = 0; iteration < maxIterations && step > TOLERANCE * k; iteration++) {
            Arrays.fill(fx, 0);
            Arrays.fill(fy, 0);
            tree.build(x, y, w);
            repulse(n, k2, 0.01 * k, fx, fy);
            for (int i = 0; i < n; i++) {
                for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                    int j = g.adj[e];
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    // d²/k along the unit vector (dx, dy)/d is (dx, dy) × d/k.
                    double s = g.edgeWeight[e] * edgeScale * Math.sqrt(dx * dx + dy * dy) / k;
                    fx[i] += dx * s;
                    fy[i] += dy * s;
                }
            }
            double newEnergy = 0;
            for (int i = 0; i < n; i++) {
                double f2 = fx[i] * fx[i] + fy[i] * fy[i];
                newEnergy += f2;
                if (f2 > 0) {
                    double s = step / Math.sqrt(f2);
                    x[i] += fx[i] * s;
                    y[i] += fy[i] * s;
                }
            }
            if (newEnergy < energy) {
                progress++;
                if (progress >= PROGRESS) {
                    progress = 0;
                    step /= COOLING;
                }
            } else {
                progress = 0;
                step *= COOLING;
            }
            energy = newEnergy;
        }
    }

    /**
     * Each vertex's repulsion depends only on the tree and its own position, and is summed by one
     * thread in a fixed order, so sharing the vertices among threads changes nothing in the result.
     */
    private void repulse(int n, double k2, double spread, double[] fx, double[] fy) {
        if (!parallel || n < PARALLEL_MIN) {
            for (int i = 0; i < n; i++) {
                tree.repulse(i, k2, spread, fx, fy);
            }
            return;
        }
        IntStream.range(0, RANGES).parallel()
                .forEach(r -> tree.repulseRange(n * r / RANGES, n * (r + 1) / RANGES, k2, spread, fx, fy));
    }

    /**
     * Scales the layout about its centroid to the size that minimizes the force model's energy,
     * Σ w_e d³/3k over edges − k² Σ w_i w_j ln d over pairs. Under a uniform scale s the second sum
     * only shifts by k² W ln s, so the best s has a closed form: s³ = k³ W / Σ w_e d³, with W the
     * sum of w_i w_j over pairs. Iterations move each vertex a bounded step, so a big level's
     * drawing is still growing when its budget of iterations runs out; this finishes the growth at
     * once, so the next level starts at the right size and the result depends less on the budget.
     */
    static void rescale(LevelGraph g, double[] x, double[] y, double k) {
        int n = g.n;
        double[] w = normalized(g.vertexWeight, g.meanVertexWeight());
        double edgeScale = 1 / g.meanEdgeWeight();
        double sum = 0;
        double sumSquares = 0;
        for (double wi : w) {
            sum += wi;
            sumSquares += wi * wi;
        }
        double pairs = (sum * sum - sumSquares) / 2;
        double cubes = 0;
        for (int i = 0; i < n; i++) {
            for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                int j = g.adj[e];
                if (j > i) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double d2 = dx * dx + dy * dy;
                    cubes += g.edgeWeight[e] * edgeScale * d2 * Math.sqrt(d2);
                }
            }
        }
        double factor = k * Math.cbrt(pairs / cubes);
        if (factor > 0 && Double.isFinite(factor)) {
            Extent.scaleAboutCentroid(x, y, factor);
        }
    }

    /** The energy {@link #rescale} minimizes, pair by pair: O(n²), for the coarsest level only. */
    static double energy(LevelGraph g, double[] x, double[] y, double k) {
        double[] w = normalized(g.vertexWeight, g.meanVertexWeight());
        double edgeScale = 1 / g.meanEdgeWeight();
        double e = 0;
        for (int i = 0; i < g.n; i++) {
            for (int j = i + 1; j < g.n; j++) {
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                e -= k * k * w[i] * w[j] * 0.5 * Math.log(dx * dx + dy * dy);
            }
            for (int a = g.start[i]; a < g.start[i + 1]; a++) {
                int j = g.adj[a];
                if (j > i) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double d2 = dx * dx + dy * dy;
                    e += g.edgeWeight[a] * edgeScale * d2 * Math.sqrt(d2) / (3 * k);
                }
            }
        }
        return e;
    }


    private static double[] normalized(double[] values, double mean) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] / mean;
        }
        return result;
    }
}
