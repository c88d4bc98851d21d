package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A load that never finishes can be stopped, and the window is no longer busy (issue 16). */
class CancelWorkTest {

    /** Work that never ends, as reading a FIFO or a slow network share would; records what is cancelled. */
    private static final class EndlessRunner implements TaskRunner {
        final List<Lane> cancelled = new ArrayList<>();
        final List<Runnable> lateResults = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            lateResults.add(() -> onDone.accept(work.get()));
        }

        @Override
        public void cancel(Lane lane) {
            cancelled.add(lane);
        }
    }

    @Test
    void cancellingStopsTheLoadAndTheWindowIsNoLongerBusy() {
        EndlessRunner runner = new EndlessRunner();
        ExplorerViewModel vm = new ExplorerViewModel(runner);

        vm.open(Path.of("never-ends.json"));
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.loadingProperty().get()).isTrue();

        vm.cancelWork();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(runner.cancelled).contains(TaskRunner.Lane.LOAD, TaskRunner.Lane.LAYOUT);
    }

    @Test
    void aLayoutCancelledIsNotDrawnWhenItsResultArrivesLate() {
        EndlessRunner runner = new EndlessRunner();
        ExplorerViewModel vm = new ExplorerViewModel(runner);
        vm.openDefault();
        runner.lateResults.remove(0).run();
        assertThat(vm.busyProperty().get()).as("the layout of the loaded taxonomy runs").isTrue();

        vm.cancelWork();
        runner.lateResults.forEach(Runnable::run);

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.diagramProperty().get()).as("a cancelled layout is not drawn").isNull();
    }
}
