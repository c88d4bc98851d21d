package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.WindowActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A taxonomy of thousands of concepts is drawn on a worker: while its drawing is under way the window
 * keeps painting frames and says what it is doing, the diagram arrives when done, and Cancel stops a
 * drawing and leaves the window usable. The drawing is held in progress until the test lets it go, so
 * what is checked "during" the drawing does not depend on the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class LargeDrawingOffTheFxThreadTest {

    private static final int CONCEPTS = 2000;

    /** The application's runner, with drawings held at their start until {@link #gate} opens. */
    private static final class HeldDrawings implements TaskRunner {
        private final FxTaskRunner runner = new FxTaskRunner();
        volatile CountDownLatch gate = new CountDownLatch(1);

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            runner.run(work, onDone, onFailure);
        }

        @Override
        public <T> void run(Lane lane, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            CountDownLatch held = gate;
            runner.run(lane, lane != Lane.DRAW ? work : () -> {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("cancelled", e);
                }
                return work.get();
            }, onDone, onFailure);
        }

        @Override
        public void later(Runnable step) {
            runner.later(step);
        }

        @Override
        public void cancel(Lane lane) {
            runner.cancel(lane);
        }
    }

    @TempDir
    static Path dir;

    private final HeldDrawings tasks = new HeldDrawings();
    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        vm = new ExplorerViewModel(tasks);
        window = new MainWindow(vm, new WindowActions(() -> { }, vm::open, url -> { }, List::of, () -> { },
                () -> { }, () -> { }), new DisplayModel());
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/org/psoexplorer/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void letDrawingsFinish() {
        tasks.gate.countDown();
    }

    /** A hierarchy of {@code n} concepts, five children to a parent. */
    static String hierarchyJson(int n) {
        StringBuilder concepts = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int i = 0; i < n; i++) {
            concepts.append(i == 0 ? "" : ",\n").append("{\"id\": \"c").append(i)
                    .append("\", \"kind\": \"thing\", \"label\": \"Concept number ").append(i)
                    .append("\", \"definition\": \"Generated.\"}");
            if (i > 0) {
                relations.append(i == 1 ? "" : ",\n").append("{\"from\": \"c").append(i)
                        .append("\", \"type\": \"kind-of\", \"to\": \"c").append((i - 1) / 5).append("\"}");
            }
        }
        return """
                {
                  "format": "pso-taxonomy/1",
                  "title": "A large hierarchy",
                  "defaultLanguage": "en",
                  "kinds": [{"id": "thing", "label": "Thing"}],
                  "relationTypes": [{"id": "kind-of", "label": "is a kind of", "inverseLabel": "has kind",
                                     "directed": true, "hierarchical": true}],
                  "concepts": [%s],
                  "relations": [%s]
                }
                """.formatted(concepts, relations);
    }

    private static Path hierarchy(int n) throws IOException {
        Path file = dir.resolve("large-" + n + ".json");
        Files.writeString(file, hierarchyJson(n), StandardCharsets.UTF_8);
        return file;
    }

    private static <T> T onFx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(int seconds, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void theWindowPaintsWhileALargeDiagramIsDrawnAndCancelLeavesItUsable(FxRobot robot) throws Exception {
        Path file = hierarchy(CONCEPTS);
        robot.interact(() -> vm.open(file));
        waitUntil(180, () -> vm.workProperty().get() == ExplorerViewModel.Work.DRAWING);

        // Frames keep coming while the drawing is under way: the FX thread is not the one drawing.
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        robot.interact(counter::start);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pulses.get() >= 10);
        robot.interact(counter::stop);
        Node busy = robot.lookup("#busy").query();
        // Shown once the work has lasted a moment (BusyIndicator.SHOW_AFTER), and for as long as it lasts.
        waitUntil(10, busy::isVisible);
        assertThat(onFx(() -> robot.lookup("#busy-phase").queryAs(Label.class).getText())).isEqualTo("Drawing…");
        assertThat(onFx(() -> vm.diagramProperty().get())).isNull();

        tasks.gate.countDown();
        waitUntil(120, () -> vm.diagramProperty().get() != null && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Diagram drawn = onFx(() -> vm.diagramProperty().get());
        assertThat(drawn.nodes()).hasSize(CONCEPTS);
        assertThat(onFx(busy::isVisible)).isFalse();
        // Zoomed out, a large diagram is one picture painted on the overview's thread: wait for it.
        waitUntil(10, () -> window.graphView().overviewUpToDate());
        assertThat(robot.lookup(Drawn.anyConcept()).tryQuery().isPresent()
                || !onFx(() -> window.graphView().namedOnOverview()).isEmpty())
                .as("concepts on screen, as nodes or on the overview").isTrue();
        assertThat(onFx(() -> window.graphView().indexPrepared())).as("the diagram indexed on the drawing's worker").isTrue();

        // A redraw (larger labels) held in progress, then cancelled: the diagram on screen stays.
        tasks.gate = new CountDownLatch(1);
        robot.interact(() -> vm.setMinLabelPx(15));
        waitUntil(60, () -> vm.workProperty().get() == ExplorerViewModel.Work.DRAWING);
        waitUntil(10, busy::isVisible);
        // Laid out where it shows before the pointer goes there; no popup left open by an earlier test
        // (an auto-hiding one takes the click that hides it).
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#cancel-work");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        // The click reaches the window through the input queue, after the first hover made Cancel's tooltip.
        waitUntil(10, () -> !busy.isVisible() && !vm.busyProperty().get());
        assertThat(onFx(() -> vm.diagramProperty().get())).isSameAs(drawn);

        // The window is still usable: the next redraw is made and shown.
        tasks.gate.countDown();
        robot.interact(() -> vm.setMinLabelPx(18));
        waitUntil(120, () -> vm.diagramProperty().get() != drawn && !vm.busyProperty().get());
        assertThat(onFx(() -> vm.diagramProperty().get()).nodes()).hasSize(CONCEPTS);
        assertThat(onFx(() -> vm.diagramProperty().get())).isNotSameAs(drawn);
    }
}
