package org.psoexplorer.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs long work (loading, layout, export) away from the FX thread and hands the result back on it.
 * Tests use {@link #immediate()} so that what they check has happened when the call returns.
 */
public interface TaskRunner {

    /**
     * Kinds of work. Work of one kind never waits for work of another: a slow load does not hold up
     * an export. In the lanes that {@link #supersedes supersede}, only the latest request matters:
     * a new load or layout cancels the one still running, whose result is never delivered.
     */
    enum Lane {
        LOAD(true), LAYOUT(true), DRAW(true), EXPORT(false), OTHER(false);

        private final boolean supersedes;

        Lane(boolean supersedes) {
            this.supersedes = supersedes;
        }

        public boolean supersedes() {
            return supersedes;
        }
    }

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

    /** Runs work of a kind; runners without lanes treat every kind alike. */
    default <T> void run(Lane lane, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        run(work, onDone, onFailure);
    }

    /** Stops the work running in {@code lane}, if the runner can: its result is then never delivered. */
    default void cancel(Lane lane) {
    }

    /**
     * Runs {@code step} on the FX thread after what it is doing now: requests made together (a
     * window's width and height, a label size and a canvas changed in one pulse) are then served
     * once. Runners without an FX thread run it at once.
     */
    default void later(Runnable step) {
        step.run();
    }

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
