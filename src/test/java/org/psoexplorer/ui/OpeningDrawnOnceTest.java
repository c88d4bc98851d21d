package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.WindowActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening the built-in taxonomy draws it once: the legend takes its room from the visible concepts
 * before the drawing arrives (it used to fill in with the first drawing, shrink the graph area by
 * more than the redraw threshold and have the whole taxonomy spread and drawn a second time).
 */
@ExtendWith(ApplicationExtension.class)
class OpeningDrawnOnceTest {

    private final List<Diagram> drawn = new ArrayList<>();
    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        vm = new ExplorerViewModel(TaskRunner.immediate());
        DisplayModel display = new DisplayModel();
        window = new MainWindow(vm, new WindowActions(() -> { }, vm::open, url -> { }, List::of, () -> { },
                () -> { }, () -> { }), display);
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/org/psoexplorer/ui/explorer.css").toExternalForm());
        WindowDisplay.bind(scene, display);
        stage.setScene(scene);
        stage.show();
        vm.diagramProperty().addListener((o, was, d) -> {
            if (d != null) {
                drawn.add(d);
            }
        });
        vm.openDefault();
    }

    @Test
    void theBuiltInTaxonomyIsDrawnOnceAndTheLegendDoesNotMoveIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
        assertThat(drawn).hasSize(1);
        assertThat(window.lookup("#legend").getBoundsInParent().getHeight()).isGreaterThan(60);
        assertThat(window.graphView().conceptIds()).hasSize(vm.getTaxonomy().concepts().size());
    }
}
