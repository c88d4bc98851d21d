package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Long work in the window: a load that never ends freezes nothing and blocks nothing (issue 16). */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner(Runnable::run);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final CountDownLatch never = new CountDownLatch(1);
    private final CountDownLatch hungLoadStarted = new CountDownLatch(1);
    private final CountDownLatch hungLoadInterrupted = new CountDownLatch(1);

    /** A load that waits for ever, as one reading a pipe nobody writes to. */
    private String hungLoad() {
        hungLoadStarted.countDown();
        try {
            never.await();
        } catch (InterruptedException e) {
            hungLoadInterrupted.countDown();
        }
        return "hung load";
    }

    private void record(String s) {
        delivered.add(s);
    }

    @Test
    void aHungLoadBlocksNeitherLayoutsNorExports() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        runner.run(TaskRunner.Lane.LOAD, this::hungLoad, this::record, e -> record("failed"));
        assertThat(hungLoadStarted.await(10, TimeUnit.SECONDS)).isTrue();

        runner.run(TaskRunner.Lane.LAYOUT, () -> "layout", s -> {
            record(s);
            done.countDown();
        }, e -> record("failed"));
        runner.run(TaskRunner.Lane.EXPORT, () -> "export", s -> {
            record(s);
            done.countDown();
        }, e -> record("failed"));

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).containsExactlyInAnyOrder("layout", "export");
    }

    @Test
    void aNewLoadCancelsTheHungOneWhoseResultIsNeverDelivered() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        runner.run(TaskRunner.Lane.LOAD, this::hungLoad, this::record, e -> record("failed"));
        assertThat(hungLoadStarted.await(10, TimeUnit.SECONDS)).isTrue();

        runner.run(TaskRunner.Lane.LOAD, () -> "second load", s -> {
            record(s);
            done.countDown();
        }, e -> record("failed"));

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(hungLoadInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(delivered).containsExactly("second load");
    }

    @Test
    void cancellingALoadStopsItAndDropsItsResult() throws InterruptedException {
        runner.run(TaskRunner.Lane.LOAD, this::hungLoad, this::record, e -> record("failed"));
        assertThat(hungLoadStarted.await(10, TimeUnit.SECONDS)).isTrue();

        runner.cancel(TaskRunner.Lane.LOAD);

        assertThat(hungLoadInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(delivered).isEmpty();
    }

    @Test
    void exportsAreNotSupersededByEachOther() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        runner.run(TaskRunner.Lane.EXPORT, () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return "interrupted";
            }
            return "first";
        }, s -> {
            record(s);
            done.countDown();
        }, e -> record("failed"));
        runner.run(TaskRunner.Lane.EXPORT, () -> "second", s -> {
            record(s);
            done.countDown();
        }, e -> record("failed"));
        release.countDown();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delivered).containsExactlyInAnyOrder("first", "second");
    }
}
