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

    @Test
    void theFirstFrameListsTheKindsOfTheTaxonomyReadAtLaunch() throws Exception {
        // So the graph area has its final size when the head start draws for it (ExplorerApp tells it
        // before the first frame), rather than the legend filling in after the drawing and shrinking it.
        HeadStart early = HeadStart.begin(null, () -> new org.psoexplorer.io.TaxonomyLoader().loadDefault(), null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> early.openingKinds() != null);
        int kinds = early.openingKinds().size();
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            ExplorerViewModel vm = new ExplorerViewModel(TaskRunner.immediate());
            vm.useHeadStart(early);
            window[0] = new MainWindow(vm, new org.psoexplorer.ui.main.WindowActions(() -> { }, p -> { }, url -> { },
                    java.util.List::of, () -> { }, () -> { }, () -> { }), new DisplayModel());
            // Styled as for the first frame (its controls' skins made), not yet painted.
            new javafx.scene.Scene(window[0], 1366, 768);
            window[0].applyCss();
        }).get(10, TimeUnit.SECONDS);

        assertThat(window[0].lookupAll(".legend-item")).as("legend entries before any taxonomy is open").hasSize(kinds);
        assertThat(kinds).isGreaterThan(3);
    }

    @Test
    void workDoneAtOnceShowsNoSpinnerAndMakesNone() throws Exception {
        // The fixture's work is done in the same event it is asked in: the opening taxonomy was read,
        // laid out and drawn without the busy indicator ever appearing, nor its spinner being made.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Node busy = fixture.window().lookup("#busy");
            assertThat(busy.isVisible()).isFalse();
            assertThat(fixture.window().lookupAll(".progress-indicator")).isEmpty();
            assertThat(fixture.window().lookup("#cancel-work")).isNull();
        }).get(10, TimeUnit.SECONDS);
    }
}
