package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame leaves out what is not seen at first (the tour card, the details pane's
 * content), which come with the next frame; a window rebuilt in another language on screen has them
 * at once, so switching the language never shows an empty side panel.
 */
@ExtendWith(ApplicationExtension.class)
class StagedWindowTest {

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1366, 768);
    }

    @AfterEach
    void backToEnglish() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void theWindowHasItsTourCardAndDetailsOnceItHasPainted() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.window().details().getScene() != null
                && fixture.window().lookup("#tour-overlay") != null);
        MainWindow window = fixture.window();

        assertThat(window.details().getScene()).isSameAs(fixture.scene());
        assertThat(window.lookup("#tour-overlay").isVisible()).isFalse();
    }

    @Test
    void aWindowRebuiltInAnotherLanguageHasThemBeforeItsFirstFrame() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node[] atOnce = new Node[2];
        MainWindow[] rebuilt = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow before = fixture.window();
            fixture.display().uiLocaleProperty().set(Locale.FRENCH);
            rebuilt[0] = fixture.window();
            assertThat(rebuilt[0]).isNotSameAs(before);
            // In the same FX event as the switch, no frame painted since: styled (skins made) but not shown.
            rebuilt[0].applyCss();
            atOnce[0] = rebuilt[0].details().getScene() == null ? null : rebuilt[0].details();
            atOnce[1] = rebuilt[0].lookup("#tour-overlay");
        }).get(10, TimeUnit.SECONDS);

        assertThat(atOnce[0]).as("the details pane, in the rebuilt window's scene at once").isNotNull();
        assertThat(atOnce[1]).as("the tour card, in the rebuilt window at once").isNotNull();
    }
}
