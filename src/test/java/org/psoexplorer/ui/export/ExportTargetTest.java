package org.psoexplorer.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export writes the file the save dialog asked about, and asks before replacing any other (issue 16). */
class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void aNameWithTheExtensionIsWrittenAsChosen() {
        Path chosen = dir.resolve("slides.PNG");

        assertThat(ExportTarget.of(chosen, "png")).isEqualTo(new ExportTarget(chosen, false));
    }

    @Test
    void aNewNameWithoutTheExtensionGetsIt() {
        assertThat(ExportTarget.of(dir.resolve("slides"), "png"))
                .isEqualTo(new ExportTarget(dir.resolve("slides.png"), false));
    }

    @Test
    void anExistingNameTheUserAgreedToReplaceIsNotChangedToAnother() throws IOException {
        Path chosen = Files.writeString(dir.resolve("slides"), "old");
        Files.writeString(dir.resolve("slides.png"), "someone else's picture");

        assertThat(ExportTarget.of(chosen, "png")).isEqualTo(new ExportTarget(chosen, false));
    }

    @Test
    void anotherExistingFileIsNotReplacedWithoutAsking() throws IOException {
        Files.writeString(dir.resolve("slides.png"), "someone else's picture");

        assertThat(ExportTarget.of(dir.resolve("slides"), "png"))
                .isEqualTo(new ExportTarget(dir.resolve("slides.png"), true));
    }
}
