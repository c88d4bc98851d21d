package org.psoexplorer.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one fuzz input on a worker thread and fails it when it takes more than {@link #LIMIT} of
 * processor time: a slow input must be a finding. Processor time, not wall time, because the build
 * shares its machine and a busy one would make wall time flaky; a hang (no progress at all) is
 * caught by a wall-clock backstop of {@link #HANG}. Also keeps the slowest input seen, for the
 * figures of a long run.
 */
final class Deadline {

    static final Duration LIMIT = Duration.ofSeconds(5);
    static final Duration HANG = Duration.ofSeconds(60);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });
    private static volatile long slowestNanos;

    private Deadline() {
    }

    static <T> T within(Supplier<T> work) {
        long[] cpu = new long[1];
        Future<T> future = WORKER.submit(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            T result = work.get();
            cpu[0] = THREADS.getCurrentThreadCpuTime() - start;
            return result;
        });
        try {
            T result = future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
            record(cpu[0]);
            if (cpu[0] > LIMIT.toNanos()) {
                throw new AssertionError("Input took " + cpu[0] / 1_000_000 + " ms of processor time, over "
                        + LIMIT.toSeconds() + " s");
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("Input did not finish within " + HANG.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError("The input threw " + cause, cause);
        }
    }

    private static void record(long nanos) {
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
        }
    }

    static Duration slowest() {
        return Duration.ofNanos(slowestNanos);
    }
}
