package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Tour;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.graph.GraphView;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Defects a lecturer met in ten minutes of clicking, each measured on the screen. */
@ExtendWith(ApplicationExtension.class)
class WindowHoldsTogetherTest {

    private WindowFixture fixture;
    private ExplorerViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1366, 768);
        vm = fixture.vm();
    }

    private MainWindow window() {
        return fixture.window();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window().graphView().finishAnimations());
    }

    @Test
    void leavingATourGivesBackLayoutFiltersFocusSelectionAndZoom(FxRobot robot) {
        robot.interact(() -> {
            vm.layoutKindProperty().set(LayoutKind.CIRCULAR);
            vm.setKindVisible("document", false);
            vm.focus("peacekeeping", 2);
            vm.select("peace-enforcement");
        });
        settle(robot);
        robot.interact(() -> window().graphView().zoom(1.7, 300, 200));
        GraphView.Viewport zoomed = window().graphView().viewport();
        ViewFilter filter = vm.filterProperty().get();
        Tour tour = vm.getTaxonomy().tours().get(0);

        robot.interact(() -> window().startTour(tour));
        robot.interact(() -> window().tours().go(2));
        robot.interact(() -> window().tours().stop());
        settle(robot);

        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.CIRCULAR);
        assertThat(vm.filterProperty().get()).isEqualTo(filter);
        assertThat(vm.canGoBack()).as("Back still leads out of the focus").isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("peace-enforcement");
        assertThat(window().graphView().viewport()).isEqualTo(zoomed);
    }

    @Test
    void leavingATourGivesBackARelateAnswerInTheLayoutChosenForIt(FxRobot robot) {
        robot.interact(() -> window().relate().relate("conflict-prevention", "peacebuilding"));
        settle(robot);
        robot.interact(() -> vm.layoutKindProperty().set(LayoutKind.LAYERED));
        settle(robot);
        List<String> answer = List.copyOf(window().graphView().conceptIds());
        ViewFilter filter = vm.filterProperty().get();

        robot.interact(() -> window().startTour(vm.getTaxonomy().tours().get(0)));
        robot.interact(() -> window().tours().go(1));
        settle(robot);
        robot.interact(() -> window().graphView().requestFocus());
        robot.type(KeyCode.ESCAPE);
        settle(robot);

        assertThat(window().tours().isPlaying()).isFalse();
        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.LAYERED);
        assertThat(vm.filterProperty().get()).isEqualTo(filter);
        assertThat(window().graphView().conceptIds()).containsExactlyInAnyOrderElementsOf(answer);
    }

    /**
     * A layout chosen while reading a Relate answer is kept when the answer is left; the rest of the
     * view before the answer (every concept, the selection) comes back. Leaving gave back the layout
     * before the answer too, undoing the reader's own choice.
     */
    @Test
    void leavingARelateAnswerKeepsTheLayoutChosenWhileReadingIt(FxRobot robot) {
        robot.interact(() -> vm.select("peacekeeping"));
        settle(robot);
        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.FORCE);
        robot.interact(() -> window().relate().relate("conflict-prevention", "peacebuilding"));
        settle(robot);
        robot.interact(() -> vm.layoutKindProperty().set(LayoutKind.LAYERED));
        settle(robot);

        robot.interact(() -> window().relate().clear());
        settle(robot);

        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.LAYERED);
        assertThat(window().graphView().conceptIds()).hasSize(vm.getTaxonomy().concepts().size());
        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
        ScreenAssertions.on(window(), "after leaving the answer, in layers").fitted(0.5).uncovered()
                .labelsLegible(ExplorerViewModel.MIN_LABEL_PX);
    }

    /**
     * The circular layout is a circle on screen (an ellipse fitted to the graph's shape): moved apart to
     * make room for 70 names, its concepts were a scattered blob, their distance from the middle
     * varying by a fifth, and the names sat in a heap inside it.
     */
    @Test
    void theCircularLayoutShowsACircle(FxRobot robot) {
        robot.interact(() -> vm.layoutKindProperty().set(LayoutKind.CIRCULAR));
        settle(robot);
        ScreenAssertions s = ScreenAssertions.on(window(), "circular layout");
        List<String> ids = s.shownConcepts();
        assertThat(ids).hasSize(vm.getTaxonomy().concepts().size());
        javafx.geometry.Bounds all = s.extent(ids);
        double cx = all.getCenterX();
        double cy = all.getCenterY();
        double rx = all.getWidth() / 2;
        double ry = all.getHeight() / 2;
        for (String id : ids) {
            javafx.geometry.Bounds b = s.concept(id);
            // Each centre on the ellipse through the outermost centres, within a box's size of it.
            double along = Math.hypot((b.getCenterX() - cx) / (rx - b.getWidth() / 2),
                    (b.getCenterY() - cy) / (ry - b.getHeight() / 2));
            assertThat(along).as("%s at %s: its distance from the middle, as a share of the circle's", id,
                    ScreenAssertions.brief(b)).isBetween(0.9, 1.1);
        }
        s.fitted(0.8).uncovered().namesNearTheirConcepts().namesApartAreJoined();
    }

    /**
     * A name that found no room on or beside its concept, and went a line or two away, is joined to
     * the concept's box by a leader line. At the opening view Impartiality's name sat 35 px under
     * its ellipse, the ellipse with its four relations looked like a concept without a name, and the
     * name like a concept without relations.
     */
    @Test
    void aNameAwayFromItsConceptIsJoinedToIt(FxRobot robot) {
        settle(robot);
        ScreenAssertions s = ScreenAssertions.on(window(), "opening view").namesApartAreJoined();
        assertThat(s.namesJoined()).as("names apart from their concepts at the opening view (the case this tests)")
                .isPositive();
        robot.interact(() -> window().graphView().zoom(1.5, window().graphView().getWidth() / 2,
                window().graphView().getHeight() / 2));
        settle(robot);
        ScreenAssertions.on(window(), "zoomed in 1.5×").namesApartAreJoined();
    }

    @Test
    void escLeavesTheTourButNotPresentationAndF11KeepsTheStep(FxRobot robot) {
        Tour tour = vm.getTaxonomy().tours().get(0);
        robot.interact(() -> window().startTour(tour));
        robot.interact(() -> window().tours().go(1));
        robot.interact(() -> fixture.display().presentationProperty().set(true));
        settle(robot);
        assertThat(window().tours().stepProperty().get()).as("the step after F11").isEqualTo(1);
        assertThat(window().graphView().conceptIds())
                .containsExactlyInAnyOrderElementsOf(tour.steps().get(1).concepts());

        robot.interact(() -> window().graphView().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(window().tours().isPlaying()).isFalse();
        assertThat(fixture.display().presentationProperty().get()).as("still presenting").isTrue();
    }

    @Test
    void presentationFoldsMenusAndToolbarAwayAndF10BringsThemBack(FxRobot robot) {
        robot.interact(() -> fixture.display().presentationProperty().set(true));
        assertThat(window().isTopShown()).isFalse();
        assertThat(robot.lookup("#legend").query().isVisible()).as("legend available").isTrue();
        robot.interact(() -> window().graphView().requestFocus());
        robot.type(KeyCode.F10);
        assertThat(window().isTopShown()).isTrue();
        robot.type(KeyCode.F10);
        assertThat(window().isTopShown()).isFalse();
    }

    @Test
    void largerTextEnlargesTheGraphsLabelsAndTheSelectionHasAThickHalo(FxRobot robot) {
        settle(robot);
        Text label = (Text) Drawn.in(window().graphView(), Drawn.label("pso")).lookup(".concept-label");
        double before = ScreenAssertions.labelPx(label);
        robot.interact(() -> {
            fixture.display().enlargeText();
            fixture.display().enlargeText();
            fixture.display().enlargeText();
        });
        settle(robot);
        label = (Text) Drawn.in(window().graphView(), Drawn.label("pso")).lookup(".concept-label");
        assertThat(ScreenAssertions.labelPx(label)).as("label px after larger text ×3").isGreaterThan(before * 1.2);

        robot.interact(() -> vm.select("pso"));
        Node concept = Drawn.in(window().graphView(), Drawn.concept("pso"));
        // Round its shape, or round its name when that is its face.
        Shape halo = (Shape) concept.lookupAll(".concept-halo").stream().filter(Node::isVisible).findFirst().orElseThrow();
        double onScreen = halo.getStrokeWidth() * halo.getLocalToSceneTransform().getMxx();
        assertThat(onScreen).as("halo thickness on screen, px").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theTimelineSliderWorksAtOnceAndMarksUndatedConcepts(FxRobot robot) {
        robot.interact(() -> window().setTimelineShown(true));
        // Opening the bar asks for no year: the whole taxonomy stays on screen until a year is chosen.
        assertThat(vm.filterProperty().get().asOfYear()).isNull();
        assertThat(robot.lookup("#timeline-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
        assertThat(window().graphView().conceptIds()).hasSize(vm.getTaxonomy().concepts().size());
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(1995));
        settle(robot);
        assertThat(vm.filterProperty().get().asOfYear()).as("year shown without switching the timeline on first")
                .isEqualTo(1995);
        org.psoexplorer.graph.Timeline timeline = new org.psoexplorer.graph.Timeline(vm.getTaxonomy());
        String undated = window().graphView().conceptIds().stream().filter(id -> timeline.yearOf(id) == null)
                .findFirst().orElseThrow();
        assertThat(Drawn.in(window().graphView(), Drawn.concept(undated)).getPseudoClassStates())
                .extracting(Object::toString).contains("undated");
    }

    @Test
    void aLanguageSwitchKeepsTheZoomAndTheConceptTheUserWasReadingWhereItWas(FxRobot robot) {
        settle(robot);
        GraphView first = window().graphView();
        robot.interact(() -> first.zoom(2.5, first.getWidth() * 0.4, first.getHeight() * 0.6));
        settle(robot);
        double zoom = first.scale();
        String reading = nearestTheMiddle(first);
        Point2D where = drawnCentre(reading);

        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            org.psoexplorer.diagram.Diagram drawnBefore = vm.diagramProperty().get();
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.diagramProperty().get()).as("redrawn with the %s labels", locale).isNotSameAs(drawnBefore);
            settle(robot);
            GraphView now = window().graphView();
            assertThat(now).as("the window rebuilt in " + locale).isNotSameAs(first);
            assertThat(now.scale()).as("zoom in " + locale).isCloseTo(zoom, within(1e-9));
            Point2D after = drawnCentre(reading);
            assertThat(after.distance(where)).as("'%s' moved on screen in %s, px", reading, locale).isLessThan(1.0);
            ScreenAssertions.on(window(), locale + ", zoomed in").onScreen(Drawn.in(now, Drawn.concept(reading)), reading);
        }
    }

    @Test
    void aLanguageSwitchKeepsTheSidePanelAsWideAsTheUserMadeItAndTheConceptsWhereTheyWere(FxRobot robot) {
        settle(robot);
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) window().lookup(".split-pane");
        robot.interact(() -> split.setDividerPositions(0.6));
        settle(robot);
        double sideWidth = window().lookup(".side-tabs").getBoundsInParent().getWidth();
        java.util.Map<String, Point2D> where = new java.util.HashMap<>();
        window().graphView().conceptIds().forEach(id -> where.put(id, drawnCentre(id)));

        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            settle(robot);
            assertThat(window().lookup(".side-tabs").getBoundsInParent().getWidth())
                    .as("the side panel's width in %s, px", locale).isCloseTo(sideWidth, within(1.0));
        }
        // Back in the first language, the lecturer finds the graph as it was: not spread again for another area.
        assertThat(window().graphView().conceptIds()).containsExactlyInAnyOrderElementsOf(where.keySet());
        for (String id : where.keySet()) {
            assertThat(drawnCentre(id).distance(where.get(id))).as("'%s' moved on screen, px", id).isLessThan(1.0);
        }
        ScreenAssertions.on(window(), "back in English after a switch").fitted(0.85).uncovered();
        // Presentation folds the side panel away; leaving it, and switching language meanwhile, gives it back as wide.
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().presentationProperty().set(true));
            settle(robot);
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            settle(robot);
            robot.interact(() -> fixture.display().presentationProperty().set(false));
            settle(robot);
            assertThat(window().lookup(".side-tabs").getBoundsInParent().getWidth())
                    .as("the side panel's width after presenting, in %s, px", locale).isCloseTo(sideWidth, within(1.0));
        }
    }

    /**
     * A Relate answer lights its paths up with thicker lines. Seen at 1366×768 under Xvfb: once the
     * view was zoomed, or the window rebuilt in the other language, every line was drawn thin, the
     * paths no longer told apart: the view's minimum width for lines zoomed far out, set on each
     * line, overrode the stylesheet's width for lit ones.
     */
    @Test
    void aRelateAnswersPathsStayLitWhenZoomedAndAcrossALanguageSwitch(FxRobot robot) {
        robot.interact(() -> window().relate().relate("stabilization", "pso"));
        settle(robot);
        java.util.Set<Integer> lit = litRelations();
        assertThat(lit).as("relations lit by the answer").isNotEmpty()
                .isEqualTo(window().relate().highlightedRelationsProperty().get());
        assertThat(lineWidths(lit)).as("lit lines' widths at the fitted view").allSatisfy(
                (index, width) -> assertThat(width).isEqualTo(LIT_WIDTH));

        GraphView view = window().graphView();
        robot.interact(() -> view.zoom(1.25, view.getWidth() / 2, view.getHeight() / 2));
        settle(robot);
        assertThat(lineWidths(lit)).as("lit lines' widths zoomed in").allSatisfy(
                (index, width) -> assertThat(width).isEqualTo(LIT_WIDTH));

        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            settle(robot);
            assertThat(litRelations()).as("relations lit in %s", locale).isEqualTo(lit);
            assertThat(lineWidths(lit)).as("lit lines' widths in %s", locale).allSatisfy(
                    (index, width) -> assertThat(width).isEqualTo(LIT_WIDTH));
        }
    }

    /**
     * Zoomed in on a Relate answer at 1366×768, Peacebuilding lay at the top, left of the centred
     * filter notice: its name went below its empty box, as if the notice covered the whole band
     * across the view, and UN Security Council's sat on its box's edge, across from the legend.
     * A concept in plain view, under no panel, keeps its name on it.
     */
    @Test
    void aConceptBesideAPanelOverTheViewKeepsItsNameOnIt(FxRobot robot) {
        robot.interact(() -> window().relate().relate("stabilization", "pso"));
        settle(robot);
        GraphView view = window().graphView();
        robot.interact(() -> view.zoom(1.25, view.getWidth() / 2, view.getHeight() / 2));
        settle(robot);

        javafx.geometry.Bounds area = view.localToScene(view.getLayoutBounds());
        List<javafx.geometry.Bounds> panels = new java.util.ArrayList<>();
        for (String selector : List.of("#legend", "#tour-overlay", ".filter-notice-box")) {
            Node n = window().lookup(selector);
            if (n != null && ScreenAssertions.shown(n)) {
                panels.add(n.localToScene(n.getLayoutBounds()));
            }
        }
        assertThat(panels).as("the notice and the legend over the view").hasSizeGreaterThanOrEqualTo(2);
        int inPlainView = 0;
        for (String id : view.conceptIds()) {
            Node shape = Drawn.in(view, Drawn.concept(id));
            Node name = Drawn.in(view, Drawn.label(id));
            javafx.geometry.Bounds box = shape.localToScene(shape.getBoundsInLocal());
            boolean plain = area.contains(box) && panels.stream().noneMatch(p -> p.intersects(box));
            if (!plain || name == null || !ScreenAssertions.shown(name)) {
                continue;
            }
            inPlainView++;
            javafx.geometry.Bounds words = name.localToScene(name.getBoundsInLocal());
            assertThat(box.contains(words.getCenterX(), words.getCenterY()))
                    .as("%s's name %s on its box %s", id, words, box).isTrue();
        }
        assertThat(inPlainView).as("concepts in plain view").isGreaterThanOrEqualTo(3);
    }

    /** A lit relation's line width in the drawing's units (explorer.css, ".relation:highlighted"). */
    private static final double LIT_WIDTH = 2.6;

    /** These relations' line widths in the drawing's units, by index. */
    private java.util.Map<Integer, Double> lineWidths(java.util.Set<Integer> relations) {
        java.util.Map<Integer, Double> widths = new java.util.TreeMap<>();
        for (Node r : window().graphView().lookupAll(".relation")) {
            Object index = r.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.RELATION);
            javafx.scene.shape.Shape line = (javafx.scene.shape.Shape) r.lookup(".relation-line");
            if (relations.contains(index) && line != null) {
                widths.put((Integer) index, line.getStrokeWidth());
            }
        }
        assertThat(widths.keySet()).as("lines drawn").containsExactlyInAnyOrderElementsOf(relations);
        return widths;
    }

    /** The relations the scene draws lit (the path's), by index. */
    private java.util.Set<Integer> litRelations() {
        java.util.Set<Integer> lit = new java.util.HashSet<>();
        for (Node r : window().graphView().lookupAll(".relation")) {
            Object index = r.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.RELATION);
            boolean on = r.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("highlighted"));
            if (index != null && on && ScreenAssertions.shown(r)) {
                lit.add((Integer) index);
            }
        }
        return lit;
    }

    private static String nearestTheMiddle(GraphView view) {
        Point2D middle = new Point2D(view.getWidth() / 2, view.getHeight() / 2);
        return view.conceptIds().stream()
                .min(java.util.Comparator.comparingDouble(id -> view.screenPosition(id).distance(middle)))
                .orElseThrow();
    }

    /** The middle of a concept's shape as the scene shows it. */
    private Point2D drawnCentre(String id) {
        Node shape = Drawn.in(window().graphView(), Drawn.concept(id));
        javafx.geometry.Bounds b = shape.localToScene(shape.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
