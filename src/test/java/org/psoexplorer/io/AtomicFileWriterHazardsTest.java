package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs, long names, read-only files, links and full disks did to exports (issue 16). */
class AtomicFileWriterHazardsTest {

    @TempDir
    Path dir;

    private static final AtomicFileWriter.Content NEW = out -> out.write("new".getBytes(StandardCharsets.UTF_8));

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path aged(String name, Duration age) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved() throws IOException {
        aged(".pso.png.8123456789012345678.part", Duration.ofHours(3));
        aged(".pso.png.42.part", Duration.ofDays(2));

        AtomicFileWriter.write(dir.resolve("pso.png"), NEW);

        assertThat(listing()).containsExactly("pso.png");
    }

    @Test
    void onlyOurOwnOldTemporaryFilesAreRemoved() throws IOException {
        aged(".pso.png.77.part", Duration.ofMinutes(2));          // maybe another export, still running
        aged(".other.png.77.part", Duration.ofHours(3));          // another target's
        aged(".pso.png.notanumber.part", Duration.ofHours(3));    // not our pattern
        aged("pso.png.1.part", Duration.ofHours(3));              // not hidden: not ours

        AtomicFileWriter.write(dir.resolve("pso.png"), NEW);

        assertThat(listing()).containsExactly(".other.png.77.part", ".pso.png.77.part", ".pso.png.notanumber.part",
                "pso.png", "pso.png.1.part");
    }

    @Test
    void aLegal254ByteNameCanBeWritten() throws IOException {
        String name = "é".repeat(125) + ".png"; // 250 + 4 bytes
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(254);

        AtomicFileWriter.write(dir.resolve(name), NEW);

        assertThat(dir.resolve(name)).hasContent("new");
        assertThat(listing()).containsExactly(name);
    }

    @Test
    void aReadOnlyFileIsRefusedNotReplaced() throws IOException {
        Path target = Files.writeString(dir.resolve("kept.svg"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> AtomicFileWriter.write(target, NEW))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot write " + target + ": the file is read-only; choose another name or make it "
                        + "writable first");

        assertThat(target).hasContent("old");
        assertThat(listing()).containsExactly("kept.svg");
    }

    /**
     * A system folder that exists but holds no files of ours (/proc on Linux): the command line said
     * "Cannot write /proc/x.svg: NoSuchFileException", an exception's name and nothing to do.
     */
    @Test
    void aFolderWhereNoFileCanBeMadeSaysSoAndWhatToDo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Path target = Path.of("/proc/diagram.svg");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, NEW))
                .isInstanceOfSatisfying(WriteException.class,
                        e -> assertThat(e.why()).isEqualTo(WriteException.Why.FOLDER_DENIED))
                .hasMessage("Cannot write " + target + ": permission denied in /proc");
    }

    @Test
    void writingThroughASymbolicLinkUpdatesTheFileItPointsTo() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path file = Files.writeString(real.resolve("diagram.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), Path.of("real", "diagram.svg"));

        AtomicFileWriter.write(link, NEW);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("diagram.svg");
        }
    }

    @Test
    void aFullDiskNamesTheFile() {
        Path target = dir.resolve("x.png");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100]);
            throw new IOException("No space left on device");
        })).hasMessage("Could not write " + target + ": no space left on device");
    }

    @Test
    void aFullDiskBehindAnImageWriterNamesTheFile() {
        Path target = dir.resolve("x.png");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new javax.imageio.IIOException("I/O error writing PNG file!",
                    new IOException("No space left on device"));
        })).hasMessage("Could not write " + target + ": no space left on device");
    }

    @Test
    void anImageWriterFailureNamesTheFile() {
        Path target = dir.resolve("x.png");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            throw new javax.imageio.IIOException("I/O error writing PNG file!");
        })).hasMessage("Could not write " + target + ": the device reported an input/output error");
    }
}
