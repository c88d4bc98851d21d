package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.graph.Timeline;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Teaching with the window: tours played with a presentation clicker, and the doctrine timeline. */
@ExtendWith(ApplicationExtension.class)
class SeminarModeTest {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1366, 768);
        vm = f.vm();
        window = f.window();
    }

    @Test
    void aTourPlaysWithPageDownAndPageUpAndEscLeavesIt(FxRobot robot) {
        Tour tour = vm.getTaxonomy().tours().get(0);
        robot.interact(() -> window.startTour(tour));
        assertStep(robot, tour, 0);

        robot.type(KeyCode.PAGE_DOWN);
        assertStep(robot, tour, 1);
        robot.type(KeyCode.PAGE_DOWN);
        assertStep(robot, tour, 2);
        robot.type(KeyCode.PAGE_UP);
        assertStep(robot, tour, 1);
        robot.type(KeyCode.END);
        assertStep(robot, tour, tour.steps().size() - 1);
        robot.type(KeyCode.PAGE_DOWN);
        assertStep(robot, tour, tour.steps().size() - 1);

        robot.type(KeyCode.ESCAPE);
        assertThat(window.tours().isPlaying()).isFalse();
        assertThat(window.graphView().conceptIds()).hasSize(vm.getTaxonomy().concepts().size());
        assertThat(robot.lookup("#tour-overlay").query().isVisible()).isFalse();
    }

    private void assertStep(FxRobot robot, Tour tour, int index) {
        TourStep step = tour.steps().get(index);
        assertThat(window.tours().stepProperty().get()).isEqualTo(index);
        assertThat(robot.lookup("#tour-caption").queryAs(Label.class).getText())
                .isEqualTo(vm.getTaxonomy().text(step.caption(), "en"));
        assertThat(robot.lookup("#tour-counter").queryAs(Label.class).getText())
                .isEqualTo("Step " + (index + 1) + " of " + tour.steps().size());
        if (step.effectiveFocus() != null) {
            assertThat(vm.selectedProperty().get()).isEqualTo(step.effectiveFocus());
        }
        if (step.showsEverything()) {
            assertThat(window.graphView().conceptIds()).hasSize(vm.getTaxonomy().concepts().size());
        } else {
            // The step's concepts alone are on the graph, none of them faded.
            assertThat(window.graphView().conceptIds()).containsExactlyInAnyOrderElementsOf(step.concepts());
            for (String id : step.concepts()) {
                assertThat(robot.lookup(Drawn.concept(id)).query().getPseudoClassStates()).doesNotContain(DIMMED);
            }
            // The relations the step names stand out; none of them is faded.
            java.util.Set<Integer> named = new java.util.HashSet<>();
            step.relations().forEach(ref -> named.addAll(vm.getTaxonomy().relationIndices(ref)));
            assertThat(window.tours().relationsProperty().get()).containsAll(named);
            for (int relation : window.tours().relationsProperty().get()) {
                assertThat(robot.lookup(Drawn.relation(relation)).query().getPseudoClassStates())
                        .as("relation " + relation).doesNotContain(DIMMED);
            }
        }
    }

    @Test
    void everyStepLightsUpItsOwnRelations(FxRobot robot) {
        PseudoClass highlighted = PseudoClass.getPseudoClass("highlighted");
        for (Tour tour : vm.getTaxonomy().tours()) {
            robot.interact(() -> window.startTour(tour));
            for (int i = 0; i < tour.steps().size(); i++) {
                int step = i;
                robot.interact(() -> window.tours().go(step));
                for (int index : window.tours().relationsProperty().get()) {
                    assertThat(robot.lookup(Drawn.relation(index)).query().getPseudoClassStates())
                            .as("%s, step %d, relation %d", tour.id(), step + 1, index).contains(highlighted);
                }
            }
        }
    }

    @Test
    void theTimelineShowsTheTaxonomyAsItStoodThatYear(FxRobot robot) {
        Timeline timeline = new Timeline(vm.getTaxonomy());
        robot.interact(() -> {
            window.setTimelineShown(true);
            window.timelineBar().showAsOf(1995);
        });

        assertThat(vm.filterProperty().get().asOfYear()).isEqualTo(1995);
        List<String> shown = window.graphView().conceptIds();
        assertThat(shown).contains("peacekeeping", "peacemaking", "agenda-for-peace")
                .doesNotContain("sustaining-peace", "hippo-report", "capstone-doctrine");
        for (String id : shown) {
            Integer year = timeline.yearOf(id);
            assertThat(year == null || year <= 1995).as(id + " dated " + year).isTrue();
        }
        assertThat(robot.lookup("#timeline-year").queryAs(Label.class).getText()).isEqualTo("1995");

        robot.interact(() -> window.timelineBar().showAsOf(2016));
        assertThat(window.graphView().conceptIds()).contains("sustaining-peace", "hippo-report");
    }
}
