package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Multilevel force-directed placement for large components (Walshaw 2000; Hu 2005, the method of
 * Graphviz's sfdp). The graph is coarsened by matching until about {@link #COARSEST} vertices are
 * left; that small graph is laid out from random positions, then each finer level starts from the
 * positions of its clusters and only needs a few cheap iterations to refine them.
 *
 * <p>Why: a single-level force layout needs many iterations for the global shape of a big graph to
 * emerge, since forces move vertices a short way per step; here the global shape is settled on a
 * graph of a few dozen vertices and the thousands of fine vertices only settle locally. With a
 * Barnes–Hut repulsion over arrays, this lays out 5,000 vertices in a fraction of the time
 * JGraphT's single-level Barnes–Hut FR takes.
 *
 * <p>Every random choice comes from the given {@link Random}, and every loop runs in a fixed order,
 * so the same input gives the same coordinates.
 */
final class MultilevelForce {

    /**
     * Coarsening stops at this size. The global shape is decided here, from random positions, and
     * a twist at this level (a corner of a grid folded over) survives to the end, since finer
     * levels only refine locally: at 60 vertices a 40 × 30 grid came out folded for two seeds in
     * eight, at 20 for none.
     */
    static final int COARSEST = 20;

    /**
     * Layouts of the coarsest graph tried from different random positions, the one of least
     * energy kept: another guard against a folded start, nearly free at this size.
     */
    private static final int COARSEST_ATTEMPTS = 4;

    /** A level that shrinks less than this stops the coarsening (no gain in going on). */
    private static final double MIN_SHRINK = 0.8;

    /** Iterations on the coarsest level, from random positions, per attempt. */
    private static final int COARSEST_ITERATIONS = 500;

    /**
     * Vertex-iterations spent on each finer level, so the small levels (where the shape is still
     * moving) get many iterations and the big ones (already placed) a few.
     */
    private static final int LEVEL_BUDGET = 60_000;

    /** The fewest iterations of any level, and the most. */
    private static final int MIN_ITERATIONS = 40;
    private static final int MAX_ITERATIONS = 300;

    /** Vertices whose nearest neighbour {@link #limitSparseness} measures. */
    private static final int NEAREST_SAMPLES = 256;

    private MultilevelForce() {
    }

    /**
     * Lays out one connected component; returns the box centres as {@code {x, y}}, in the order of
     * the vertices of {@code finest}, at the size that minimizes the energy for natural edge length
     * {@code k} (two vertices joined by an edge and alone settle k apart).
     */
    static double[][] layout(LevelGraph finest, double k, Random rng) {
        return layout(finest, k, rng, new SpringElectrical());
    }

    /** {@link #layout(LevelGraph, double, Random)} with the given force iterations (parallel or not). */
    static double[][] layout(LevelGraph finest, double k, Random rng, SpringElectrical forces) {
        List<LevelGraph> levels = new ArrayList<>();
        List<int[]> parents = new ArrayList<>();
        levels.add(finest);
        LevelGraph g = finest;
        while (g.n > COARSEST) {
            Coarsening c = Coarsening.of(g, rng);
            if (c.coarse().n > MIN_SHRINK * g.n) {
                break;
            }
            parents.add(c.parent());
            levels.add(c.coarse());
            g = c.coarse();
        }
        int top = levels.size() - 1;
        LevelGraph coarsest = levels.get(top);
        // A coarse vertex stands for many, so its natural length grows with √(weight): n × k² stays
        // constant, a first guess of each level's size. After each level's iterations the drawing
        // is scaled to the size its energy prefers, which steps of bounded length reach slowly.
        double kTop = k * Math.sqrt(coarsest.meanVertexWeight());
        double side = kTop * Math.sqrt(coarsest.n);
        double[] x = null;
        double[] y = null;
        double bestEnergy = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < COARSEST_ATTEMPTS; attempt++) {
            double[] ax = new double[coarsest.n];
            double[] ay = new double[coarsest.n];
            for (int i = 0; i < coarsest.n; i++) {
                ax[i] = rng.nextDouble() * side;
                ay[i] = rng.nextDouble() * side;
            }
            forces.run(coarsest, ax, ay, kTop, side / 5, COARSEST_ITERATIONS);
            SpringElectrical.rescale(coarsest, ax, ay, kTop);
            double energy = SpringElectrical.energy(coarsest, ax, ay, kTop);
            if (x == null || energy < bestEnergy) {
                bestEnergy = energy;
                x = ax;
                y = ay;
            }
        }
        for (int level = top - 1; level >= 0; level--) {
            LevelGraph fine = levels.get(level);
            int[] parent = parents.get(level);
            double kLevel = k * Math.sqrt(fine.meanVertexWeight());
            double[] fx = new double[fine.n];
            double[] fy = new double[fine.n];
            for (int v = 0; v < fine.n; v++) {
                // Members of a cluster start around its position, a little apart, so repulsion has
                // a direction to separate them in.
                double angle = rng.nextDouble() * 2 * Math.PI;
                double r = 0.1 * kLevel * rng.nextDouble();
                fx[v] = x[parent[v]] + r * StrictMath.cos(angle);
                fy[v] = y[parent[v]] + r * StrictMath.sin(angle);
            }
            x = fx;
            y = fy;
            int iterations = Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, LEVEL_BUDGET / fine.n));
            forces.run(fine, x, y, kLevel, kLevel, iterations);
            SpringElectrical.rescale(fine, x, y, kLevel);
        }
        return new double[][] {x, y};
    }

    /**
     * Shrinks the drawing about its centroid if the median distance from a vertex to its nearest
     * neighbour exceeds {@code limit}. Long-range repulsion makes sparse graphs spread without
     * end: at the energy's best size a path of 2,000 vertices has edges ten natural lengths long
     * and spans hundreds of thousands of pixels. A uniform scale keeps every crossing and angle;
     * dense graphs, whose nearest neighbours sit about one box apart, are left as they are.
     */
    static void limitSparseness(double[] x, double[] y, double limit) {
        int n = x.length;
        // The median over an evenly spread sample: exact enough, and O(n) per sampled vertex.
        int samples = Math.min(n, NEAREST_SAMPLES);
        double[] nearest = new double[samples];
        for (int s = 0; s < samples; s++) {
            int i = (int) ((long) s * n / samples);
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    best = Math.min(best, dx * dx + dy * dy);
                }
            }
            nearest[s] = Math.sqrt(best);
        }
        Arrays.sort(nearest);
        double median = nearest[samples / 2];
        if (median > limit) {
            Extent.scaleAboutCentroid(x, y, limit / median);
        }
    }
}
