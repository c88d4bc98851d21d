package org.psoexplorer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** One background thread for all long work; results come back through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pso-explorer-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
