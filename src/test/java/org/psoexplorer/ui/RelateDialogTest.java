package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.relate.RelateDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Relate dialog's concept fields offer suggestions shown whole, with no sideways scrolling. */
@ExtendWith(ApplicationExtension.class)
class RelateDialogTest {

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        fixture.closeDialogs(robot);
    }

    /** Opens the dialog with no concept chosen; its From and To fields, top to bottom. */
    private List<TextField> openDialog(FxRobot robot) throws Exception {
        Platform.runLater(() -> RelateDialog.ask(fixture.window().getScene().getWindow(), fixture.vm().getTaxonomy(),
                "en", null));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .text-field").queryAllAs(TextField.class).stream()
                .sorted(java.util.Comparator.comparingDouble(f -> f.localToScene(0, 0).getY())).toList();
    }

    @Test
    void suggestionsShowWholeWithoutAHorizontalScrollBar(FxRobot robot) throws Exception {
        TextField from = openDialog(robot).get(0);

        ListView<?> list = Suggestions.after(robot, from, "peace");

        assertThat(list.getItems()).hasSizeGreaterThan(3);
        for (Node n : list.lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getItem() != null) {
                assertThat(ScreenText.whole(cell)).as("suggestion cut: %s shown as %s", cell.getText(),
                        ScreenText.shown(cell)).isTrue();
            }
        }
        assertThat(list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()))
                .as("horizontal scroll bars in the suggestion list").isEmpty();
        assertThat(list.getWidth()).as("the list as wide as its field at least").isGreaterThanOrEqualTo(from.getWidth());
    }

    @Test
    void aSuggestionChosenWithEnterClosesTheListAndTabMovesOnToTheNextField(FxRobot robot) throws Exception {
        List<TextField> fields = openDialog(robot);
        TextField from = fields.get(0);
        TextField to = fields.get(1);

        Suggestions.after(robot, from, "Conflict prev");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        // Long enough for a fetch of the text just chosen to come back, had one been made.
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getText()).isEqualTo("Conflict prevention");
        assertThat(Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                .filter(Window::isShowing).map(w -> w.getScene().getRoot().lookup(".auto-complete-popup")))
                .as("suggestion lists still open").allMatch(java.util.Objects::isNull);

        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(to.isFocused()).as("Tab moved on to the To field").isTrue();
    }

    /**
     * Tab with From's list open takes the suggestion and goes on to To, as Tab does in a form: it closed
     * the list and stayed, and the second concept typed went into From (found typing a question with
     * the keyboard alone). In To, the last field, Tab takes the suggestion and stays, so the Enter that
     * follows asks the question instead of pressing Cancel, the next button.
     */
    @Test
    void tabInFromsSuggestionsGoesOnToToAndInTosStaysForEnter(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<RelateDialog.Pair>> asked =
                new java.util.concurrent.atomic.AtomicReference<>();
        Platform.runLater(() -> asked.set(RelateDialog.ask(fixture.window().getScene().getWindow(),
                fixture.vm().getTaxonomy(), "en", null)));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        List<TextField> fields = robot.lookup(".dialog-pane .text-field").queryAllAs(TextField.class).stream()
                .sorted(java.util.Comparator.comparingDouble(f -> f.localToScene(0, 0).getY())).toList();
        TextField from = fields.get(0);
        TextField to = fields.get(1);

        Suggestions.after(robot, from, "Conflict prev");
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(from.getText()).isEqualTo("Conflict prevention");
        assertThat(to.isFocused()).as("Tab moved on to the To field").isTrue();

        Suggestions.after(robot, to, "Peacebuil");
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(to.getText()).isEqualTo("Peacebuilding");
        assertThat(to.isFocused()).as("Tab in the last field's list stays there").isTrue();

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> asked.get() != null);
        assertThat(asked.get()).as("Enter asked the question")
                .contains(new RelateDialog.Pair("conflict-prevention", "peacebuilding"));
    }

    /** OK with a field left empty keeps the dialog open, says what is missing and goes to that field. */
    @Test
    void okWithAnEmptyFieldAsksForAConcept(FxRobot robot) throws Exception {
        List<TextField> fields = openDialog(robot);
        TextField to = fields.get(1);
        Suggestions.after(robot, fields.get(0), "Peacekeep");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Label problem = robot.lookup(".dialog-problem").queryAs(javafx.scene.control.Label.class);
        assertThat(problem.getText()).isEqualTo(I18n.get("relate.dialog.emptyTo")).doesNotContain("\"\"");
        assertThat(ScreenText.whole(problem)).as("the message shown whole: %s", ScreenText.shown(problem)).isTrue();
        assertThat(to.isFocused()).as("the empty To field has the focus").isTrue();
        assertThat(to.getScene().getWindow().isShowing()).as("the dialog still open").isTrue();
    }
}
