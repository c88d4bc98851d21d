package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.WindowActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window does not wait for the taxonomy: it is built and shown while the taxonomy is still being
 * read (here, a read held back until the test lets it go), and the graph appears once it is ready.
 */
@ExtendWith(ApplicationExtension.class)
class WindowBeforeTaxonomyTest {

    private final CountDownLatch readMayFinish = new CountDownLatch(1);
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.setLocale(Locale.ENGLISH);
        HeadStart early = HeadStart.begin(null, () -> {
            try {
                readMayFinish.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TaxonomyLoader().loadDefault();
        }, null);
        ExplorerViewModel vm = new ExplorerViewModel(new FxTaskRunner());
        vm.useHeadStart(early);
        window = new MainWindow(vm, new WindowActions(() -> { }, vm::open, url -> { }, List::of, () -> { },
                () -> { }, () -> { }), new DisplayModel());
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/org/psoexplorer/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.openDefault();
    }

    @AfterEach
    void letTheReadFinish() {
        readMayFinish.countDown();
    }

    @Test
    void theWindowShowsWhileTheTaxonomyIsReadAndTheGraphWhenItIsReady(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#window-top").query().getBoundsInParent().getHeight()).as("menus and toolbar")
                .isGreaterThan(20);
        assertThat(window.graphView().getBoundsInParent().getWidth()).as("graph area").isGreaterThan(600);
        assertThat(robot.lookup(Drawn.concept("pso")).tryQuery()).as("a concept before the taxonomy is read").isEmpty();

        readMayFinish.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(Drawn.concept("pso")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Node pso = robot.lookup(Drawn.concept("pso")).query();
        Bounds concept = pso.localToScene(pso.getBoundsInLocal());
        Bounds area = window.graphView().localToScene(window.graphView().getBoundsInLocal());
        assertThat(pso.isVisible()).isTrue();
        // What the eye finds is the name, drawn at a legible size over the concept's (maybe tiny) box.
        Node name = robot.lookup(Drawn.label("pso")).query();
        assertThat(name.isVisible()).isTrue();
        assertThat(name.localToScene(name.getBoundsInLocal()).getWidth()).as("the name's width on screen")
                .isGreaterThan(40);
        assertThat(area.intersects(concept)).as("the concept is drawn in the graph area").isTrue();
        assertThat(robot.lookup(".concept").queryAll().size()).as("concepts drawn").isGreaterThan(40);
    }
}
