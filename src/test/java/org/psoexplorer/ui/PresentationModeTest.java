package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On a 1280×720 projector, presentation mode shows an overview nobody has to squint at. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private DisplayModel display;
    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1280, 720);
        vm = f.vm();
        window = f.window();
        display = f.display();
    }

    @Test
    void theOverviewFitsTheScreenWithNoLabelUnderFourteenPixels(FxRobot robot) {
        robot.interact(() -> display.presentationProperty().set(true));
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.isSidePanelShown()).isFalse();
        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.LAYERED);
        assertThat(window.graphView().conceptIds()).contains("pso", "peacekeeping", "peacebuilding")
                .hasSizeGreaterThanOrEqualTo(10);
        // Measured on the labels as drawn: they are sized for the screen apart from the graph's zoom.
        robot.interact(() -> window.graphView().finishAnimations());
        ScreenAssertions screen = ScreenAssertions.on(window, "presentation overview");
        assertThat(screen.smallestLabelPx()).as("smallest label on screen, in px").isGreaterThanOrEqualTo(14);
        screen.labelsLegible(14).fitted(0.8);
    }

    /**
     * A name enlarged for the back row gets a backing in its kind's colours; on its box's centre it
     * is the concept's face, so the box's own outline must not show around it as a second frame.
     */
    @Test
    void anEnlargedNameCoversItsBoxWhole(FxRobot robot) {
        presentAndSettle(robot);

        int checked = 0;
        for (NameOnBox n : namesOnTheirBoxes()) {
            javafx.geometry.Bounds face = n.pill().localToScene(n.pill().getBoundsInLocal());
            javafx.geometry.Bounds outline = n.shape().localToScene(n.shape().getBoundsInLocal());
            assertThat(face.contains(outline)).as("%s: the enlarged name's backing %s covers its box %s", n.id(),
                    ScreenAssertions.brief(face), ScreenAssertions.brief(outline)).isTrue();
            checked++;
        }
        assertThat(checked).as("concepts with an enlarged name on their box").isGreaterThanOrEqualTo(5);

        // A hexagon (the umbrella concept's shape) keeps its points either side; its top and bottom
        // edges, under the name's backing, are not a second frame above and below it.
        int hexagons = 0;
        for (javafx.scene.Node concept : window.graphView().lookupAll(".concept")) {
            javafx.scene.Node shape = concept.lookup(".concept-shape");
            String id = org.psoexplorer.ui.graph.Drawn.conceptOf(concept);
            javafx.scene.Node pill = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                    org.psoexplorer.ui.graph.Drawn.label(id)).lookup(".concept-label-pill");
            if (shape instanceof javafx.scene.shape.Polygon p && p.getPoints().size() == 12 && pill.isVisible()
                    && ScreenAssertions.shown(pill) && pill.getParent().getTranslateX() == 0
                    && pill.getParent().getTranslateY() == 0) {
                javafx.geometry.Bounds face = pill.localToScene(pill.getBoundsInLocal());
                javafx.geometry.Bounds outline = shape.localToScene(shape.getBoundsInLocal());
                assertThat(face.getMinY() <= outline.getMinY() && face.getMaxY() >= outline.getMaxY())
                        .as("%s: the name's backing %s over the hexagon's top and bottom %s", id,
                                ScreenAssertions.brief(face), ScreenAssertions.brief(outline)).isTrue();
                // Drawn only where it shows: its points either side of a narrower name.
                assertThat(shape.getOpacity() == 0).as("%s: hexagon %s hidden under the name %s", id,
                        ScreenAssertions.brief(outline), ScreenAssertions.brief(face)).isEqualTo(face.contains(outline));
                hexagons++;
            }
        }
        assertThat(hexagons).as("hexagons with their name on them, drawn").isGreaterThanOrEqualTo(1);
    }

    /**
     * A tour on a 1280 × 720 projector outside presentation mode: the side panel gives its room to the
     * graph (beside the caption the graph kept 490 px) and comes back when the tour ends.
     */
    @Test
    void aTourOutsidePresentationModeLendsTheSidePanelToTheGraph(FxRobot robot) {
        org.psoexplorer.model.Tour tour = vm.getTaxonomy().tours().get(1);
        assertThat(window.isSidePanelShown()).isTrue();

        robot.interact(() -> window.startTour(tour));
        robot.interact(() -> window.tours().go(1));
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());

        assertThat(window.isSidePanelShown()).as("side panel during the tour").isFalse();
        javafx.scene.Node caption = window.lookup("#tour-caption");
        double beside = caption.localToScene(caption.getLayoutBounds()).getMinX()
                - window.graphView().localToScene(window.graphView().getLayoutBounds()).getMinX();
        assertThat(beside).as("the graph's width beside the caption, px").isGreaterThan(700);
        ScreenAssertions.on(window, "a tour step on a projector").fitted(0.5).uncovered().noTruncatedText();

        robot.interact(() -> window.tours().stop());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isSidePanelShown()).as("side panel after the tour").isTrue();
    }

    @Test
    void leavingPresentationModeRestoresTheViewBefore(FxRobot robot) {
        robot.interact(() -> vm.setKindVisible("actor", false));
        ViewFilter before = vm.filterProperty().get();
        LayoutKind layout = vm.layoutKindProperty().get();

        robot.interact(() -> display.presentationProperty().set(true));
        robot.interact(() -> display.presentationProperty().set(false));

        assertThat(vm.filterProperty().get()).isEqualTo(before);
        assertThat(vm.layoutKindProperty().get()).isEqualTo(layout);
        assertThat(window.isSidePanelShown()).isTrue();
    }

    /**
     * Pointing at a concept dims the others, names and backings included. A box whose enlarged name
     * covers it is then not drawn at all: faint under a faint backing, its outline showed through as
     * a second frame inside the name ("Regional organizations", "African Union (AU)").
     */
    @Test
    void aDimmedConceptShowsOneFrameNotItsBoxThroughItsName(FxRobot robot) {
        presentAndSettle(robot);
        javafx.scene.Node peacekeeping = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                org.psoexplorer.ui.graph.Drawn.label("peacekeeping"));
        robot.moveTo(peacekeeping);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        int checked = 0;
        for (NameOnBox n : namesOnTheirBoxes()) {
            if (n.concept().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("dimmed"))) {
                assertThat(n.shape().getOpacity()).as("%s: its box under its dimmed name's backing", n.id()).isZero();
                checked++;
            }
        }
        assertThat(checked).as("dimmed concepts with their name on their box").isGreaterThanOrEqualTo(3);
        // And no concept vanishes: a box whose name is not shown is drawn.
        for (javafx.scene.Node concept : window.graphView().lookupAll(".concept")) {
            String id = org.psoexplorer.ui.graph.Drawn.conceptOf(concept);
            javafx.scene.Node box = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                    org.psoexplorer.ui.graph.Drawn.label(id));
            if (!ScreenAssertions.shown(box)) {
                assertThat(concept.lookup(".concept-shape").getOpacity()).as("%s, its name not shown", id).isEqualTo(1);
            }
        }
    }

    /**
     * Selected, a concept whose name is its face has its halo round that face: round its hidden box,
     * narrower than the name, the halo showed as a band above and below the name, with a tab at each end.
     */
    @Test
    void theSelectionsHaloGoesRoundTheNameThatIsTheConceptsFace(FxRobot robot) {
        presentAndSettle(robot);
        NameOnBox wide = namesOnTheirBoxes().stream().filter(n -> {
            javafx.geometry.Bounds face = n.pill().localToScene(n.pill().getBoundsInLocal());
            javafx.geometry.Bounds box = n.shape().localToScene(n.shape().getBoundsInLocal());
            return face.getWidth() > box.getWidth() + 20;
        }).findFirst().orElseThrow(() -> new AssertionError("no name wider than its box in presentation"));

        robot.interact(() -> vm.select(wide.id()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());

        javafx.scene.Node concept = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                org.psoexplorer.ui.graph.Drawn.concept(wide.id()));
        List<javafx.scene.Node> halos = concept.lookupAll(".concept-halo").stream().filter(javafx.scene.Node::isVisible).toList();
        assertThat(halos).as("%s: halos shown", wide.id()).hasSize(1);
        javafx.scene.shape.Shape halo = (javafx.scene.shape.Shape) halos.get(0);
        javafx.scene.Node pill = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                org.psoexplorer.ui.graph.Drawn.label(wide.id())).lookup(".concept-label-pill");
        javafx.geometry.Bounds face = pill.localToScene(pill.getBoundsInLocal());
        javafx.geometry.Bounds ring = halo.localToScene(halo.getBoundsInLocal());
        double thickness = halo.getStrokeWidth() * halo.getLocalToSceneTransform().getMxx();
        assertThat(thickness).as("halo thickness on screen, px").isGreaterThanOrEqualTo(4);
        // Round the name: as wide and as tall as it, and no more than its own thickness beyond it.
        assertThat(ring.contains(face)).as("%s: halo %s round the name %s", wide.id(), ScreenAssertions.brief(ring),
                ScreenAssertions.brief(face)).isTrue();
        assertThat(ring.getHeight() - face.getHeight()).as("%s: halo beyond the name, px", wide.id())
                .isLessThanOrEqualTo(2 * thickness + 2);
    }

    /**
     * Zoomed in on the wall, a name moved off its concept (which may lie just outside the view) must
     * not sit on another concept: "Preventive diplomacy" sat on the box of "Regional organizations",
     * whose own name was pushed below it.
     */
    @Test
    void zoomedInNoNameSitsOnAnotherConcept(FxRobot robot) {
        presentAndSettle(robot);
        robot.interact(() -> {
            var view = window.graphView();
            view.zoom(1.2, view.getWidth() / 2, view.getHeight() / 2);
            view.zoom(1.2, view.getWidth() / 2, view.getHeight() / 2);
            view.finishAnimations();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        int moved = 0;
        for (javafx.scene.Node box : window.graphView().lookupAll(".concept-label-box")) {
            javafx.scene.Node inner = box.lookup(".concept-label-pill").getParent();
            if (!ScreenAssertions.shown(box) || inner.getTranslateX() == 0 && inner.getTranslateY() == 0) {
                continue;
            }
            moved++;
            String id = (String) box.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.LABEL_OF);
            javafx.geometry.Bounds name = box.localToScene(box.getBoundsInLocal());
            for (javafx.scene.Node concept : window.graphView().lookupAll(".concept")) {
                String other = org.psoexplorer.ui.graph.Drawn.conceptOf(concept);
                javafx.scene.Node shape = concept.lookup(".concept-shape");
                if (other.equals(id) || !ScreenAssertions.shown(concept)) {
                    continue;
                }
                javafx.geometry.Bounds b = shape.localToScene(shape.getBoundsInLocal());
                assertThat(ScreenAssertions.overlapArea(name, b)).as("the name of %s %s over %s %s", id,
                        ScreenAssertions.brief(name), other, ScreenAssertions.brief(b)).isLessThanOrEqualTo(4);
            }
        }
        assertThat(moved).as("names beside their concepts, zoomed in").isGreaterThanOrEqualTo(1);
    }

    /**
     * On a projector a principle's name, enlarged but still inside its ellipse, has no backing: the
     * backing drew a rectangle inside the ellipse round the name, a second frame ("Consent of the
     * parties" in tour step 5, "Non-use of force…" with a rectangular halo inside its ring when
     * selected). A name wider than its ellipse keeps one.
     */
    @Test
    void anEnlargedNameInsideItsEllipseHasNoRectangleRoundIt(FxRobot robot) {
        presentTourStep(robot, "what-makes-pso-distinct", 4, null);

        assertThat(namesInsideTheirShapesWithoutABacking()).as("enlarged names inside their shapes in the step")
                .isGreaterThanOrEqualTo(1);
        robot.interact(() -> window.tours().stop());
    }

    /**
     * Blurred lines, step 4, on the projector: Impartiality's and Legitimacy's names sit well inside
     * their ellipses, yet each had a rectangle round it (the fit was reckoned with the backing's
     * padding, which is not drawn when the name fits).
     */
    @Test
    void namesWellInsideTheirEllipsesAndDiamondsHaveNoRectangleRoundThem(FxRobot robot) {
        presentTourStep(robot, "blurred-lines", 3, null);

        assertThat(namesInsideTheirShapesWithoutABacking()).as("enlarged names inside their shapes in the step")
                .isGreaterThanOrEqualTo(2);
        robot.interact(() -> window.tours().stop());
    }

    /**
     * Asserts that every enlarged name (18 px or more) on its ellipse's or diamond's centre and well
     * inside it has no backing, and its shape is drawn; returns how many there were.
     */
    private int namesInsideTheirShapesWithoutABacking() {
        int inside = 0;
        for (javafx.scene.Node concept : window.graphView().lookupAll(".concept")) {
            javafx.scene.Node shape = concept.lookup(".concept-shape");
            boolean ellipse = shape instanceof javafx.scene.shape.Ellipse;
            boolean diamond = shape instanceof javafx.scene.shape.Polygon p && p.getPoints().size() == 8;
            if (!ellipse && !diamond) {
                continue;
            }
            String id = org.psoexplorer.ui.graph.Drawn.conceptOf(concept);
            javafx.scene.Node box = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                    org.psoexplorer.ui.graph.Drawn.label(id));
            javafx.scene.Node text = box.lookup(".concept-label");
            javafx.scene.Node pill = box.lookup(".concept-label-pill");
            if (!ScreenAssertions.shown(box) || pill.getParent().getTranslateX() != 0 || pill.getParent().getTranslateY() != 0) {
                continue;
            }
            javafx.geometry.Bounds name = text.localToScene(text.getBoundsInLocal());
            javafx.geometry.Bounds outline = shape.localToScene(shape.getBoundsInLocal());
            double x = name.getWidth() / outline.getWidth();
            double y = name.getHeight() / outline.getHeight();
            boolean wellInside = ellipse ? x * x + y * y < 0.8 : x + y < 0.85;
            if (wellInside && ScreenAssertions.labelPx((javafx.scene.text.Text) text) >= 18) {
                assertThat(ScreenAssertions.shown(pill)).as("%s: a backing round the name %s inside its %s %s", id,
                        ScreenAssertions.brief(name), ellipse ? "ellipse" : "diamond", ScreenAssertions.brief(outline))
                        .isFalse();
                assertThat(shape.getOpacity()).as("%s: its shape drawn", id).isEqualTo(1);
                inside++;
            }
        }
        return inside;
    }

    /**
     * Selected on a projector, a principle whose enlarged name is wider than fits inside its ellipse
     * (its backing on the ellipse's centre, the ellipse drawn round it) has one accent frame, the
     * halo round the ellipse: the backing's selected outline drew a second one inside the ring. A
     * name that is its box's face keeps its outline.
     */
    @Test
    void aSelectedEllipseWithItsNameOnABackingHasOneFrame(FxRobot robot) {
        presentTourStep(robot, "what-makes-pso-distinct", 4, "non-use-of-force");

        javafx.scene.Node concept = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                org.psoexplorer.ui.graph.Drawn.concept("non-use-of-force"));
        javafx.scene.Node box = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                org.psoexplorer.ui.graph.Drawn.label("non-use-of-force"));
        javafx.scene.shape.Rectangle pill = (javafx.scene.shape.Rectangle) box.lookup(".concept-label-pill");
        assertThat(concept.lookup(".concept-shape")).isInstanceOf(javafx.scene.shape.Ellipse.class);
        assertThat(ScreenAssertions.shown(pill)).as("the name's backing, wider than fits in the ellipse").isTrue();
        assertThat(pill.getParent().getTranslateX() == 0 && pill.getParent().getTranslateY() == 0)
                .as("the name on the ellipse's centre").isTrue();
        List<javafx.scene.Node> halos = concept.lookupAll(".concept-halo").stream()
                .filter(ScreenAssertions::shown).toList();
        assertThat(halos).as("the halo round the ellipse").hasSize(1);
        assertThat(halos.get(0)).isInstanceOf(javafx.scene.shape.Ellipse.class);
        assertThat(pill.getStrokeWidth()).as("the backing's outline, in the drawing's units").isLessThanOrEqualTo(1);
        robot.interact(() -> window.tours().stop());

        // A name that is its box's face keeps the selected outline.
        presentAndSettle(robot);
        NameOnBox face = namesOnTheirBoxes().get(0);
        robot.interact(() -> vm.select(face.id()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.shape.Rectangle) face.pill()).getStrokeWidth()).as("%s: its name's outline", face.id())
                .isGreaterThan(2);
    }

    /** A concept whose enlarged name sits on its box's centre, on a backing. */
    private record NameOnBox(String id, javafx.scene.Node concept, javafx.scene.Node shape, javafx.scene.Node pill) {
    }

    /** The concepts drawn as boxes, rounded (a Rectangle with arcs) or square (a four-cornered Polygon), whose name is on their centre. */
    private List<NameOnBox> namesOnTheirBoxes() {
        List<NameOnBox> found = new java.util.ArrayList<>();
        for (javafx.scene.Node concept : window.graphView().lookupAll(".concept")) {
            javafx.scene.Node shape = concept.lookup(".concept-shape");
            String id = org.psoexplorer.ui.graph.Drawn.conceptOf(concept);
            javafx.scene.Node box = org.psoexplorer.ui.graph.Drawn.in(window.graphView(),
                    org.psoexplorer.ui.graph.Drawn.label(id));
            javafx.scene.Node pill = box.lookup(".concept-label-pill");
            // A note (a document's box with a folded corner) is a box too.
            boolean isBox = shape instanceof javafx.scene.shape.Rectangle
                    || shape instanceof javafx.scene.shape.Polygon p && p.getPoints().size() == 8
                    || concept.lookup(".concept-fold") != null;
            if (isBox && ScreenAssertions.shown(box) && pill.isVisible()
                    && pill.getParent().getTranslateX() == 0 && pill.getParent().getTranslateY() == 0) {
                found.add(new NameOnBox(id, concept, shape, pill));
            }
        }
        return found;
    }

    /** Presentation mode on, a tour at step {@code step} (from 0), {@code selected} selected when not null, settled. */
    private void presentTourStep(FxRobot robot, String tourId, int step, String selected) {
        org.psoexplorer.model.Tour tour = vm.getTaxonomy().tours().stream()
                .filter(t -> t.id().equals(tourId)).findFirst().orElseThrow();
        robot.interact(() -> display.presentationProperty().set(true));
        robot.interact(() -> window.startTour(tour));
        robot.interact(() -> window.tours().go(step));
        if (selected != null) {
            robot.interact(() -> vm.select(selected));
        }
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
    }

    /** Presentation mode on, its new view drawn and settled. */
    private void presentAndSettle(FxRobot robot) {
        robot.interact(() -> display.presentationProperty().set(true));
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
    }
}
