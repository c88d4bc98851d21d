package org.psoexplorer.layout;

import java.util.Arrays;

/**
 * A Barnes–Hut quadtree over plain arrays, for the repulsion of the multilevel force layout: a
 * distant cell pushes as one body of its total weight at its centre of mass, so one pass over all
 * vertices costs O(n log n) instead of O(n²).
 *
 * <p>Rebuilt every iteration (vertices move); the arrays are reused between builds so an iteration
 * allocates nothing. Bodies at the same spot, or still together after {@link #MAX_DEPTH} splits,
 * share a leaf as a chain: splitting them would never end, which is the defect of JGraphT's
 * quadtree that {@link GuardedFr} works around.
 */
final class BarnesHut {

    private static final int MAX_DEPTH = 40;

    /**
     * A cell is far enough to stand for its bodies when its side is under θ times its distance.
     * Hu uses 1.2 in sfdp; the force only sets a direction of travel here, which tolerates it.
     */
    static final double THETA = 1.0;

    /**
     * Per node, {@link #STRIDE} doubles side by side, so that a visit reads adjacent memory rather
     * than six arrays: centre of mass x and y (weighted sums while building), total weight, side,
     * and the cell's centre x and y.
     */
    private static final int STRIDE = 6;
    private static final int MX = 0;
    private static final int MY = 1;
    private static final int MASS = 2;
    private static final int SIDE = 3;
    private static final int CX = 4;
    private static final int CY = 5;

    private int nodes;
    private double[] cell = new double[16 * STRIDE];
    /** Four children per node, -1 for none. */
    private int[] child = new int[64];
    /** First body of a leaf's chain, -1 for an inner node. */
    private int[] first = new int[16];
    private int[] next = new int[0];
    private int[] stack = new int[64];

    private double[] x;
    private double[] y;
    private double[] weight;

    /** Builds the tree over bodies at {@code x, y} with the given weights (kept by reference). */
    void build(double[] px, double[] py, double[] w) {
        x = px;
        y = py;
        weight = w;
        int n = px.length;
        if (next.length < n) {
            next = new int[n];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, px[i]);
            maxX = Math.max(maxX, px[i]);
            minY = Math.min(minY, py[i]);
            maxY = Math.max(maxY, py[i]);
        }
        double s = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * 1.001;
        nodes = 0;
        int root = newNode((minX + maxX) / 2, (minY + maxY) / 2, s);
        first[root] = -2; // an empty root: the first body becomes its chain
        for (int i = 0; i < n; i++) {
            insert(root, i);
        }
        for (int node = 0; node < nodes; node++) {
            int o = node * STRIDE;
            cell[o + MX] /= cell[o + MASS];
            cell[o + MY] /= cell[o + MASS];
        }
    }

    /**
     * Adds body {@code b} below {@code root}. Run for every body at every iteration, so the sums
     * and the choice of quadrant are written out here (the client compiler does not inline them),
     * with the same arithmetic as {@link #add} and {@link #quadrant}.
     */
    private void insert(int root, int b) {
        double px = x[b];
        double py = y[b];
        double wb = weight[b];
        double wx = wb * px;
        double wy = wb * py;
        double[] cell = this.cell;
        int node = root;
        int depth = 0;
        while (true) {
            int f = first[node];
            if (f == -2) {
                first[node] = b;
                next[b] = -1;
                add(node, b);
                return;
            }
            if (f >= 0) {
                if (depth >= MAX_DEPTH || x[f] == px && y[f] == py) {
                    next[b] = f;
                    first[node] = b;
                    add(node, b);
                    return;
                }
                // Split: the chain moves down whole (its bodies share a spot) with its sums.
                int q = quadrant(node, x[f], y[f]);
                int c = newChild(node, q);
                cell = this.cell; // newChild may have grown the arrays
                first[c] = f;
                System.arraycopy(cell, node * STRIDE, cell, c * STRIDE, 3);
                first[node] = -1;
            }
            int o = node * STRIDE;
            cell[o + MX] += wx;
            cell[o + MY] += wy;
            cell[o + MASS] += wb;
            int q = (px >= cell[o + CX] ? 1 : 0) + (py >= cell[o + CY] ? 2 : 0);
            int c = child[4 * node + q];
            if (c < 0) {
                c = newChild(node, q);
                first[c] = b;
                next[b] = -1;
                add(c, b);
                return;
            }
            node = c;
            depth++;
        }
    }

    /**
     * Adds to {@code fx[i], fy[i]} the repulsion on body {@code i} from all others: {@code k2 ×
     * w_i × w_j / d} each, pointing away. Coincident bodies get a push of {@code k2 / spread} apart
     * in a direction that depends on their indices, since no direction separates them.
     */
    void repulse(int i, double k2, double spread, double[] fx, double[] fy) {
        stack = repulse(i, k2, spread, fx, fy, stack);
    }

    /**
     * {@link #repulse} for bodies {@code from} to {@code to - 1}, with a stack of its own: threads
     * may share the tree (it is only read) and work on disjoint ranges of bodies. Each body's sum is
     * taken in the same order whichever thread takes it, so the result is the same to the last bit.
     */
    void repulseRange(int from, int to, double k2, double spread, double[] fx, double[] fy) {
        int[] own = new int[64];
        for (int i = from; i < to; i++) {
            own = repulse(i, k2, spread, fx, fy, own);
        }
    }

    /** Returns the stack, grown if it had to be. */
    private int[] repulse(int i, double k2, double spread, double[] fx, double[] fy, int[] work) {
        double xi = x[i];
        double yi = y[i];
        double ax = 0;
        double ay = 0;
        int top = 0;
        work[top++] = 0;
        while (top > 0) {
            int node = work[--top];
            int f = first[node];
            if (f >= 0) {
                for (int j = f; j >= 0; j = next[j]) {
                    if (j == i) {
                        continue;
                    }
                    double dx = xi - x[j];
                    double dy = yi - y[j];
                    double d2 = dx * dx + dy * dy;
                    if (d2 > 0) {
                        double s = weight[j] / d2;
                        ax += dx * s;
                        ay += dy * s;
                    } else {
                        double angle = (i - j) * 2.399963229728653; // golden angle
                        ax += weight[j] * StrictMath.cos(angle) / spread;
                        ay += weight[j] * StrictMath.sin(angle) / spread;
                    }
                }
                continue;
            }
            int o = node * STRIDE;
            double m = cell[o + MASS];
            double dx = xi - cell[o + MX];
            double dy = yi - cell[o + MY];
            double d2 = dx * dx + dy * dy;
            double side = cell[o + SIDE];
            boolean inside = Math.abs(xi - cell[o + CX]) <= side / 2 && Math.abs(yi - cell[o + CY]) <= side / 2;
            // A cell holding i itself is always opened, or i would push itself.
            if (!inside && side * side < THETA * THETA * d2) {
                double s = m / d2;
                ax += dx * s;
                ay += dy * s;
            } else {
                if (top + 4 > work.length) {
                    work = Arrays.copyOf(work, work.length * 2);
                }
                for (int q = 0; q < 4; q++) {
                    int c = child[4 * node + q];
                    if (c >= 0) {
                        work[top++] = c;
                    }
                }
            }
        }
        fx[i] += k2 * weight[i] * ax;
        fy[i] += k2 * weight[i] * ay;
        return work;
    }

    private void add(int node, int b) {
        int o = node * STRIDE;
        cell[o + MX] += weight[b] * x[b];
        cell[o + MY] += weight[b] * y[b];
        cell[o + MASS] += weight[b];
    }

    private int quadrant(int node, double px, double py) {
        int o = node * STRIDE;
        return (px >= cell[o + CX] ? 1 : 0) + (py >= cell[o + CY] ? 2 : 0);
    }

    private int newChild(int parent, int q) {
        int o = parent * STRIDE;
        double quarter = cell[o + SIDE] / 4;
        int c = newNode(cell[o + CX] + ((q & 1) != 0 ? quarter : -quarter),
                cell[o + CY] + ((q & 2) != 0 ? quarter : -quarter), cell[o + SIDE] / 2);
        child[4 * parent + q] = c;
        return c;
    }

    private int newNode(double cx, double cy, double s) {
        if (nodes == first.length) {
            int capacity = nodes * 2;
            cell = Arrays.copyOf(cell, capacity * STRIDE);
            first = Arrays.copyOf(first, capacity);
            child = Arrays.copyOf(child, capacity * 4);
        }
        int node = nodes++;
        int o = node * STRIDE;
        cell[o + MX] = 0;
        cell[o + MY] = 0;
        cell[o + MASS] = 0;
        cell[o + SIDE] = s;
        cell[o + CX] = cx;
        cell[o + CY] = cy;
        first[node] = -1;
        int k = 4 * node;
        child[k] = -1;
        child[k + 1] = -1;
        child[k + 2] = -1;
        child[k + 3] = -1;
        return node;
    }
}
