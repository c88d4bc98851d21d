package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.testing.Folders;

/** An export writes its file whole or not at all (through {@link org.psoexplorer.io.AtomicFileWriter}). */
class ExporterWritesWholeFilesTest {

    @TempDir
    Path dir;

    @Test
    void anExporterThatThrowsMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("diagram.svg");
        Files.writeString(target, "<svg>old</svg>");
        Exporter failing = new Exporter() {
            @Override
            public ExportFormat format() {
                return ExportFormat.SVG;
            }

            @Override
            public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
                out.write("<svg><g>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IllegalStateException("painter failed");
            }
        };

        assertThatThrownBy(() -> failing.write(ExportFixtures.scene(), ExportOptions.defaults(), target))
                .isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("<svg>old</svg>");
        assertThat(Folders.names(dir)).containsExactly("diagram.svg");
    }

    @Test
    void aPictureTooLargeForPngLeavesTheOldFile() throws IOException {
        Path target = dir.resolve("big.png");
        Files.writeString(target, "old");
        var huge = new org.psoexplorer.diagram.Diagram("huge", 40_000, 40_000, List.of(), List.of(), List.of(),
                List.of(), org.psoexplorer.diagram.DiagramStyle.DEFAULT);
        ExportScene scene = ExportFixtures.scene();
        ExportScene hugeScene = new ExportScene(scene.graph(), scene.visible(), "en", huge);

        assertThatThrownBy(() -> new PngExporter().write(hugeScene, ExportOptions.defaults(), target))
                .isInstanceOf(IOException.class);

        assertThat(target).hasContent("old");
        assertThat(Folders.names(dir)).containsExactly("big.png");
    }
}
