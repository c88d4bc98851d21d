package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolbar on a projector (1280×720) and a teaching laptop (1366×768), in both languages, with
 * the filters on and the text enlarged: every control on the bar, none cut, and Back where it was.
 */
class ToolbarTest {

    @AfterAll
    static void modena() {
        Application.setUserAgentStylesheet(null);
        I18n.setLocale(Locale.ENGLISH);
    }

    private static ToolBar toolbar(MainWindow w) {
        return (ToolBar) w.lookup(".explorer-toolbar");
    }

    /** At the largest text the end of the bar may fold into its overflow menu; fit and search never do. */
    @ParameterizedTest(name = "{0}×{1} {2} text ×{3}")
    @CsvSource({"1280, 720, en, 1.0", "1280, 720, fr, 1.0", "1366, 768, fr, 1.0", "1280, 720, en, 1.5",
            "1280, 720, fr, 1.5", "1280, 720, fr, 2.0", "1366, 768, en, 2.0"})
    void everyControlStaysOnTheBarWhole(int width, int height, String lang, double zoom) throws Exception {
        FxRobot robot = new FxRobot();
        Stage stage = FxToolkit.registerPrimaryStage();
        WindowFixture[] f = new WindowFixture[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            f[0] = WindowFixture.show(stage, width, height, Locale.forLanguageTag(lang));
            f[0].window().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * zoom));
        });
        MainWindow window = f[0].window();
        WaitForAsyncUtils.waitForFxEvents();
        Node back = window.lookup("#back");
        double backX = back.localToScene(back.getBoundsInLocal()).getMinX();

        robot.interact(() -> f[0].vm().setKindVisible("actor", false));
        WaitForAsyncUtils.waitForFxEvents();

        ToolBar bar = toolbar(window);
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        StringBuilder items = new StringBuilder("bar " + bar.getWidth() + ":");
        bar.getItems().forEach(n -> items.append(' ').append(n.getId()).append('=').append(n.prefWidth(-1))
                .append(n instanceof javafx.scene.control.Labeled l ? "/" + l.getContentDisplay() : ""));
        if (zoom <= 1.5) {
            assertThat(overflow == null || !overflow.isVisible()).as("the toolbar overflows: %s", items).isTrue();
        }
        Node fit = window.lookup("#fit");
        assertThat(fit.getScene()).isNotNull();
        Bounds b = fit.localToScene(fit.getBoundsInLocal());
        assertThat(b.getMaxX()).as("the fit button is on screen").isLessThanOrEqualTo(width);
        assertThat(fit.isVisible()).isTrue();
        assertThat(bar.getItems().indexOf(fit)).isLessThan(bar.getItems().indexOf(window.lookup("#search")));
        Node search = window.lookup("#search");
        assertThat(search.localToScene(search.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(width);
        assertThat(ScreenText.cut(bar)).as("cut toolbar texts").isEmpty();
        assertThat(back.localToScene(back.getBoundsInLocal()).getMinX()).as("Back stays put").isEqualTo(backX);
        javafx.scene.control.Labeled filters = (javafx.scene.control.Labeled) window.lookup("#filters");
        assertThat(filters.getText()).isEqualTo(I18n.get("toolbar.filtersActive"));

        // The longest layout name of the language, whole in the layout chooser.
        org.psoexplorer.layout.LayoutKind longest = java.util.Arrays.stream(org.psoexplorer.layout.LayoutKind.values())
                .max(java.util.Comparator.comparingInt(k -> I18n.get("layout." + k.id()).length())).orElseThrow();
        robot.interact(() -> f[0].vm().layoutKindProperty().set(longest));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenText.cut(window.lookup("#layout-choice"))).as("layout name cut").isEmpty();
        assertThat(((javafx.scene.control.Labeled) window.lookup("#layout-choice").lookup(".label")).getText())
                .isEqualTo(I18n.get("layout." + longest.id()));
    }
}
