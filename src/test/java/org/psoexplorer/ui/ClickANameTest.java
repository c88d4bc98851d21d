package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A concept's name is what a lecturer clicks. At the opening view on a 1280×720 projector the
 * names are enlarged past their concepts' boxes and many float beside them, where they fit: a click
 * on such a name selects its concept, as a click on the box does.
 */
@ExtendWith(ApplicationExtension.class)
class ClickANameTest {

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1280, 720);
        vm = f.vm();
        window = f.window();
    }

    @Test
    void aClickOnANameBesideItsBoxSelectsTheConcept(FxRobot robot) {
        List<String> beside = namesBesideTheirBoxes(robot);
        for (String id : beside.subList(0, Math.min(4, beside.size()))) {
            Node name = Drawn.in(window.graphView(), Drawn.label(id));
            Bounds b = name.localToScreen(name.getBoundsInLocal());
            robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.selectedProperty().get()).as("selected after a click on the name of %s", id).isEqualTo(id);
            robot.interact(() -> window.graphView().finishAnimations());
        }
    }

    /**
     * Pointing at a name lights its concept's neighbourhood and leaves the name where it is: were it
     * moved to its concept's centre, the pointer would be on the background again and it would jump back.
     */
    @Test
    void pointingAtANameLeavesItWhereItIs(FxRobot robot) {
        List<String> beside = namesBesideTheirBoxes(robot);

        for (String id : beside.subList(0, Math.min(3, beside.size()))) {
            Node name = Drawn.in(window.graphView(), Drawn.label(id));
            Bounds before = name.localToScreen(name.getBoundsInLocal());
            robot.moveTo(new Point2D(before.getCenterX(), before.getCenterY()));
            WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            Node concept = Drawn.in(window.graphView(), Drawn.concept(id));
            assertThat(concept.getPseudoClassStates().stream().map(Object::toString))
                    .as("%s lit while its name is pointed at", id).contains("highlighted");
            Bounds after = name.localToScreen(name.getBoundsInLocal());
            assertThat(ScreenAssertions.shown(name)).as("the name of %s still shown", id).isTrue();
            assertThat(Math.abs(after.getMinX() - before.getMinX()) + Math.abs(after.getMinY() - before.getMinY()))
                    .as("the name of %s moved from %s to %s", id, ScreenAssertions.brief(before),
                            ScreenAssertions.brief(after)).isLessThan(1.0);
        }
    }

    /**
     * In the force-directed opening view, the concepts whose shown name lies clear of their own box
     * (its centre outside the box); there are some.
     */
    private List<String> namesBesideTheirBoxes(FxRobot robot) {
        robot.interact(() -> vm.layoutKindProperty().set(LayoutKind.FORCE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
        List<String> ids = new ArrayList<>();
        ScreenAssertions screen = ScreenAssertions.on(window, "opening view");
        for (Node name : window.graphView().lookupAll(".concept-label-box")) {
            if (!ScreenAssertions.shown(name)) {
                continue;
            }
            String id = (String) name.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.LABEL_OF);
            Bounds b = name.localToScene(name.getBoundsInLocal());
            if (!screen.concept(id).contains(b.getCenterX(), b.getCenterY()) && screen.viewport().contains(b)) {
                ids.add(id);
            }
        }
        assertThat(ids).as("names drawn off their concepts' boxes at the opening view").isNotEmpty();
        return ids;
    }
}
