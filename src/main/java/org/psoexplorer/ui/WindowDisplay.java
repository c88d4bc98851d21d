package org.psoexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.psoexplorer.ui.main.MainWindow;

/**
 * Applies a {@link DisplayModel} to the explorer's scene: theme, contrast, presentation and text
 * size as style classes on the root, and the interface language by rebuilding the window on the
 * same explorer. The application and the window tests go through this one path. The dialogs the
 * window opens follow it too: a Relate dialog on a projector is read from as far away as the graph.
 */
public final class WindowDisplay {

    /** AtlantaFX's base font size, which the text zoom multiplies: the desk's text, in pixels. */
    public static final double BASE_FONT = 14;
    /** The share of the window's width and height a dialog may take (its title bar and a margin besides). */
    private static final double ROOM = 0.9;

    private final Scene scene;
    private final DisplayModel display;
    /** Held here: the list of windows keeps it weakly, so a window closed for good is not kept alive by it. */
    private final ListChangeListener<Window> dressNewDialogs = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::dress);
        }
    };

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
        Window.getWindows().addListener(new WeakListChangeListener<>(d.dressNewDialogs));
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
            window.retire();
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
        useTheme(display.darkProperty().get());
        dressRoot(scene.getRoot());
        for (Window w : List.copyOf(Window.getWindows())) {
            if (dress(w)) {
                // An open dialog (the keyboard help) grows with its text rather than cutting it.
                w.sizeToScene();
            }
        }
    }

    /**
     * Gives a dialog of this window (one it owns, directly or through another dialog) the window's
     * stylesheets, theme classes and text size. It is called as the dialog starts showing, before
     * the dialog is sized, so the dialog is sized for its text; and again when the display changes.
     * Popups (menus, suggestion lists) are left alone: they take their text size from their owner.
     */
    private boolean dress(Window w) {
        if (w instanceof PopupWindow || w.getScene() == null || w.getScene() == scene || !ownedByThisWindow(w)) {
            return false;
        }
        Scene dialog = w.getScene();
        for (String css : scene.getStylesheets()) {
            if (!dialog.getStylesheets().contains(css)) {
                dialog.getStylesheets().add(css);
            }
        }
        dressRoot(dialog.getRoot());
        remeasureButtons(dialog.getRoot());
        fitWithinTheWindow(dialog.getRoot());
        return true;
    }

    /**
     * A dialog never outgrows the window it belongs to: on a 720-pixel projector, at 1.4× the text,
     * the keyboard help would be 1,526 × 788 pixels. Its text shrinks until it fits, but never below
     * the desk's size, where it fits as designed.
     */
    private void fitWithinTheWindow(Parent root) {
        Window main = scene.getWindow();
        if (main == null || main.getWidth() <= 0 || main.getHeight() <= 0) {
            return;
        }
        double least = BASE_FONT * display.textZoomProperty().get();
        double px = textPx();
        for (int tries = 0; tries < 3 && px > least; tries++) {
            root.applyCss();
            double width = root.prefWidth(-1);
            double height = root.prefHeight(width);
            double fit = Math.min(main.getWidth() * ROOM / width, main.getHeight() * ROOM / height);
            if (fit >= 1) {
                return;
            }
            px = Math.max(least, Math.floor(px * fit * 10) / 10);
            setTextPx(root, px);
            remeasureButtons(root);
        }
    }

    /**
     * A button bar measures its buttons once, when its skin is made, and sizes them all alike to
     * the widest: before the buttons have their text size, so at 1.4× "Cancel" was cut to "C…".
     * Styled first, the buttons are measured again: the bar is given the same buttons anew.
     */
    private static void remeasureButtons(Parent root) {
        root.applyCss();
        for (Node n : root.lookupAll(".button-bar")) {
            if (n instanceof ButtonBar bar) {
                List<Node> buttons = List.copyOf(bar.getButtons());
                for (Node b : buttons) {
                    if (b instanceof Region r) {
                        // The bar's earlier measure is set on the button as its own size, which hides the text's.
                        r.setMinWidth(Region.USE_COMPUTED_SIZE);
                        r.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    }
                }
                bar.getButtons().setAll(buttons);
            }
        }
    }

    private boolean ownedByThisWindow(Window w) {
        Window main = scene.getWindow();
        for (Window o = w instanceof Stage s ? s.getOwner() : null; o != null; o = o instanceof Stage s ? s.getOwner() : null) {
            if (o == main) {
                return true;
            }
        }
        return false;
    }

    private void dressRoot(Parent root) {
        boolean dark = display.darkProperty().get();
        var classes = root.getStyleClass();
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
        setTextPx(root, textPx());
    }

    /** The window's text size: the chosen one, and 1.4× that on a projector (presentation mode). */
    private double textPx() {
        return BASE_FONT * display.textZoomProperty().get() * (display.presentationProperty().get() ? 1.4 : 1.0);
    }

    private static void setTextPx(Parent root, double px) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
    }
}
