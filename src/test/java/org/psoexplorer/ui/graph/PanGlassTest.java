package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Panning and wheel zoom move a picture of the view instead of redrawing hundreds of scene nodes a
 * frame: what the screen shows during the gesture is the view as it will be drawn, the picture
 * always covers the view, no concept's nodes are made or dropped while it moves, and the nodes come
 * back, placed for the new view, once the gesture pauses or at once when something else changes.
 */
@ExtendWith(ApplicationExtension.class)
class PanGlassTest {

    /** Longer than the robot takes between two moves, so its moves make one gesture as a hand's do. */
    private static final javafx.util.Duration PAUSE = javafx.util.Duration.seconds(2);

    private GraphView view;

    @Start
    void start(Stage stage) {
        view = GraphViewAtScaleTest.showGrid(stage, PAUSE);
    }

    private void zoomInOn(FxRobot robot, int c, int r) {
        robot.interact(() -> {
            view.zoom(1 / view.scale(), 0, 0);
            view.centreOn(GraphViewAtScaleTest.id(c, r));
            view.finishAnimations();
        });
    }

    private ImageView glass(FxRobot robot) {
        return robot.lookup(".pan-glass").queryAs(ImageView.class);
    }

    private Set<Node> conceptNodes(FxRobot robot) {
        return new HashSet<>(robot.lookup(".concept").queryAll());
    }

    private void pause() {
        WaitForAsyncUtils.sleep((long) PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The view as the screen shows it: the picture while it is up, else the scene nodes. */
    private WritableImage screen(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            view.layout();
            shot[0] = view.snapshot(new SnapshotParameters(), null);
        });
        return shot[0];
    }

    @Test
    void aDragMovesThePictureWhichAlwaysCoversTheViewAndNoNodesAreMadeMeanwhile(FxRobot robot) {
        zoomInOn(robot, 60, 12);
        Set<Node> before = conceptNodes(robot);
        Point2D from = view.localToScreen(view.getWidth() - 100, view.getHeight() / 2 + 45);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        int taken = view.picturesTaken();
        for (int step = 1; step <= 30; step++) {
            robot.moveTo(from.add(-20 * step, -4 * step));
            ImageView glass = glass(robot);
            assertThat(glass.isVisible()).as("the picture is up at step %s", step).isTrue();
            Bounds b = glass.getBoundsInParent();
            assertThat(b.getMinX()).as("picture's left edge at step %s", step).isLessThanOrEqualTo(0);
            assertThat(b.getMinY()).as("picture's top edge at step %s", step).isLessThanOrEqualTo(0);
            assertThat(b.getMaxX()).as("picture's right edge at step %s", step).isGreaterThanOrEqualTo(view.getWidth());
            assertThat(b.getMaxY()).as("picture's bottom edge at step %s", step).isGreaterThanOrEqualTo(view.getHeight());
        }
        Set<Node> during = conceptNodes(robot);
        robot.release(MouseButton.PRIMARY);

        int retakes = view.picturesTaken() - taken - 1;
        assertThat(retakes).as("pictures taken again over a 600-pixel drag (the margin is %s px)", PanGlass.MARGIN_PX)
                .isBetween(1, 3);
        assertThat(during).as("concept nodes while the picture moved: only those of the last retake")
                .hasSizeLessThan(before.size() * 3);
        pause();
        assertThat(glass(robot).isVisible()).as("picture after the pause").isFalse();
        assertThat(shown(view.lookup(".concept"))).as("scene nodes after the pause").isTrue();
        for (String id : view.conceptIds()) {
            Point2D p = view.screenPosition(id);
            if (p.getX() > 0 && p.getX() < view.getWidth() && p.getY() > 0 && p.getY() < view.getHeight()) {
                Node n = robot.lookup(Drawn.concept(id)).query();
                Bounds nb = view.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                assertThat(Math.abs(nb.getCenterX() - p.getX())).as("%s drawn where the pan put it", id).isLessThan(3);
                assertThat(Math.abs(nb.getCenterY() - p.getY())).as("%s drawn where the pan put it", id).isLessThan(3);
            }
        }
    }

    @Test
    void aConceptTheViewBringsUnderAStillPointerIsNotLitUntilThePointerMoves(FxRobot robot) {
        zoomInOn(robot, 30, 8);
        String first = GraphViewAtScaleTest.id(30, 8);
        Point2D pointer = view.screenPosition(first);
        robot.moveTo(view.localToScreen(pointer));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states(robot, first)).as("pointed at").contains(NodeView.HIGHLIGHTED);

        // The view moves under the pointer (as a wheel zoom or a fit does) and brings another concept there.
        String second = GraphViewAtScaleTest.id(60, 8);
        robot.interact(() -> view.centreOn(second));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertThat(view.screenPosition(second).distance(pointer)).as("the other concept under the pointer")
                .isLessThan(3);
        assertThat(conceptNodes(robot)).as("nothing lit or dimmed while the pointer rests")
                .allSatisfy(n -> assertThat(n.getPseudoClassStates())
                        .doesNotContain(NodeView.HIGHLIGHTED, NodeView.DIMMED));

        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states(robot, second)).as("pointed at once the pointer moves").contains(NodeView.HIGHLIGHTED);
    }

    private java.util.Set<javafx.css.PseudoClass> states(FxRobot robot, String id) {
        return robot.lookup(Drawn.concept(id)).query().getPseudoClassStates();
    }

    @Test
    void theMiddleButtonPansFromAConceptWhichStaysWhereItIsInTheDrawing(FxRobot robot) {
        zoomInOn(robot, 30, 8);
        String id = GraphViewAtScaleTest.id(30, 8);
        Node concept = robot.lookup(Drawn.concept(id)).query();
        double layoutX = concept.getLayoutX();
        double layoutY = concept.getLayoutY();
        Point2D before = view.screenPosition(id);
        Point2D from = view.localToScreen(before);
        robot.moveTo(from).press(MouseButton.MIDDLE);
        for (int step = 1; step <= 6; step++) {
            robot.moveTo(from.add(-20 * step, 10 * step));
        }
        robot.release(MouseButton.MIDDLE);
        pause();

        Point2D after = view.screenPosition(id);
        assertThat(after.getX() - before.getX()).as("the view moved with the pointer").isCloseTo(-120, org.assertj.core.data.Offset.offset(4.0));
        assertThat(after.getY() - before.getY()).as("the view moved with the pointer").isCloseTo(60, org.assertj.core.data.Offset.offset(4.0));
        Node now = robot.lookup(Drawn.concept(id)).query();
        assertThat(now.getLayoutX()).as("the concept was not dragged").isEqualTo(layoutX);
        assertThat(now.getLayoutY()).as("the concept was not dragged").isEqualTo(layoutY);
        Bounds shownAt = view.sceneToLocal(now.localToScene(now.getBoundsInLocal()));
        assertThat(shownAt.getCenterX()).as("drawn where the pan put it").isCloseTo(after.getX(), org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void thePictureShowsWhatTheNodesDrawOnceTheGesturePauses(FxRobot robot) {
        zoomInOn(robot, 30, 8);
        double txBefore = view.screenPosition(GraphViewAtScaleTest.id(30, 8)).getX();
        double tyBefore = view.screenPosition(GraphViewAtScaleTest.id(30, 8)).getY();
        List<Bounds> namesBefore = names(robot);
        Point2D from = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2 + 45);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int step = 1; step <= 6; step++) {
            robot.moveTo(from.add(-15 * step, -10 * step));
        }
        assertThat(glass(robot).isVisible()).isTrue();
        WritableImage during = screen(robot);
        robot.release(MouseButton.PRIMARY);
        pause();
        assertThat(glass(robot).isVisible()).isFalse();
        WritableImage after = screen(robot);

        // Names are placed again for the new view; everything else is drawn where the picture showed it.
        double dx = view.screenPosition(GraphViewAtScaleTest.id(30, 8)).getX() - txBefore;
        double dy = view.screenPosition(GraphViewAtScaleTest.id(30, 8)).getY() - tyBefore;
        assertThat(Math.hypot(dx, dy)).as("panned by").isGreaterThan(80);
        List<Bounds> names = new ArrayList<>(names(robot));
        namesBefore.forEach(n -> names.add(new BoundingBox(n.getMinX() + dx, n.getMinY() + dy, n.getWidth(), n.getHeight())));
        long compared = 0;
        long same = 0;
        PixelReader a = during.getPixelReader();
        PixelReader b = after.getPixelReader();
        for (int y = 0; y < (int) view.getHeight(); y++) {
            for (int x = 0; x < (int) view.getWidth(); x++) {
                if (underAName(names, x, y)) {
                    continue;
                }
                compared++;
                same += close(a.getArgb(x, y), b.getArgb(x, y)) ? 1 : 0;
            }
        }
        assertThat(compared).as("pixels outside the names").isGreaterThan((long) (view.getWidth() * view.getHeight() / 2));
        assertThat((double) same / compared).as("pixels shown during the pan as drawn after it").isGreaterThan(0.995);
    }

    private List<Bounds> names(FxRobot robot) {
        List<Bounds> out = new ArrayList<>();
        robot.interact(() -> {
            view.layout();
            for (Node n : view.lookupAll(".concept-label-box")) {
                if (shown(n)) {
                    out.add(view.sceneToLocal(n.localToScene(n.getBoundsInLocal())));
                }
            }
        });
        return out;
    }

    private static boolean underAName(List<Bounds> names, int x, int y) {
        for (Bounds n : names) {
            if (x >= n.getMinX() - 2 && x <= n.getMaxX() + 2 && y >= n.getMinY() - 2 && y <= n.getMaxY() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(int p, int q) {
        return Math.abs((p >> 16 & 255) - (q >> 16 & 255)) <= 16 && Math.abs((p >> 8 & 255) - (q >> 8 & 255)) <= 16
                && Math.abs((p & 255) - (q & 255)) <= 16;
    }

    @Test
    void wheelZoomScalesThePictureButNeverMoreThanItsLimitBeforeANewOne(FxRobot robot) {
        zoomInOn(robot, 60, 12);
        robot.moveTo(view.localToScreen(view.getWidth() / 2, view.getHeight() / 2));
        double start = view.scale();
        for (int click = 0; click < 12; click++) {
            robot.scroll(1, VerticalDirection.UP);
            ImageView glass = glass(robot);
            assertThat(glass.isVisible()).as("picture up after click %s", click).isTrue();
            double enlargement = view.glassEnlargement();
            assertThat(enlargement).as("picture enlarged after click %s", click).isLessThanOrEqualTo(1.6 + 1e-9);
            Bounds b = glass.getBoundsInParent();
            assertThat(b.getMinX() <= 0 && b.getMinY() <= 0 && b.getMaxX() >= view.getWidth()
                    && b.getMaxY() >= view.getHeight()).as("picture covers the view after click %s", click).isTrue();
        }
        assertThat(view.scale()).as("zoomed by the wheel").isNotEqualTo(start);
        pause();
        assertThat(glass(robot).isVisible()).isFalse();
    }

    @Test
    void aChangeOfStateDuringTheGestureBringsTheNodesBackAtOnce(FxRobot robot) {
        zoomInOn(robot, 60, 12);
        robot.moveTo(view.localToScreen(view.getWidth() / 2, view.getHeight() / 2));
        robot.scroll(1, VerticalDirection.DOWN);
        assertThat(glass(robot).isVisible()).isTrue();
        String id = GraphViewAtScaleTest.id(60, 12);
        robot.interact(() -> view.setSelected(id));

        assertThat(glass(robot).isVisible()).as("picture after a selection").isFalse();
        Node n = robot.lookup(Drawn.concept(id)).query();
        assertThat(n.getPseudoClassStates()).contains(NodeView.SELECTED);
        assertThat(shown(n)).as("the selected concept's nodes on screen").isTrue();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

}
