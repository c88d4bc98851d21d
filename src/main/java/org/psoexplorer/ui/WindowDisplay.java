package org.psoexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import org.psoexplorer.ui.main.MainWindow;

/**
 * Applies a {@link DisplayModel} to the explorer's scene: theme, contrast, presentation and text
 * size as style classes on the root, and the interface language by rebuilding the window on the
 * same explorer. The application and the window tests go through this one path.
 */
public final class WindowDisplay {

    /** AtlantaFX's base font size, which the text zoom multiplies. */
    private static final double BASE_FONT = 14;

    private final Scene scene;
    private final DisplayModel display;

    private WindowDisplay(Scene scene, DisplayModel display) {
        this.scene = scene;
        this.display = display;
    }

    /** Keeps the scene in step with the display model from now on. */
    public static WindowDisplay bind(Scene scene, DisplayModel display) {
        WindowDisplay d = new WindowDisplay(scene, display);
        d.apply();
        display.darkProperty().addListener((o, was, on) -> d.apply());
        display.highContrastProperty().addListener((o, was, on) -> d.apply());
        display.textZoomProperty().addListener((o, was, z) -> d.apply());
        display.presentationProperty().addListener((o, was, on) -> d.apply());
        display.uiLocaleProperty().addListener((o, was, locale) -> d.switchInterfaceLanguage(locale));
        return d;
    }

    /**
     * Rebuilds the window's controls in the new language. The new window starts from the explorer's
     * state as it is (graph, legend, status, lists, tour), since nothing in the explorer changes to tell it.
     */
    private void switchInterfaceLanguage(Locale locale) {
        I18n.setLocale(locale);
        if (scene.getRoot() instanceof MainWindow window) {
            scene.setRoot(window.successor());
        }
        apply();
    }

    /**
     * Sets the theme before the first control is made: otherwise JavaFX first loads its own Modena
     * theme, only for it to be replaced, at every start.
     */
    public static void useTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void apply() {
        boolean dark = display.darkProperty().get();
        useTheme(dark);
        var classes = scene.getRoot().getStyleClass();
        classes.removeAll("dark", "high-contrast", "presentation");
        if (dark) {
            classes.add("dark");
        }
        if (display.highContrastProperty().get()) {
            classes.add("high-contrast");
        }
        boolean presenting = display.presentationProperty().get();
        if (presenting) {
            classes.add("presentation");
        }
        // The projector needs bigger text than the desk: presentation mode starts at 1.4× the chosen size.
        double zoom = display.textZoomProperty().get() * (presenting ? 1.4 : 1.0);
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * zoom));
    }
}
