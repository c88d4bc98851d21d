package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.EdgeLabel;
import org.psoexplorer.diagram.Emphasis;
import org.psoexplorer.diagram.LineStyle;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph at 5,000 concepts, on a 1366×768 window: only what is in view has scene nodes, panning
 * brings the right concepts in, a concept found off screen is drawn and centred, the names shown
 * are legible and apart, and fitting shows the whole drawing however large.
 */
@ExtendWith(ApplicationExtension.class)
class GraphViewAtScaleTest {

    /** A grid of concepts, COLS across, each joined to the one before it and to the one above. */
    private static final int COLS = 200;
    private static final int ROWS = 25;
    private static final double DX = 200;
    private static final double DY = 90;

    private GraphView view;

    @Start
    void start(Stage stage) {
        view = showGrid(stage, null);
    }

    /** A graph view on the grid, the window's size at 1366×768; {@code pause}, when given, ends a gesture. */
    static GraphView showGrid(Stage stage, javafx.util.Duration pause) {
        GraphView v = new GraphView();
        stage.setScene(new Scene(new StackPane(v), 1366, 768));
        stage.show();
        v.setMinLabelPx(14);
        if (pause != null) {
            v.setGesturePause(pause);
        }
        v.setDiagram(grid(), false);
        return v;
    }

    static Diagram grid() {
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        LineStyle line = new LineStyle("#5a6470", LineStyle.Dash.SOLID, LineStyle.Arrowhead.FILLED);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                String id = id(c, r);
                // A few hubs of the first kinds, so the overview has concepts that matter more than others.
                String kind = c % 20 == 0 && r % 5 == 0 ? "operation" : "practice";
                // Some names on three lines, as long labels wrap.
                List<String> lines = (c + r) % 7 == 0 ? List.of("Concept", c + "·" + r, "wrapped")
                        : List.of("Concept " + c + "·" + r);
                nodes.add(new DiagramNode(id, kind, lines, x(c), y(r), 110, 34,
                        NodeShape.ROUNDED, "#dbeafe", "#1d4ed8", "#1b1f24", Emphasis.NORMAL));
                if (c > 0) {
                    edges.add(new DiagramEdge(edges.size(), id(c - 1, r), id, "kind-of",
                            List.of(new Point(x(c - 1) + 55, y(r)), new Point(x(c) - 55, y(r))), line, false,
                            "is a kind of", Emphasis.NORMAL, new EdgeLabel(x(c) - DX / 2, y(r), 40, 12, 11, true)));
                }
                if (r > 0) {
                    edges.add(new DiagramEdge(edges.size(), id(c, r - 1), id, "part-of",
                            List.of(new Point(x(c), y(r - 1) + 17), new Point(x(c), y(r) - 17)), line, false,
                            "is part of", Emphasis.NORMAL, new EdgeLabel(x(c) + 20, y(r) - DY / 2, 40, 12, 11, true)));
                }
            }
        }
        return new Diagram("grid", COLS * DX, ROWS * DY, nodes, edges, List.of(), List.of(), DiagramStyle.DEFAULT);
    }

    static String id(int c, int r) {
        return "c" + c + "-" + r;
    }

    private static double x(int c) {
        return DX / 2 + c * DX;
    }

    private static double y(int r) {
        return DY / 2 + r * DY;
    }

    /** Lets a gesture pause and the view place what is in view, as it does once a frame, and the overview's picture come. */
    private void settle(FxRobot robot) {
        settle(robot, view);
    }

    static void settle(FxRobot robot, GraphView view) {
        WaitForAsyncUtils.sleep((long) PanGlass.SETTLE.toMillis() + 150, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::layout);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(view::overviewUpToDate));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the overview's picture did not come within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One click of a mouse wheel (40 units; the test robot's scroll is a fortieth of one) at the view's middle, zooming in. */
    private void wheelClickIn(FxRobot robot) {
        double x = view.getWidth() / 2;
        double y = view.getHeight() / 2;
        robot.interact(() -> view.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                x, y, x, y, false, false, false, false, false, false, 0, 40, 0, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
    }

    /** What {@code work} gives, run on the FX thread. */
    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A name as the screen shows it: its text, its box in the scene and its font's size on screen. */
    record NameOnScreen(String text, Bounds box, double px) {
    }

    /**
     * The names drawn now: on the overview's picture when zoomed out, as scene nodes when zoomed in.
     * The overview's are checked on the rendered view as well: its backing's colour at its left end.
     */
    static List<NameOnScreen> namesOnScreen(FxRobot robot, GraphView view) {
        List<NameOnScreen> out = new ArrayList<>();
        List<OverviewPainter.Name> painted = onFx(view::overviewNames);
        if (!painted.isEmpty()) {
            javafx.scene.image.WritableImage shot = onFx(() -> view.snapshot(null, null));
            for (OverviewPainter.Name n : painted) {
                Bounds b = view.localToScene(new javafx.geometry.BoundingBox(n.x() - n.width() / 2,
                        n.y() - n.height() / 2, n.width(), n.height()));
                if (!n.dim()) {
                    javafx.scene.paint.Color seen = shot.getPixelReader().getColor(
                            (int) Math.round(n.x() - n.width() / 2 + 2 * n.k() + 1), (int) Math.round(n.y()));
                    javafx.scene.paint.Color fill = javafx.scene.paint.Color.web(n.fill());
                    assertThat(Math.abs(seen.getRed() - fill.getRed()) + Math.abs(seen.getGreen() - fill.getGreen())
                            + Math.abs(seen.getBlue() - fill.getBlue())).as("'%s' drawn on its backing", n.id())
                            .isLessThan(0.1);
                    int ink = 0;
                    for (int x = (int) (n.x() - n.width() / 2) + 3; x < n.x() + n.width() / 2 - 3; x++) {
                        for (int y = (int) (n.y() - n.height() / 2) + 2; y < n.y() + n.height() / 2 - 2; y++) {
                            ink += shot.getPixelReader().getColor(x, y).getBrightness() < 0.5 ? 1 : 0;
                        }
                    }
                    assertThat(ink).as("'%s' written: dark pixels on its backing", n.id()).isGreaterThan(20);
                }
                out.add(new NameOnScreen(String.join("\n", n.lines()), b, 13 * n.k()));
            }
            return out;
        }
        for (Node box : robot.lookup(".concept-label-box").queryAll()) {
            if (!box.isVisible()) {
                continue;
            }
            Text t = (Text) box.lookup(".concept-label");
            out.add(new NameOnScreen(t.getText(), t.localToScene(t.getBoundsInLocal()),
                    t.getFont().getSize() * t.getLocalToSceneTransform().getMyy()));
        }
        return out;
    }

    private List<Node> conceptNodes(FxRobot robot) {
        return new ArrayList<>(robot.lookup(".concept").queryAll());
    }

    /** Zoomed to 1:1 with concept (c, r) at the middle of the view. */
    private void zoomInOn(FxRobot robot, int c, int r) {
        robot.interact(() -> {
            view.zoom(1 / view.scale(), 0, 0);
            view.centreOn(id(c, r));
        });
        settle(robot);
    }

    private boolean inView(String id) {
        Point2D p = view.screenPosition(id);
        return p.getX() >= 0 && p.getX() <= view.getWidth() && p.getY() >= 0 && p.getY() <= view.getHeight();
    }

    @Test
    void zoomedInOnlyTheConceptsNearTheViewHaveSceneNodes(FxRobot robot) {
        zoomInOn(robot, 100, 12);

        long inView = view.conceptIds().stream().filter(this::inView).count();
        assertThat(inView).as("concepts in a 1:1 view of the grid").isBetween(20L, 200L);
        assertThat(view.conceptIds()).hasSize(COLS * ROWS);
        List<Node> drawn = conceptNodes(robot);
        // The view and a margin around it: a few times what is visible, never the 5,000.
        assertThat(drawn).as("concepts with scene nodes").hasSizeLessThanOrEqualTo((int) inView * 3);
        for (String id : view.conceptIds()) {
            if (inView(id)) {
                assertThat(robot.lookup(Drawn.concept(id)).tryQuery()).as("concept %s in view is drawn", id).isPresent();
            }
        }
        assertThat(robot.lookup(".relation").queryAll().size()).as("relations with scene nodes")
                .isLessThanOrEqualTo((int) inView * 6);
    }

    @Test
    void zoomedOutTheOverviewIsOnePictureWithTheNamesOnIt(FxRobot robot) {
        robot.interact(view::fit);
        settle(robot);

        assertThat(conceptNodes(robot)).as("concept nodes at fit").isEmpty();
        assertThat(robot.lookup(".relation").queryAll()).as("relation nodes at fit").isEmpty();
        assertThat(namesOnScreen(robot, view)).as("names drawn on the overview").hasSizeGreaterThan(5);
    }

    @Test
    void aWheelZoomOverTheOverviewEndsWithAPictureOfTheViewReached(FxRobot robot) {
        robot.interact(view::fit);
        settle(robot);
        double fitted = view.scale();

        // A mouse wheel's clicks, one gesture.
        for (int click = 0; click < 5; click++) {
            wheelClickIn(robot);
            assertThat(conceptNodes(robot)).as("concept nodes during the zoom").isEmpty();
        }
        settle(robot);

        assertThat(view.scale()).as("zoomed in by the wheel").isGreaterThan(fitted * 1.2);
        assertThat(conceptNodes(robot)).as("still the overview: no concept nodes").isEmpty();
        // Names are listed only when the picture is the one painted for this zoom and pan.
        List<NameOnScreen> names = namesOnScreen(robot, view);
        assertThat(names).as("names painted for the zoom reached").hasSizeGreaterThan(5);
        for (NameOnScreen n : names) {
            assertThat(n.px()).as("'%s', px", n.text()).isGreaterThanOrEqualTo(14 - 0.01);
        }
    }

    @Test
    void switchingToHighContrastRepaintsTheOverviewsNamesInBold(FxRobot robot) {
        robot.interact(view::fit);
        settle(robot);
        java.util.Map<String, Double> regular = new java.util.HashMap<>();
        onFx(view::overviewNames).forEach(n -> regular.put(n.id(), n.width()));

        robot.interact(() -> view.getScene().getRoot().getStyleClass().add("high-contrast"));
        settle(robot);

        List<OverviewPainter.Name> bold = onFx(view::overviewNames).stream()
                .filter(n -> regular.containsKey(n.id())).toList();
        assertThat(bold).as("names shown in both themes").isNotEmpty();
        for (OverviewPainter.Name n : bold) {
            assertThat(n.width()).as("'%s' in bold, wider", n.id()).isGreaterThan(regular.get(n.id()));
        }
        robot.interact(() -> view.getScene().getRoot().getStyleClass().remove("high-contrast"));
    }

    @Test
    void aWheelZoomFromTheOverviewIntoTheConceptsMakesTheirNodesOverFramesAndShowsThemWhole(FxRobot robot) {
        robot.interact(view::fit);
        settle(robot);
        // Every frame as it goes to the renderer: the concepts' nodes either hidden (made behind the
        // overview's picture) or shown with every concept in view drawn; never a view half made.
        java.util.concurrent.atomic.AtomicInteger framesMaking = new java.util.concurrent.atomic.AtomicInteger();
        List<String> halfShown = new ArrayList<>();
        Runnable check = () -> {
            List<Node> drawn = new ArrayList<>(view.lookupAll(".concept"));
            if (drawn.isEmpty()) {
                return;
            }
            if (!drawn.get(0).getParent().getParent().isVisible()) {
                framesMaking.incrementAndGet();
                return;
            }
            java.util.Set<String> withNodes = new java.util.HashSet<>();
            drawn.forEach(n -> withNodes.add((String) n.getProperties().get(DrawnKeys.CONCEPT)));
            view.conceptIds().stream().filter(this::inView).filter(id -> !withNodes.contains(id)).findFirst()
                    .ifPresent(halfShown::add);
        };
        robot.interact(() -> view.getScene().addPostLayoutPulseListener(check));

        for (int click = 0; click < 34; click++) {
            wheelClickIn(robot);
        }
        settle(robot);
        robot.interact(() -> view.getScene().removePostLayoutPulseListener(check));

        assertThat(onFx(view::namedOnOverview)).as("zoomed in to the concepts' own nodes").isEmpty();
        long inView = view.conceptIds().stream().filter(this::inView).count();
        assertThat(inView).as("concepts in view").isBetween(20L, 300L);
        assertThat(framesMaking.get()).as("frames making the nodes behind the picture").isGreaterThan(0);
        assertThat(halfShown).as("a concept in view without its node in a frame that showed the nodes").isEmpty();
        for (String id : view.conceptIds()) {
            if (inView(id)) {
                assertThat(robot.lookup(Drawn.concept(id)).tryQuery()).as("concept %s in view is drawn", id).isPresent();
            }
        }
    }

    @Test
    void aNameOnTheOverviewIsPointedAtAndClickedAsItsConcept(FxRobot robot) {
        robot.interact(view::fit);
        settle(robot);
        List<String> selectedIds = new ArrayList<>();
        robot.interact(() -> view.setOnSelect(selectedIds::add));
        // On its way the pointer may cross a concept with no name shown: pointed at, that one's name is
        // shown and may push others aside. What is clicked is the name drawn under the pointer once it
        // rests, near its right end, off its concept's box (a few pixels wide at this zoom).
        OverviewPainter.Name under = null;
        double x = 0;
        double y = 0;
        for (int attempt = 0; attempt < 4 && under == null; attempt++) {
            OverviewPainter.Name name = onFx(view::overviewNames).stream().filter(n -> !n.selected())
                    .skip(attempt).findFirst().orElseThrow();
            double px = name.x() + name.width() / 2 - 3;
            double py = name.y();
            robot.moveTo(view.localToScreen(px, py));
            settle(robot);
            under = onFx(view::overviewNames).stream()
                    .filter(n -> Math.abs(px - n.x()) <= n.width() / 2 && Math.abs(py - n.y()) <= n.height() / 2)
                    .reduce((first, second) -> second).orElse(null);
            x = px;
            y = py;
        }
        assertThat(under).as("a name under the resting pointer").isNotNull();
        String id = under.id();
        double cx = x;
        double cy = y;
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedIds).as("concept selected by a click on its name").containsExactly(id);
        assertThat(onFx(() -> view.conceptAt(cx, cy))).as("the concept at that point").isEqualTo(id);
    }

    @Test
    void panningBringsTheConceptsNowInViewIntoTheSceneAndTakesTheOthersOut(FxRobot robot) {
        zoomInOn(robot, 40, 12);
        List<String> before = view.conceptIds().stream().filter(this::inView).toList();
        // Drag the background (between two rows of concepts) to the left, three times across the view.
        double freeY = view.screenPosition(id(40, 12)).getY() + DY / 2;
        for (int stroke = 0; stroke < 3; stroke++) {
            Point2D from = view.localToScreen(view.getWidth() - 80, freeY);
            robot.moveTo(from).press(MouseButton.PRIMARY);
            for (int step = 1; step <= 8; step++) {
                robot.moveTo(from.add(-150 * step, 0));
            }
            robot.release(MouseButton.PRIMARY);
        }
        settle(robot);

        List<String> after = view.conceptIds().stream().filter(this::inView).toList();
        assertThat(after).as("concepts in view after panning").isNotEmpty().doesNotContainAnyElementsOf(before);
        for (String id : after) {
            Node n = robot.lookup(Drawn.concept(id)).tryQuery().orElse(null);
            assertThat(n).as("concept %s panned into view is drawn", id).isNotNull();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            Point2D expected = view.localToScene(view.screenPosition(id));
            assertThat(Math.abs(b.getCenterX() - expected.getX())).as("%s drawn where it is", id).isLessThan(3);
        }
        for (String id : before) {
            assertThat(robot.lookup(Drawn.concept(id)).tryQuery()).as("concept %s panned far out of view", id).isEmpty();
        }
    }

    @Test
    void aConceptFoundOffScreenIsDrawnAndCentred(FxRobot robot) {
        zoomInOn(robot, 5, 3);
        String far = id(180, 20);
        assertThat(robot.lookup(Drawn.concept(far)).tryQuery()).as("far concept before it is found").isEmpty();

        robot.interact(() -> {
            view.setSelected(far);
            view.centreOn(far);
        });
        settle(robot);

        Node n = robot.lookup(Drawn.concept(far)).query();
        assertThat(n.getPseudoClassStates()).contains(NodeView.SELECTED);
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds v = view.localToScene(view.getLayoutBounds());
        assertThat(Math.abs(b.getCenterX() - v.getCenterX())).as("centred across").isLessThan(4);
        assertThat(Math.abs(b.getCenterY() - v.getCenterY())).as("centred down").isLessThan(4);
        assertThat(robot.lookup(Drawn.label(far)).query().isVisible()).as("found concept named").isTrue();
    }

    @Test
    void namesShownAreLegibleAndApartAtEveryZoom(FxRobot robot) {
        for (double zoom : new double[] {-1, 0.08, 0.3, 1}) {
            robot.interact(() -> {
                view.fit();
                if (zoom > 0) {
                    view.zoom(zoom / view.scale(), view.getWidth() / 2, view.getHeight() / 2);
                }
            });
            settle(robot);
            List<NameOnScreen> shown = namesOnScreen(robot, view);
            assertThat(shown).as("names at zoom %s", zoom).isNotEmpty();
            Bounds viewport = view.localToScene(view.getLayoutBounds());
            List<Bounds> placed = new ArrayList<>();
            for (NameOnScreen t : shown) {
                assertThat(t.px()).as("'%s' at zoom %s, px", t.text(), zoom).isGreaterThanOrEqualTo(14 - 0.01);
                Bounds b = t.box();
                assertThat(viewport.contains(b)).as("'%s' inside the view at zoom %s", t.text(), zoom).isTrue();
                for (Bounds o : placed) {
                    assertThat(b.intersects(o)).as("'%s' overlaps another name at zoom %s", t.text(), zoom)
                            .isFalse();
                }
                placed.add(b);
            }
        }
    }

    @Test
    void fittingShowsTheWholeDrawingAndZoomingOutStopsNearIt(FxRobot robot) {
        zoomInOn(robot, 100, 12);
        robot.interact(view::fit);
        settle(robot);
        double fitted = view.scale();
        assertThat(fitted).as("a 40,000-unit-wide drawing fitted on 1366 px").isLessThan(0.05);
        for (String corner : List.of(id(0, 0), id(COLS - 1, 0), id(0, ROWS - 1), id(COLS - 1, ROWS - 1))) {
            assertThat(inView(corner)).as("corner %s in view after fit", corner).isTrue();
        }
        robot.interact(() -> view.zoom(0.01, 600, 300));
        assertThat(view.scale()).as("zoomed out as far as it goes").isGreaterThanOrEqualTo(fitted / 2 - 1e-9);
    }
}
