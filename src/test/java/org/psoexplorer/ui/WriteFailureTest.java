package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A file not written is said so in the interface's language, title bar and button included, with the reason. */
@ExtendWith(ApplicationExtension.class)
class WriteFailureTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void inAFrenchInterfaceOnAnEnglishMachineTheMessageIsFrenchThroughout(FxRobot robot) {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            I18n.setLocale(Locale.FRENCH);
            Alert[] made = new Alert[1];
            robot.interact(() -> made[0] = WriteFailure.alert(null,
                    new UncheckedIOException(new AccessDeniedException("/cours/carte.svg"))));
            Alert alert = made[0];

            assertThat(alert.getTitle()).isEqualTo(I18n.get("export.failedHeader")).isNotEqualTo("Error");
            assertThat(alert.getHeaderText()).isEqualTo("Rien n’a été écrit");
            assertThat(alert.getContentText()).startsWith("L’export a échoué").contains("/cours/carte.svg");
            assertThat(alert.getButtonTypes()).extracting(ButtonType::getText).containsExactly("Fermer");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aFailureWithoutAMessageNamesItsKindRatherThanNull(FxRobot robot) {
        Alert[] made = new Alert[1];
        robot.interact(() -> made[0] = WriteFailure.alert(null, new UncheckedIOException(new IOException())));
        assertThat(made[0].getContentText()).doesNotContain("null").contains("IOException");
    }

    @Test
    void whyAFileWasNotWrittenIsSaidInTheInterfacesLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir,
                                                            FxRobot robot) throws IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("carte.png"));
        java.nio.file.Path file = dir.resolve("carte.svg");
        IOException isAFolder = failure(() -> org.psoexplorer.io.AtomicFileWriter.write(folder, out -> { }));
        IOException diskFull = failure(() -> org.psoexplorer.io.AtomicFileWriter.write(file, out -> {
            throw new IOException("No space left on device");
        }));
        IOException tooLarge = failure(() -> new org.psoexplorer.export.PngExporter().render(
                new org.psoexplorer.diagram.Diagram("huge", 40_000, 30_000, java.util.List.of(), java.util.List.of(),
                        java.util.List.of(), java.util.List.of(), org.psoexplorer.diagram.DiagramStyle.DEFAULT),
                org.psoexplorer.export.ExportOptions.defaults()));

        I18n.setLocale(Locale.FRENCH);
        assertThat(text(robot, isAFolder)).contains(folder.toString()).contains("c’est un dossier");
        assertThat(text(robot, diskFull)).contains(file.toString()).contains("le disque est plein");
        assertThat(text(robot, tooLarge)).contains("L’image ferait").contains("trop grande pour un PNG");
        for (IOException e : java.util.List.of(isAFolder, diskFull, tooLarge)) {
            // The command line's English, which the core's message is, stays out of the French window.
            assertThat(text(robot, e)).doesNotContain(e.getMessage()).doesNotContain("Cannot").doesNotContain("Could not")
                    .doesNotContain("picture");
        }
        I18n.setLocale(Locale.ENGLISH);
        assertThat(text(robot, diskFull)).contains("Could not write " + file).contains("the disk is full");
    }

    private interface Failing {
        void run() throws IOException;
    }

    private static IOException failure(Failing f) {
        try {
            f.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("expected the write to fail");
    }

    private static String text(FxRobot robot, IOException e) {
        Alert[] made = new Alert[1];
        robot.interact(() -> made[0] = WriteFailure.alert(null, new UncheckedIOException(e)));
        return made[0].getContentText();
    }
}
