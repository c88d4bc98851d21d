package org.psoexplorer.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Long work on background threads, results back through {@link Platform#runLater}. Each job has a
 * thread of its own, so a load that never ends (a file on a hung network share) blocks neither
 * layouts, nor exports, nor the next load: that one cancels it, interrupting its thread, and only
 * the latest job of a superseding lane delivers its result.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pso-explorer-worker");
        t.setDaemon(true);
        return t;
    });
    private final Executor deliver;
    private final Map<Lane, Job> latest = new EnumMap<>(Lane.class);

    public FxTaskRunner() {
        this(Platform::runLater);
    }

    /** @param deliver runs the callbacks: the FX thread in the application, any thread in tests */
    FxTaskRunner(Executor deliver) {
        this.deliver = deliver;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        run(Lane.OTHER, work, onDone, onFailure);
    }

    @Override
    public <T> void run(Lane lane, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        Job job = new Job();
        if (lane.supersedes()) {
            Job previous;
            synchronized (latest) {
                previous = latest.put(lane, job);
            }
            if (previous != null) {
                previous.cancel();
            }
        }
        job.start(workers.submit(() -> {
            try {
                T result = work.get();
                deliver.execute(() -> {
                    if (!job.cancelled) {
                        onDone.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {
                deliver.execute(() -> {
                    if (!job.cancelled) {
                        onFailure.accept(e);
                    }
                });
            }
        }));
    }

    @Override
    public void later(Runnable step) {
        deliver.execute(step);
    }

    @Override
    public void cancel(Lane lane) {
        Job job;
        synchronized (latest) {
            job = latest.remove(lane);
        }
        if (job != null) {
            job.cancel();
        }
    }

    private static final class Job {
        private volatile boolean cancelled;
        private Future<?> future;

        synchronized void start(Future<?> f) {
            future = f;
            if (cancelled) {
                f.cancel(true);
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (future != null) {
                future.cancel(true);
            }
        }
    }
}
