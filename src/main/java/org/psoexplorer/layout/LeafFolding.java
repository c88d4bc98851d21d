package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a layered hierarchy is too wide for the screen and, if so, how to fold it: the
 * leaves of one parent (concepts with that single parent and no children) leave their layer and are
 * stacked in a compact block of columns under the parent, as in an organisation chart. A WordNet-like
 * hierarchy has most of its concepts as such leaves, so one long row becomes blocks a few rows deep
 * and the drawing comes back to about the screen's shape instead of a strip hundreds of times
 * wider than tall.
 *
 * <p>All blocks get the same number of rows, chosen by a binary search on an estimate of the
 * drawing's width (its widest layer) and height (its layers with their blocks), so that the
 * estimate comes closest to the target aspect ratio.
 */
final class LeafFolding {

    /** Fold only when the unfolded drawing would be this many times wider than the target shape. */
    static final double FOLD_FACTOR = 3;

    /** Leaves under the same parent: the block's members, in input order, and its grid. */
    record Block(int parent, int[] leaves, int rows, int columns) {
    }

    /** The blocks, and for every vertex the block it was folded into, or -1. */
    record Plan(List<Block> blocks, int[] blockOf) {
    }

    private LeafFolding() {
    }

    /**
     * @param layer  the layer of each vertex
     * @param upper  for each downward pair (after cycle breaking) its upper vertex
     * @param lower  its lower vertex
     * @return the plan, or {@code null} when the drawing is not too wide to be left as it is
     */
    static Plan plan(int[] layer, int[] upper, int[] lower, double[] width, double[] height, double spacing,
                     double layerGap, double targetAspect) {
        int n = layer.length;
        int[] ups = new int[n];
        int[] downs = new int[n];
        int[] parent = new int[n];
        for (int p = 0; p < upper.length; p++) {
            if (upper[p] == lower[p]) {
                ups[lower[p]] += 2; // a self-loop: never fold
                continue;
            }
            downs[upper[p]]++;
            ups[lower[p]]++;
            parent[lower[p]] = upper[p];
        }
        List<List<Integer>> leavesOf = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            leavesOf.add(null);
        }
        for (int v = 0; v < n; v++) {
            if (downs[v] == 0 && ups[v] == 1) {
                if (leavesOf.get(parent[v]) == null) {
                    leavesOf.set(parent[v], new ArrayList<>());
                }
                leavesOf.get(parent[v]).add(v);
            }
        }
        int depth = 0;
        for (int l : layer) {
            depth = Math.max(depth, l + 1);
        }
        Estimate estimate = new Estimate(layer, width, height, spacing, layerGap, depth, leavesOf);
        if (estimate.aspect(0) <= FOLD_FACTOR * targetAspect) {
            return null;
        }
        int most = 1;
        for (List<Integer> leaves : leavesOf) {
            if (leaves != null) {
                most = Math.max(most, leaves.size());
            }
        }
        // More rows, narrower and taller blocks: the estimate falls as rows grow.
        int lo = 1;
        int hi = most;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (estimate.aspect(mid) > targetAspect) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int rows = lo;
        if (rows > 1 && Math.abs(Math.log(estimate.aspect(rows - 1) / targetAspect))
                < Math.abs(Math.log(estimate.aspect(rows) / targetAspect))) {
            rows--;
        }
        List<Block> blocks = new ArrayList<>();
        int[] blockOf = new int[n];
        java.util.Arrays.fill(blockOf, -1);
        for (int p = 0; p < n; p++) {
            List<Integer> leaves = leavesOf.get(p);
            if (leaves == null || leaves.size() < 2) {
                continue;
            }
            int r = Math.min(rows, leaves.size());
            int c = (leaves.size() + r - 1) / r;
            for (int v : leaves) {
                blockOf[v] = blocks.size();
            }
            blocks.add(new Block(p, leaves.stream().mapToInt(Integer::intValue).toArray(), r, c));
        }
        return blocks.isEmpty() ? null : new Plan(blocks, blockOf);
    }

    /**
     * The blocks with {@code factor} times as many rows (at least one, at most one per leaf):
     * narrower and taller for a factor above 1.
     */
    static List<Block> reshape(List<Block> blocks, double factor) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            int leaves = b.leaves().length;
            int rows = (int) Math.max(1, Math.min(leaves, Math.round(b.rows() * factor)));
            if (rows == b.rows() && factor > 1 && rows < leaves) {
                rows++;
            } else if (rows == b.rows() && factor < 1 && rows > 1) {
                rows--;
            }
            out.add(new Block(b.parent(), b.leaves(), rows, (leaves + rows - 1) / rows));
        }
        return out;
    }

    /** Width of a block: a bus gap before each column, then the column of its widest leaf. */
    static double blockWidth(Block block, double[] width, double spacing) {
        return block.columns() * (innerGap(spacing) + leafWidth(block, width));
    }

    static double blockHeight(Block block, double[] height, double spacing) {
        return block.rows() * (leafHeight(block, height) + innerGap(spacing)) - innerGap(spacing);
    }

    /**
     * The gap between leaves of a block: a hair more than the spacing, so rounding never brings
     * two closer than it (the overlap pass would move them and their edges would lose their route).
     */
    static double innerGap(double spacing) {
        return spacing + 0.5;
    }

    static double leafWidth(Block block, double[] width) {
        double w = 0;
        for (int v : block.leaves()) {
            w = Math.max(w, width[v]);
        }
        return w;
    }

    static double leafHeight(Block block, double[] height) {
        double h = 0;
        for (int v : block.leaves()) {
            h = Math.max(h, height[v]);
        }
        return h;
    }

    /** The drawing's shape with blocks of a given number of rows (0: nothing folded). */
    private record Estimate(int[] layer, double[] width, double[] height, double spacing, double layerGap, int depth,
                            List<List<Integer>> leavesOf) {

        double aspect(int rows) {
            double[] layerWidth = new double[depth];
            double[] layerHeight = new double[depth];
            boolean[] folded = new boolean[layer.length];
            for (int p = 0; rows > 0 && p < layer.length; p++) {
                List<Integer> leaves = leavesOf.get(p);
                if (leaves == null || leaves.size() < 2) {
                    continue;
                }
                Block block = new Block(p, leaves.stream().mapToInt(Integer::intValue).toArray(),
                        Math.min(rows, leaves.size()), (leaves.size() + Math.min(rows, leaves.size()) - 1)
                        / Math.min(rows, leaves.size()));
                int l = Math.min(depth - 1, layer[p] + 1);
                layerWidth[l] += blockWidth(block, width, spacing) + spacing;
                layerHeight[l] = Math.max(layerHeight[l], blockHeight(block, height, spacing));
                for (int v : leaves) {
                    folded[v] = true;
                }
            }
            for (int v = 0; v < layer.length; v++) {
                if (!folded[v]) {
                    layerWidth[layer[v]] += width[v] + spacing;
                    layerHeight[layer[v]] = Math.max(layerHeight[layer[v]], height[v]);
                }
            }
            double w = 0;
            double h = 0;
            for (int l = 0; l < depth; l++) {
                w = Math.max(w, layerWidth[l]);
                h += layerHeight[l] + (l > 0 ? layerGap : 0);
            }
            return h <= 0 ? 0 : w / h;
        }
    }
}
