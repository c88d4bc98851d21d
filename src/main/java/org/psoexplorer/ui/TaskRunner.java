package org.psoexplorer.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs long work (loading, layout) away from the FX thread and hands the result back on it.
 * Tests use {@link #immediate()} so that what they check has happened when the call returns.
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    /** Runs everything on the calling thread. */
    static TaskRunner immediate() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
