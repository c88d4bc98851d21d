package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window says about a file's warnings, and how the problems list looks. */
@ExtendWith(ApplicationExtension.class)
class FeedbackTest {

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1280, 720);
        vm = f.vm();
        window = f.window();
    }

    /** The built-in taxonomy with {@code loners} concepts related to nothing: each one a warning. */
    private static Path withLoners(Path dir, int loners) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(TaxonomyLoader.DEFAULT_RESOURCE)) {
            root = (ObjectNode) json.readTree(in);
        }
        ArrayNode concepts = (ArrayNode) root.get("concepts");
        for (int i = 0; i < loners; i++) {
            ObjectNode c = concepts.addObject();
            c.put("id", "loner-with-a-rather-long-identifier-" + i);
            c.put("kind", "umbrella");
            c.putObject("label").put("en", "Loner " + i);
            c.putObject("definition").put("en", "A concept nothing relates to.");
        }
        Path file = dir.resolve("loners-" + loners + ".json");
        json.writeValue(file.toFile(), root);
        return file;
    }

    private Region warningsPanel(FxRobot robot) {
        return robot.lookup("#warnings-panel").queryAs(Region.class);
    }

    @Test
    void theWarningsInTheStatusBarOpenTheirList(FxRobot robot, @TempDir Path dir) throws IOException {
        Path file = withLoners(dir, 1);
        robot.interact(() -> vm.open(file));
        assertThat(vm.warnings()).isNotEmpty();

        Hyperlink link = robot.lookup("#warnings-link").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).contains(String.valueOf(vm.warnings().size()));
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        Region panel = warningsPanel(robot);
        assertThat(panel.isVisible()).isTrue();
        assertThat(robot.lookup("#warnings-list .problem-row").queryAll()).hasSize(vm.warnings().size())
                .anySatisfy(n -> assertThat(((Label) n).getText()).contains("loner-with-a-rather-long-identifier-0"));
        // A problem or two: a small panel, the graph keeps its room.
        double rows = robot.lookup("#warnings-list .problem-row").queryAll().stream()
                .mapToDouble(n -> ((Region) n).getHeight() + 4).sum();
        assertThat(panel.getHeight()).as("%d warnings, rows %s", vm.warnings().size(), rows)
                .isLessThan(rows + 70);
        for (Node row : robot.lookup("#warnings-list .problem-row").queryAll()) {
            Label l = (Label) row;
            assertThat(ScreenText.whole(l)).as("wrapped, not cut: %s", l.getText()).isTrue();
            Bounds b = l.localToScene(l.getBoundsInLocal());
            assertThat(b.getMaxX()).isLessThanOrEqualTo(window.getScene().getWidth());
        }

        robot.clickOn(link);
        assertThat(robot.lookup("#warnings-panel").tryQuery()).isEmpty();
    }

    @Test
    void manyWarningsScrollInsteadOfPushingTheGraphAway(FxRobot robot, @TempDir Path dir) throws IOException {
        Path file = withLoners(dir, 25);
        robot.interact(() -> vm.open(file));
        robot.clickOn("#warnings-link");
        WaitForAsyncUtils.waitForFxEvents();

        Region panel = warningsPanel(robot);
        ScrollPane scroll = (ScrollPane) panel.lookup(".problems-scroll");
        Region list = (Region) scroll.getContent();
        assertThat(list.getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());
        assertThat(panel.getHeight()).isLessThan(250);
        assertThat(window.graphView().getHeight()).isGreaterThan(300);
    }
}
