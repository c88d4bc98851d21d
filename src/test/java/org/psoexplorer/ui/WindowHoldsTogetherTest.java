package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
}
