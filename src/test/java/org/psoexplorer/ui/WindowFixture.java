package org.psoexplorer.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.WindowActions;

/**
 * The explorer window as UI tests need it: English (unless told), background work done at once so
 * what a test checks has happened, the built-in taxonomy open, on a stage of a given size. The
 * display model is applied to the scene as the application does it (theme, text size, interface
 * language rebuilt at run time), so {@link #window()} is whichever window the scene shows now.
 */
record WindowFixture(ExplorerViewModel vm, Scene scene, DisplayModel display) {

    static WindowFixture show(Stage stage, int width, int height, Locale locale) {
        return show(stage, width, height, locale, ExplorerViewModel::openDefault);
    }

    /** The window as it is when launched on a file: {@code open} instead of the built-in taxonomy. */
    static WindowFixture show(Stage stage, int width, int height, Locale locale,
                              java.util.function.Consumer<ExplorerViewModel> open) {
        I18n.setLocale(locale);
        ExplorerViewModel vm = new ExplorerViewModel(TaskRunner.immediate());
        DisplayModel display = new DisplayModel();
        display.uiLocaleProperty().set(DisplayModel.supported(locale));
        MainWindow window = new MainWindow(vm, new WindowActions(() -> { }, vm::open, url -> { }, List::of, () -> { },
                () -> { }, () -> { }), display);
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(WindowFixture.class.getResource("/org/psoexplorer/ui/explorer.css").toExternalForm());
        WindowDisplay.bind(scene, display);
        stage.setScene(scene);
        // The tests share one stage: one an earlier test resized by hand keeps that size for a new scene.
        stage.sizeToScene();
        stage.show();
        open.accept(vm);
        return new WindowFixture(vm, scene, display);
    }

    static WindowFixture show(Stage stage, int width, int height) {
        return show(stage, width, height, Locale.ENGLISH);
    }

    /** The window on screen now (a new one after the interface language changed). */
    MainWindow window() {
        return (MainWindow) scene.getRoot();
    }

    /** Closes every window but the explorer's (dialogs a test left open), so the next test starts alone. */
    void closeDialogs(org.testfx.api.FxRobot robot) {
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != scene.getWindow()).forEach(javafx.stage.Window::hide));
    }
}
