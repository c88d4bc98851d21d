package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
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

/**
 * A dialog is read from where the window is read: on a projector (presentation mode, 1.4× the
 * text) and at the user's text size, in the window's theme. Before, every dialog stayed at the
 * desk's 14 px beside an 18-px graph in presentation mode.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFollowTheWindowTest {

    private static final double DESK_PX = WindowDisplay.BASE_FONT;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        fixture.closeDialogs(robot);
    }

    private Window openRelate(FxRobot robot) throws Exception {
        Platform.runLater(() -> RelateDialog.ask(fixture.scene().getWindow(), fixture.vm().getTaxonomy(), "en", null));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").query().getScene().getWindow();
    }

    @Test
    void inPresentationModeTheRelateDialogIsAsLargeAsTheWindowsTextAndFitsTheProjector(FxRobot robot)
            throws Exception {
        robot.interact(() -> fixture.display().presentationProperty().set(true));

        Window dialog = openRelate(robot);

        double expected = DESK_PX * 1.4;
        for (Label label : robot.lookup(".dialog-pane .label").queryAllAs(Label.class)) {
            if (!label.getText().isEmpty()) {
                assertThat(label.getFont().getSize()).as("'%s' in px", label.getText()).isCloseTo(expected,
                        org.assertj.core.data.Offset.offset(0.2));
                assertThat(ScreenText.whole(label)).as("'%s' shown as '%s'", label.getText(), ScreenText.shown(label))
                        .isTrue();
            }
        }
        for (TextField field : robot.lookup(".dialog-pane .text-field").queryAllAs(TextField.class)) {
            assertThat(field.getFont().getSize()).as("a concept field's text in px").isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(0.2));
        }
        assertThat(dialog.getWidth()).as("dialog width on a 1280-px projector").isLessThanOrEqualTo(1280);
        assertThat(dialog.getHeight()).as("dialog height on a 720-px projector").isLessThanOrEqualTo(720);
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .as("buttons with their text whole").allMatch(ScreenText::whole);
    }

    @Test
    void aDialogFollowsTheTextSizeAndThemeAsTheyChangeBothWays(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.display().textZoomProperty().set(1.3));
        Window dialog = openRelate(robot);
        Label header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class);
        assertThat(header.getFont().getSize()).as("header at 1.3× text size").isCloseTo(DESK_PX * 1.3,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .as("buttons with their text whole").allMatch(ScreenText::whole);

        robot.interact(() -> {
            fixture.display().textZoomProperty().set(1.0);
            fixture.display().darkProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(header.getFont().getSize()).as("header back at the desk's size").isCloseTo(DESK_PX,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(dialog.getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(dialog.getScene().getStylesheets()).containsAll(fixture.scene().getStylesheets());

        robot.interact(() -> fixture.display().darkProperty().set(false));
        assertThat(dialog.getScene().getRoot().getStyleClass()).doesNotContain("dark");
    }

    /** The longest dialog, a new source's form, keeps its buttons on a 720-pixel projector at 1.4× the text. */
    @Test
    void inPresentationModeANewSourcesFormFitsTheProjectorButtonsIncluded(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.display().presentationProperty().set(true));

        javafx.scene.control.Button ok = openNewSource(robot);
        Window dialog = ok.getScene().getWindow();
        assertThat(ok.getFont().getSize()).as("the form's text in px").isCloseTo(DESK_PX * 1.4,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(dialog.getHeight()).as("the form's height on a 720-px projector").isLessThanOrEqualTo(720);
        // Sized for its text as styled, not as first made: the form shows several fields, not a slit of one.
        javafx.scene.control.ScrollPane scroll = robot.lookup(".edit-dialog-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        double formHeight = scroll.getContent().getLayoutBounds().getHeight();
        assertThat(scroll.getViewportBounds().getHeight()).as("the form's visible height (of %.0f px)", formHeight)
                .isGreaterThanOrEqualTo(Math.min(formHeight, 300));
        for (javafx.scene.control.Button b : robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class)) {
            javafx.geometry.Bounds onScreen = b.localToScreen(b.getLayoutBounds());
            assertThat(onScreen.getMaxY()).as("'%s' inside the dialog", b.getText())
                    .isLessThanOrEqualTo(dialog.getY() + dialog.getHeight());
            assertThat(ScreenText.whole(b)).as("'%s' shown as '%s'", b.getText(), ScreenText.shown(b)).isTrue();
        }
    }

    /**
     * At the desk's text size the new source's form, sized once styled, is as tall as a 720-pixel
     * screen allows: it stays over the window, its buttons with it (it kept the top it was first
     * centred at, and ran 250 px off the bottom of a 1280 × 720 screen).
     */
    @Test
    void aNewSourcesFormStaysOverItsWindow(FxRobot robot) throws Exception {
        Window dialog = openNewSource(robot).getScene().getWindow();
        // The window fills a 720-pixel screen where this happened; here (a larger virtual screen) the
        // window stands for it: the dialog lies over it, top and bottom.
        Window owner = fixture.scene().getWindow();
        assertThat(dialog.getHeight()).as("the dialog's height").isLessThanOrEqualTo(owner.getHeight());
        assertThat(dialog.getY()).as("the dialog's top, the window's at %.0f", owner.getY())
                .isGreaterThanOrEqualTo(owner.getY());
        assertThat(dialog.getY() + dialog.getHeight()).as("the dialog's bottom, the window's at %.0f",
                owner.getY() + owner.getHeight()).isLessThanOrEqualTo(owner.getY() + owner.getHeight());
    }

    /** Opens Edit → New source… and gives its OK button once the dialog is shown. */
    private javafx.scene.control.Button openNewSource(FxRobot robot) throws Exception {
        Platform.runLater(() -> fixture.window().editing().newSource());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#form-ok").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#form-ok").queryButton();
    }

    /** The keyboard help, two columns of every key, would be 1,526 × 788 at 1.4×: it fits, its text still above the desk's. */
    @Test
    void inPresentationModeTheKeyboardHelpFitsTheProjectorWithLargerTextThanAtTheDesk(FxRobot robot) {
        robot.interact(() -> fixture.display().presentationProperty().set(true));
        robot.interact(() -> org.psoexplorer.ui.main.KeyboardHelp.dialog(fixture.scene().getWindow()).show());
        WaitForAsyncUtils.waitForFxEvents();

        Window dialog = robot.lookup("#keyboard-help").query().getScene().getWindow();
        assertThat(dialog.getWidth()).as("help width on a 1280-px projector").isLessThanOrEqualTo(1280);
        assertThat(dialog.getHeight()).as("help height on a 720-px projector").isLessThanOrEqualTo(720);
        List<Label> labels = robot.lookup("#keyboard-help .label").queryAllAs(Label.class).stream().toList();
        assertThat(labels).hasSizeGreaterThan(20);
        for (Label label : labels) {
            assertThat(label.getFont().getSize()).as("'%s' in px", label.getText()).isGreaterThan(DESK_PX);
            assertThat(ScreenText.whole(label)).as("'%s' shown as '%s'", label.getText(), ScreenText.shown(label))
                    .isTrue();
        }
    }
}
