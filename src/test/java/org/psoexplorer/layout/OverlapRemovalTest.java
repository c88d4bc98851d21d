package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OverlapRemovalTest {

    @Test
    void separatesFiveThousandBoxesOnOnePoint() {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            boxes.put("b" + i, new NodeBox(0, 0, TestGraphs.width(i), TestGraphs.height(i)));
        }

        Map<String, NodeBox> result = OverlapRemoval.apply(boxes, 24);

        assertThat(overlapping(result, 24)).isZero();
        assertThat(result.keySet()).containsExactlyElementsOf(boxes.keySet());
        assertThat(OverlapRemoval.apply(boxes, 24)).isEqualTo(result);
    }

    @Test
    void separatesACrowdAndStaysCompact() {
        Random random = new Random(3);
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        double need = 0;
        for (int i = 0; i < 5000; i++) {
            double w = TestGraphs.width(i);
            double h = TestGraphs.height(i);
            need += (w + 10) * (h + 10);
            boxes.put("b" + i, new NodeBox(random.nextDouble() * 3000, random.nextDouble() * 2000, w, h));
        }

        Map<String, NodeBox> result = OverlapRemoval.apply(boxes, 10);

        assertThat(overlapping(result, 10)).isZero();
        Layout layout = Layout.normalized(result, java.util.List.of(), 0);
        assertThat(layout.bounds().width() * layout.bounds().height()).isLessThan(6 * need);
    }

    @Test
    void leavesACleanLayoutAlone() {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        boxes.put("a", new NodeBox(0, 0, 100, 30));
        boxes.put("b", new NodeBox(124, 0, 100, 30));
        boxes.put("c", new NodeBox(0, 54, 100, 30));

        assertThat(OverlapRemoval.apply(boxes, 24)).isEqualTo(boxes);
    }

    @Test
    void separatesBoxesAlongTheAxisOfLeastOverlap() {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        boxes.put("left", new NodeBox(0, 0, 100, 30));
        boxes.put("right", new NodeBox(90, 2, 100, 30));
        boxes.put("far", new NodeBox(3000, 2000, 100, 30));

        Map<String, NodeBox> result = OverlapRemoval.apply(boxes, 20);

        // Overlap is 30 in x and 48 in y: they move apart sideways, half each, y unchanged.
        assertThat(result.get("far")).isEqualTo(boxes.get("far"));
        assertThat(result.get("left").y()).isEqualTo(0);
        assertThat(result.get("right").y()).isEqualTo(2);
        assertThat(result.get("right").x() - result.get("left").x()).isBetween(120.0, 120.01);
        assertThat(result.get("left").x() + result.get("right").x()).isCloseTo(90, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void exactFallbackAlwaysEndsWithoutOverlap() {
        Random random = new Random(5);
        int n = 800;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(20) * 5;
            y[i] = random.nextInt(20) * 5;
            w[i] = TestGraphs.width(i);
            h[i] = TestGraphs.height(i);
        }

        OverlapRemoval.sweepRight(x, y, w, h, 24);

        assertThat(BoxIndex.anyOverlap(x, y, w, h, 24)).isFalse();
    }

    @Test
    void gridFindsTheSamePairsAsBruteForce() {
        Random random = new Random(7);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 2000;
            y[i] = random.nextDouble() * 1500;
            w[i] = i == 0 ? 900 : TestGraphs.width(i);
            h[i] = TestGraphs.height(i);
        }
        int expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (BoxIndex.overlaps(x, y, w, h, 24, i, j)) {
                    expected++;
                }
            }
        }

        assertThat(BoxIndex.overlappingPairs(x, y, w, h, 24)).hasSize(expected);
        assertThat(expected).isPositive();
    }

    private static int overlapping(Map<String, NodeBox> boxes, double gap) {
        return Layout.normalized(boxes, java.util.List.of(), 0).overlaps(gap).size();
    }
}
