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
 * Runs one fuzz input on a worker thread and fails it when it takes longer than {@link #LIMIT}: a
 * hang must be a finding, not a build that never ends. Also keeps the slowest input seen, for the
 * figures of a long run.
 */
final class Deadline {

    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });
    private static volatile long slowestNanos;

    private Deadline() {
    }

    static <T> T within(Supplier<T> work) {
        long start = System.nanoTime();
        Future<T> future = WORKER.submit(work::get);
        try {
            T result = future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            record(System.nanoTime() - start);
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("Input took longer than " + LIMIT.toSeconds() + " s");
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
