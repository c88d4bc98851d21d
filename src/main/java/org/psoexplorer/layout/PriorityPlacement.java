package org.psoexplorer.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Horizontal coordinates for an ordered proper layered graph, by the priority method (Sugiyama,
 * Tagawa and Toda): sweeps down then up, twice, each moving every vertex of a layer towards the
 * middle of its neighbours in the layer just placed, without changing the order and keeping
 * neighbours at least their separation apart. Vertices are handled by priority: dummy vertices
 * first (long edges stay straight), then the most connected. A vertex may push lower-priority
 * vertices aside but never one already placed. The last sweep goes up, so parents end centred
 * over their children wherever the room allows.
 */
final class PriorityPlacement {

    /**
     * How far apart two neighbours of a layer must be.
     *
     * @param width    box width per node (0 for dummies)
     * @param dummy    whether a node is a dummy (a bend of a long edge)
     * @param gap      separation between real boxes; half of it where a dummy is involved
     * @param nameRoom for two real nodes joined by a named edge ({@link #pair}), the least gap
     *                 between their boxes that leaves room for the name on the line between them
     */
    record Spacing(double[] width, boolean[] dummy, double gap, Map<Long, Double> nameRoom) {

        /** The least distance between the centres of {@code a} and {@code b}, placed side by side. */
        double between(int a, int b) {
            double boxes = (width[a] + width[b]) / 2;
            double least = boxes + (dummy[a] || dummy[b] ? gap / 2 : gap);
            Double room = nameRoom.isEmpty() ? null : nameRoom.get(pair(a, b));
            return room == null ? least : Math.max(least, boxes + room);
        }

        /** The key of an unordered pair of nodes in {@link #nameRoom}. */
        static long pair(int a, int b) {
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }
    }

    private static final int DUMMY_PRIORITY = Integer.MAX_VALUE;

    private PriorityPlacement() {
    }

    /** @return x of each node's centre */
    static double[] place(int[][] layers, int[][] up, int[][] down, Spacing spacing) {
        double[] x = new double[spacing.width().length];
        for (int[] layer : layers) {
            double cursor = 0;
            for (int i = 0; i < layer.length; i++) {
                if (i > 0) {
                    cursor += spacing.between(layer[i - 1], layer[i]);
                }
                x[layer[i]] = cursor;
            }
            // Centre every layer on 0 so the first sweeps start from a balanced picture.
            double shift = layer.length == 0 ? 0 : -cursor / 2;
            for (int v : layer) {
                x[v] += shift;
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int l = 1; l < layers.length; l++) {
                placeLayer(layers[l], up, x, spacing);
            }
            for (int l = layers.length - 2; l >= 0; l--) {
                placeLayer(layers[l], down, x, spacing);
            }
        }
        return x;
    }

    private static void placeLayer(int[] layer, int[][] neighbours, double[] x, Spacing spacing) {
        int k = layer.length;
        double[] desired = new double[k];
        int[] priority = new int[k];
        double[] prefix = new double[k];
        for (int i = 0; i < k; i++) {
            int v = layer[i];
            int[] nb = neighbours[v];
            if (nb.length == 0) {
                desired[i] = x[v];
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int u : nb) {
                    min = Math.min(min, x[u]);
                    max = Math.max(max, x[u]);
                }
                desired[i] = (min + max) / 2;
            }
            priority[i] = spacing.dummy()[v] ? DUMMY_PRIORITY : nb.length;
            if (i > 0) {
                prefix[i] = prefix[i - 1] + spacing.between(layer[i - 1], v);
            }
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -priority[i]).thenComparingInt(i -> i));
        TreeSet<Integer> placed = new TreeSet<>();
        for (int i : order) {
            moveTowards(layer, i, desired[i], x, prefix, placed, spacing);
            placed.add(i);
        }
    }

    private static void moveTowards(int[] layer, int i, double target, double[] x, double[] prefix,
                                    TreeSet<Integer> placed, Spacing spacing) {
        double current = x[layer[i]];
        if (target > current) {
            Integer right = placed.higher(i);
            double limit = right == null ? Double.POSITIVE_INFINITY : x[layer[right]] - (prefix[right] - prefix[i]);
            double t = Math.min(target, limit);
            if (t <= current) {
                return;
            }
            x[layer[i]] = t;
            for (int j = i + 1; j < layer.length; j++) {
                double need = x[layer[j - 1]] + spacing.between(layer[j - 1], layer[j]);
                if (x[layer[j]] >= need) {
                    break;
                }
                x[layer[j]] = need;
            }
        } else if (target < current) {
            Integer left = placed.lower(i);
            double limit = left == null ? Double.NEGATIVE_INFINITY : x[layer[left]] + (prefix[i] - prefix[left]);
            double t = Math.max(target, limit);
            if (t >= current) {
                return;
            }
            x[layer[i]] = t;
            for (int j = i - 1; j >= 0; j--) {
                double need = x[layer[j + 1]] - spacing.between(layer[j], layer[j + 1]);
                if (x[layer[j]] <= need) {
                    break;
                }
                x[layer[j]] = need;
            }
        }
    }
}
