package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.layout.LabelRoom;
import org.psoexplorer.layout.Layout;

/**
 * The diagram is drawn off the FX thread, once for what arrives together: at launch the layout, the
 * graph area's size (told more than once as the window takes its size) and the label minimum make one
 * drawing, not one each; requests made while a drawing runs make one more, of the latest state; Cancel
 * leaves the diagram on screen and the window idle.
 */
class DrawingCoalescedTest {

    /**
     * The FX thread's queue and a worker, as one queue the test runs step by step: work runs when its
     * turn comes and hands its result back through the queue, as {@link FxTaskRunner} does through
     * {@code Platform.runLater}; {@link #later} steps wait their turn too.
     */
    static final class QueuedTasks implements TaskRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        final List<Lane> asked = new ArrayList<>();
        final List<Lane> cancelled = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            run(Lane.OTHER, work, onDone, onFailure);
        }

        @Override
        public <T> void run(Lane lane, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            asked.add(lane);
            queue.add(() -> {
                T result = work.get();
                queue.add(() -> {
                    if (!cancelled.contains(lane)) {
                        onDone.accept(result);
                    }
                });
            });
        }

        @Override
        public void later(Runnable step) {
            queue.add(step);
        }

        @Override
        public void cancel(Lane lane) {
            cancelled.add(lane);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        long asked(Lane lane) {
            return asked.stream().filter(l -> l == lane).count();
        }
    }

    private final QueuedTasks tasks = new QueuedTasks();
    private final ExplorerViewModel vm = new ExplorerViewModel(tasks);
    private final List<Diagram> shown = new ArrayList<>();
    private final List<ExplorerViewModel.Work> phases = new ArrayList<>();

    @BeforeEach
    void watch() {
        vm.diagramProperty().addListener((o, was, d) -> shown.add(d));
        vm.workProperty().addListener((o, was, w) -> {
            if (w != null && (phases.isEmpty() || phases.get(phases.size() - 1) != w)) {
                phases.add(w);
            }
        });
        vm.awaitCanvasSize();
    }

    private double aspect() {
        Layout l = vm.layoutProperty().get();
        return l.bounds().width() / l.bounds().height();
    }

    @Test
    void aLayoutReadyBeforeTheWindowIsDrawnOnceForTheWindowsFinalSize() {
        vm.openDefault();
        tasks.runAll();
        assertThat(vm.diagramProperty().get()).as("no drawing before the graph area's size is known").isNull();
        assertThat(vm.busyProperty().get()).as("the window waits for the drawing").isTrue();

        // The window takes its size: its preferred size first, then the stage's, with the label minimum.
        vm.setCanvasSize(700, 400);
        vm.setMinLabelPx(12.5);
        vm.setCanvasSize(1100, 560);
        tasks.runAll();

        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).isEqualTo(1);
        assertThat(shown).hasSize(1);
        assertThat(aspect()).isCloseTo(1100.0 / 560, within(0.02));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(phases).containsExactly(ExplorerViewModel.Work.LOADING, ExplorerViewModel.Work.LAYING_OUT,
                ExplorerViewModel.Work.DRAWING);
    }

    @Test
    void aWindowSizedBeforeTheLayoutArrivesDrawsItOnce() {
        vm.setCanvasSize(700, 400);
        vm.openDefault();
        vm.setCanvasSize(1100, 560);
        vm.setMinLabelPx(12.5);
        tasks.runAll();

        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).isEqualTo(1);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).nodes()).hasSize(vm.getTaxonomy().concepts().size());
    }

    @Test
    void resizesDuringADrawingMakeOneMoreDrawingOfTheLatestSize() {
        vm.setCanvasSize(1100, 560);
        vm.openDefault();
        tasks.runAll();
        assertThat(shown).hasSize(1);

        vm.setCanvasSize(600, 560);
        // The drawing for 600 px starts; the user goes on resizing while it runs.
        tasks.queue.poll().run();
        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).isEqualTo(2);
        vm.setCanvasSize(800, 560);
        vm.setCanvasSize(1000, 700);
        tasks.runAll();

        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).as("one drawing for both later sizes").isEqualTo(3);
        assertThat(aspect()).isCloseTo(1000.0 / 700, within(0.02));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aLegendFillingTheBottomOfTheAreaRedrawsASmallTaxonomyButNotALargeOne(@TempDir Path dir) throws IOException {
        vm.setCanvasSize(1100, 600);
        vm.openDefault();
        tasks.runAll();
        vm.setCanvasSize(1100, 540);
        tasks.runAll();
        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).as("70 concepts: spread again for labels' room").isEqualTo(2);

        Path large = dir.resolve("large.json");
        Files.writeString(large, LargeDrawingOffTheFxThreadTest.hierarchyJson(LabelRoom.MAX_CONCEPTS + 100));
        vm.open(large);
        tasks.runAll();
        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).isEqualTo(3);
        vm.setCanvasSize(1100, 480);
        tasks.runAll();
        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).as("a large drawing is not drawn again for 11 %").isEqualTo(3);
        vm.setCanvasSize(700, 480);
        tasks.runAll();
        assertThat(tasks.asked(TaskRunner.Lane.DRAW)).as("but is for a third narrower").isEqualTo(4);
        assertThat(shown.get(shown.size() - 1).nodes()).hasSize(LabelRoom.MAX_CONCEPTS + 100);
    }

    @Test
    void cancellingADrawingKeepsTheDiagramOnScreenAndTheWindowUsable() {
        vm.setCanvasSize(1100, 560);
        vm.openDefault();
        tasks.runAll();
        Diagram before = vm.diagramProperty().get();

        vm.setKindVisible("actor", false);
        while (vm.workProperty().get() != ExplorerViewModel.Work.DRAWING) {
            tasks.queue.poll().run();
        }
        vm.cancelWork();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(tasks.cancelled).contains(TaskRunner.Lane.DRAW);
        tasks.runAll();
        assertThat(vm.diagramProperty().get()).as("the cancelled drawing never shows").isSameAs(before);

        // A resize redraws what is on screen, not the layout given up.
        tasks.cancelled.clear();
        vm.setCanvasSize(800, 560);
        tasks.runAll();
        assertThat(vm.diagramProperty().get().nodes()).hasSameSizeAs(before.nodes());
        assertThat(aspect()).isCloseTo(800.0 / 560, within(0.02));
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
