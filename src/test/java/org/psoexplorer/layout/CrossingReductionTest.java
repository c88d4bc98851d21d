package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossingReductionTest {

    /** Four layers of 30 nodes, each node linked to two random nodes of the layer below. */
    private static int[][][] randomLayered(int ids, long seed) {
        Random r = new Random(seed);
        int perLayer = 30;
        int[][] layers = new int[4][perLayer];
        List<List<Integer>> up = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int v = 0; v < ids; v++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int l = 0; l < 4; l++) {
            for (int i = 0; i < perLayer; i++) {
                layers[l][i] = l * perLayer + i;
            }
        }
        for (int l = 0; l < 3; l++) {
            for (int v : layers[l]) {
                for (int k = 0; k < 2; k++) {
                    int w = layers[l + 1][r.nextInt(perLayer)];
                    down.get(v).add(w);
                    up.get(w).add(v);
                }
            }
        }
        int[][] upArray = up.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        int[][] downArray = down.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new int[][][] {layers, upArray, downArray};
    }

    /**
     * A folded hierarchy keeps its leaves' ids but puts them in no layer: thousands of such ids
     * must not make the ordering give up the restarts and local search a graph of its layered size
     * gets (they did: a folded WordNet branch of 5,000 concepts, 179 nodes in layers, was ordered by
     * one sweep only, as if it had 5,071).
     */
    @Test
    void idsInNoLayerDoNotChangeTheOrdering() {
        int[][][] plain = randomLayered(120, 7);
        int[][][] padded = randomLayered(120 + 5000, 7);

        int[][] alone = CrossingReduction.reduce(plain[0], plain[1], plain[2]);
        int[][] amongFolded = CrossingReduction.reduce(padded[0], padded[1], padded[2]);

        assertThat(amongFolded).isDeepEqualTo(alone);
        assertThat(CrossingReduction.crossings(amongFolded, padded[2]))
                .isLessThan(CrossingReduction.crossings(plain[0], plain[2]));
    }
}
