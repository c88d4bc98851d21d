package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A spread layout is brought together by one factor: same shape and order, boxes kept apart. */
class CompactionTest {

    private static Layout grid(double step) {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                nodes.put("n" + r + c, new NodeBox(c * step * 1.5, r * step, 100, 30));
            }
        }
        return Layout.normalized(nodes, List.of(new EdgeRoute("n00", "n11", false, List.of(new Point(step, step / 2)))), 24);
    }

    @Test
    void aSpreadGridComesBackAsCloseAsItsBoxesAllowKeepingItsShape() {
        Layout spread = grid(800);

        Layout together = Compaction.toBoxes(spread, 0, 24);

        assertThat(together).isNotNull();
        // Columns 1,200 apart, rows 800: the columns limit it, 100-wide boxes 12 apart.
        assertThat(together.node("n01").x() - together.node("n00").x()).isCloseTo(112, org.assertj.core.data.Offset.offset(0.01));
        double ratio = spread.bounds().width() / spread.bounds().height();
        assertThat(together.bounds().width() / together.bounds().height()).isLessThan(ratio * 1.3);
        assertThat(together.node("n00").width()).isEqualTo(100);
        assertThat(together.edges().get(0).bends()).hasSize(1);
    }

    @Test
    void aLayoutAlreadyCloseIsLeftAlone() {
        assertThat(Compaction.toBoxes(grid(60), 0, 24)).isNull();
    }

    @Test
    void noCloserThanTheFloor() {
        Layout together = Compaction.toBoxes(grid(800), 0.3, 24);
        assertThat(together.node("n01").x() - together.node("n00").x()).isCloseTo(1200 * 0.3, org.assertj.core.data.Offset.offset(0.01));
    }
}
