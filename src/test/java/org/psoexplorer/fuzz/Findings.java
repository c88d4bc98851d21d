package org.psoexplorer.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts inputs and, in a long run ({@code -Dfuzz.collect=DIR}), keeps going after a broken
 * invariant, saving the input to DIR for the corpus instead of stopping at the first. In the build
 * every broken invariant fails the test at once.
 */
final class Findings {

    private static final String COLLECT = System.getProperty("fuzz.collect", "");
    private final String name;
    private final AtomicInteger inputs = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();

    Findings(String name) {
        this.name = name;
    }

    void run(byte[] input, Runnable check) {
        inputs.incrementAndGet();
        try {
            check.run();
        } catch (AssertionError e) {
            if (COLLECT.isEmpty()) {
                throw e;
            }
            int n = broken.incrementAndGet();
            save(input, n, e);
        }
    }

    private void save(byte[] input, int n, AssertionError e) {
        try {
            Path dir = Files.createDirectories(Path.of(COLLECT));
            Files.write(dir.resolve(name + "-" + n + ".json"), input);
            Files.writeString(dir.resolve(name + "-" + n + ".txt"), String.valueOf(e.getMessage()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** One line for BENCHMARKS.md, written to {@code fuzz.figures} when set. */
    void report() {
        String line = String.format(java.util.Locale.ROOT, "%s: %,d inputs, %,d broken invariants, slowest input %d ms%n",
                name, inputs.get(), broken.get(), Deadline.slowest().toMillis());
        String figures = System.getProperty("fuzz.figures");
        if (figures == null) {
            return;
        }
        try {
            Files.writeString(Path.of(figures), line, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
