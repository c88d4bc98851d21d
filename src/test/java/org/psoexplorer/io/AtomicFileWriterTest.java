package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.testing.Folders;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileReadableByOthers() throws IOException {
        Path target = dir.resolve("out.svg");

        AtomicFileWriter.write(target, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("<svg/>");
        assertThat(Folders.names(dir)).containsExactly("out.svg");
        if (Files.getFileAttributeView(target, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void replacesAnExistingFileKeepingItsPermissions() throws IOException {
        Path target = dir.resolve("out.svg");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
        assertThat(Folders.names(dir)).containsExactly("out.svg");
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("diagram.png");
        byte[] old = {1, 2, 3, 4, 5};
        Files.write(target, old);

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("Could not write " + target + ": no space left on device");

        assertThat(Files.readAllBytes(target)).isEqualTo(old);
        assertThat(Folders.names(dir)).containsExactly("diagram.png");
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = dir.resolve("no-such-folder").resolve("out.svg");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("does not exist");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aFileInTheWayOfTheFolderIsNamedInTheMessage() throws IOException {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        Path target = file.resolve("out.svg");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("is not a folder");
    }

    @Test
    void aFolderAsTargetIsRefused() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.svg"));

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("it is a folder");
        assertThat(target).isDirectory();
    }
}
