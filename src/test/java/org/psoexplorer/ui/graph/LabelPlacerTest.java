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
        assertThat(covers(left, shown.get("left"), right)).as("the other name over the concept in view").isFalse();
    }

    @Test
    void aNameKeepsClearOfAPanelOverTheViewButNotOfTheBandAcrossFromIt() {
        // Zoomed in on a filtered view: the notice (300-500 × 0-40) floats at the top's middle. "beside"
        // is at the top too, left of the notice; "under" lies under it.
        double[] area = {0, 0, 800, 600, 300, 0, 500, 40};
        LabelPlacer.Candidate beside = new LabelPlacer.Candidate("beside", 120, 20, 100, 20, false, 20, 60);
        LabelPlacer.Candidate under = new LabelPlacer.Candidate("under", 400, 20, 100, 20, false, 20, 60);

        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(List.of(beside, under), area);

        // Before, names kept out of the whole band under the notice's height: "beside" went below its box.
        assertThat(shown).as("the name beside the notice, on its concept").containsEntry("beside", new LabelPlacer.Placed(0, 0));
        LabelPlacer.Placed moved = shown.get("under");
        assertThat(moved).as("the name under the notice, shown elsewhere").isNotNull();
        assertThat(under.y() + moved.dy() - under.height() / 2).as("its top, below the notice").isGreaterThanOrEqualTo(40);
    }

    @Test
    void aConceptCutByTheViewsEdgeKeepsItsNameOnThePartInView() {
        // Zoomed in: a wide box whose left third lies outside the view; its name, centred on the box,
        // would start 40 px left of the view.
        LabelPlacer.Candidate cut = new LabelPlacer.Candidate("cut", 60, 300, 200, 40, false, 40, 150);

        LabelPlacer.Placed p = LabelPlacer.placeAround(List.of(cut), VIEW).get("cut");

        assertThat(p).as("the name shown").isNotNull();
        assertThat(p.dy()).as("on the box's middle line, not above or below it").isZero();
        assertThat(cut.x() + p.dx() - cut.width() / 2).as("the name's left end: the view's").isEqualTo(0);
    }

    @Test
    void aNameSlidIntoViewStillMayNotCoverAnotherConcept() {
        LabelPlacer.Candidate cut = new LabelPlacer.Candidate("cut", 60, 300, 200, 40, false, 40, 150);
        // A small concept just right of where the slid name would end.
        LabelPlacer.Candidate other = new LabelPlacer.Candidate("other", 190, 300, 40, 20, false, 15, 10);

        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(List.of(other, cut), VIEW);

        assertThat(covers(cut, shown.get("cut"), other)).as("the slid name over the other concept").isFalse();
    }

    @Test
    void onItsOwnConceptANameMayReachOverANeighbour() {
        // A name wider than its box, centred on it, as at the opening view: it stays there.
        LabelPlacer.Candidate a = new LabelPlacer.Candidate("a", 100, 100, 160, 20, false, 15, 40);
        LabelPlacer.Candidate b = new LabelPlacer.Candidate("b", 200, 100, 40, 20, false, 15, 30);

        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(List.of(a, b), VIEW);

        assertThat(shown).containsEntry("a", new LabelPlacer.Placed(0, 0));
    }

    /** A core concept whose name has no room beside its box: other names all around it, drawn first. */
    private static final LabelPlacer.Candidate AROUND = new LabelPlacer.Candidate("names around", 400, 100, 800, 240, true);
    private static final LabelPlacer.Candidate OWN = new LabelPlacer.Candidate("own", 400, 100, 150, 30, false, 20, 50);

    /** Where the names go with {@code other} as well, the core concept's name insisting on a place. */
    private static Map<String, LabelPlacer.Placed> withAnotherConceptAt(LabelPlacer.Candidate other) {
        return LabelPlacer.placeAround(List.of(AROUND, OWN, other), VIEW, id -> id.equals("own"));
    }

    @Test
    void aNameSetFartherOutStaysNearerItsOwnConceptThanAnyOther() {
        // Another concept 180 px below: three lines down, the name would sit 20 px above that one's box
        // and 130 px below its own, reading as the other's name.
        LabelPlacer.Candidate next = new LabelPlacer.Candidate("next", 400, 320, 60, 20, false, 20, 50);

        Map<String, LabelPlacer.Placed> shown = withAnotherConceptAt(next);

        LabelPlacer.Placed p = shown.get("own");
        if (p != null) {
            double y = OWN.y() + p.dy();
            double toOwn = Math.max(0, Math.abs(y - OWN.y()) - (OWN.height() / 2 + OWN.reach()));
            double toNext = Math.max(0, Math.abs(y - next.y()) - (OWN.height() / 2 + next.reach()));
            assertThat(toOwn).as("the name %s px below its concept's box, %s above the next one's", toOwn, toNext)
                    .isLessThanOrEqualTo(toNext);
        }
        // Beside the next concept's box, where nothing else is, its own name still goes.
        assertThat(shown).containsKey("next");
    }

    @Test
    void aNameSetFartherOutNearerItsOwnConceptIsShown() {
        // The other concept far away: the name goes down to the first free place, stepping a text line
        // (the lowest name's height, 20 px, and the gap) at a time: just below the names around it (their
        // bottom at 220, the name's top at 232), not a whole name's height at a time (165).
        Map<String, LabelPlacer.Placed> shown = withAnotherConceptAt(
                new LabelPlacer.Candidate("far", 400, 560, 60, 20, false, 20, 50));

        assertThat(shown.get("own")).isEqualTo(new LabelPlacer.Placed(0, 147));
    }

    /** Whether the name of {@code named}, shown at {@code p} (null: not shown), covers the box of {@code concept}. */
    private static boolean covers(LabelPlacer.Candidate named, LabelPlacer.Placed p, LabelPlacer.Candidate concept) {
        if (p == null) {
            return false;
        }
        double x = named.x() + p.dx();
        double y = named.y() + p.dy();
        return Math.abs(x - concept.x()) * 2 < named.width() + 2 * concept.reachX()
                && Math.abs(y - concept.y()) * 2 < named.height() + 2 * concept.reach();
    }
}
