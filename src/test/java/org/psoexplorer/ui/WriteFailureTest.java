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
}
