package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher behind automatic reload. Nothing here asserts how fast it reacts: waits for a report
 * are generous, and "nothing was reported" is checked after a settling time well beyond the
 * watcher's quiet period (300 ms).
 */
class FileWatcherTest {

    private static final long TIMEOUT_MILLIS = 15_000;
    private static final long SETTLE_MILLIS = 1_500;

    @TempDir
    Path dir;

    private final FileWatcher watcher = new FileWatcher();
    private final List<Path> reports = new CopyOnWriteArrayList<>();
    private Path file;

    @BeforeEach
    void createTheFile() throws IOException {
        file = Files.writeString(dir.resolve("taxonomy.json"), "{}");
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** Starts watching and waits for one reported change, so the watcher is known to listen; then forgets it. */
    private void primed() throws IOException, InterruptedException {
        watcher.watch(file, reports::add);
        Files.writeString(file, "{\"v\": 0}");
        assertThat(waitFor(() -> !reports.isEmpty())).as("the watcher reports a change of its file").isTrue();
        Thread.sleep(SETTLE_MILLIS);
        reports.clear();
    }

    @Test
    void aChangeOfTheFileIsReportedWithItsPath() throws Exception {
        watcher.watch(file, reports::add);

        Files.writeString(file, "{\"changed\": true}");

        assertThat(waitFor(() -> !reports.isEmpty())).as("a report within %s ms", TIMEOUT_MILLIS).isTrue();
        assertThat(reports.get(0)).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void aBurstOfWritesIsReportedOnce() throws Exception {
        primed();

        long start = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            Files.writeString(file, "{\"v\": " + i + "}");
        }
        long burstMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(waitFor(() -> !reports.isEmpty())).isTrue();
        Thread.sleep(SETTLE_MILLIS);
        // One report per quiet period of 300 ms at most: once for a quick burst, a few on a slow machine,
        // never once per write.
        assertThat(reports).hasSizeBetween(1, (int) Math.min(7, 1 + burstMillis / 300));
    }

    @Test
    void anEditorsSaveByRenameIsReported() throws Exception {
        primed();
        Path temp = Files.writeString(dir.resolve(".taxonomy.json.swp"), "{\"saved\": true}");

        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(waitFor(() -> !reports.isEmpty())).isTrue();
        assertThat(reports).allMatch(p -> p.equals(file.toAbsolutePath()));
    }

    @Test
    void changesToOtherFilesOfTheFolderAreNotReported() throws Exception {
        primed();

        Files.writeString(dir.resolve("other.json"), "{}");
        Files.writeString(dir.resolve("taxonomy.json.bak"), "{}");
        Thread.sleep(SETTLE_MILLIS);

        assertThat(reports).isEmpty();

        // The watcher is still there for its own file.
        Files.writeString(file, "{\"after\": true}");
        assertThat(waitFor(() -> !reports.isEmpty())).isTrue();
        assertThat(reports).containsOnly(file.toAbsolutePath());
    }

    @Test
    void nothingIsReportedOnceClosed() throws Exception {
        primed();

        watcher.close();
        Files.writeString(file, "{\"closed\": true}");
        Thread.sleep(SETTLE_MILLIS);

        assertThat(reports).isEmpty();
        watcher.close();
    }

    @Test
    void watchingAnotherFileStopsWatchingTheFirst() throws Exception {
        primed();
        Path second = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("second.json"), "{}");
        List<Path> secondReports = new CopyOnWriteArrayList<>();

        watcher.watch(second, secondReports::add);
        Files.writeString(file, "{\"first\": true}");
        Files.writeString(second, "{\"second\": true}");

        assertThat(waitFor(() -> !secondReports.isEmpty())).isTrue();
        Thread.sleep(SETTLE_MILLIS);
        assertThat(reports).isEmpty();
        assertThat(secondReports).containsOnly(second.toAbsolutePath());
    }
}
