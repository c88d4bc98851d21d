package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the window shows concepts' names: on their concept, else beside it, never on another concept. */
class LabelPlacerTest {

    private static final double[] VIEW = {0, 0, 800, 600};

    @Test
    void aNameMovedOffItsConceptDoesNotLandOnAnotherConcept() {
        // Zoomed in: "left" lies just outside the view, its name too wide to sit on it there; "right"
        // is in view, its box where the name of "left" would go beside it.
        LabelPlacer.Candidate left = new LabelPlacer.Candidate("left", -40, 300, 120, 20, false, 20, 50);
        LabelPlacer.Candidate right = new LabelPlacer.Candidate("right", 80, 300, 100, 20, false, 20, 50);

        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(List.of(left, right), VIEW);

        assertThat(shown).as("the name of the concept in view, on it").containsEntry("right", new LabelPlacer.Placed(0, 0));
        LabelPlacer.Placed elsewhere = shown.get("left");
        if (elsewhere != null) {
            double x = left.x() + elsewhere.dx();
            double y = left.y() + elsewhere.dy();
            boolean onRight = Math.abs(x - right.x()) * 2 < left.width() + 2 * right.reachX()
                    && Math.abs(y - right.y()) * 2 < left.height() + 2 * right.reach();
            assertThat(onRight).as("the other name at %s, %s, over the concept in view", x, y).isFalse();
        }
    }

    @Test
    void onItsOwnConceptANameMayReachOverANeighbour() {
        // A name wider than its box, centred on it, as at the opening view: it stays there.
        LabelPlacer.Candidate a = new LabelPlacer.Candidate("a", 100, 100, 160, 20, false, 15, 40);
        LabelPlacer.Candidate b = new LabelPlacer.Candidate("b", 200, 100, 40, 20, false, 15, 30);

        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(List.of(a, b), VIEW);

        assertThat(shown).containsEntry("a", new LabelPlacer.Placed(0, 0));
    }
}
