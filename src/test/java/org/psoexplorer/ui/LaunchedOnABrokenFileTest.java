package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Launched on a file that fails to load (a double-click on a broken file), the window has no
 * taxonomy to keep on screen: the problems say so, instead of "the previous taxonomy stays on
 * screen" above an empty graph. Once a taxonomy is shown, a broken file leaves it there, and says that.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchedOnABrokenFileTest {

    private WindowFixture fixture;
    private Path bad;

    @Start
    void start(Stage stage) throws IOException {
        bad = Files.createTempFile("broken", ".json");
        Files.writeString(bad, "{\n  \"format\": \"pso-taxonomy/1\",\n  \"concepts\": [\n    {\"id\": \"a\"\n}\n");
        fixture = WindowFixture.show(stage, 1280, 720, Locale.ENGLISH, vm -> vm.open(bad));
    }

    @AfterEach
    void removeFile() throws IOException {
        Files.deleteIfExists(bad);
    }

    @Test
    void theProblemsSayNothingIsShownUntilTheFileLoadsAndLaterThatTheTaxonomyStays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window().graphView().conceptIds()).as("nothing on the graph").isEmpty();
        assertThat(hint(robot)).isEqualTo(I18n.get("problems.nothingShown"))
                .startsWith("Nothing is shown until the file loads");

        robot.interact(() -> fixture.vm().openDefault());
        robot.interact(() -> fixture.vm().open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window().graphView().conceptIds()).as("the built-in taxonomy kept").isNotEmpty();
        assertThat(hint(robot)).isEqualTo(I18n.get("problems.kept"))
                .startsWith("The previous taxonomy stays on screen");
    }

    private static String hint(FxRobot robot) {
        Label hint = robot.lookup("#problems-panel .problems-hint").queryAs(Label.class);
        assertThat(ScreenAssertions.shown(hint)).as("the problems' hint on screen").isTrue();
        return hint.getText();
    }
}
