package org.psoexplorer.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.psoexplorer.ui.graph.FrameTrace;
import org.psoexplorer.ui.main.AfterFirstFrame;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.WindowActions;

/** The desktop application: one explorer window on the built-in taxonomy or the file given. */
public final class ExplorerApp extends Application {

    private final UserSettings settings = UserSettings.forUser();
    private final FileWatcher watcher = new FileWatcher();
    private final DisplayModel display = new DisplayModel();
    private ExplorerViewModel vm;
    private WindowActions actions;
    private Stage stage;
    private Scene scene;

    /** What {@code org.psoexplorer.Main} began before the toolkit started; JavaFX makes the application, not us. */
    private static volatile HeadStart headStart = HeadStart.NONE;

    public static void launchWith(String[] args) {
        launchWith(args, HeadStart.NONE);
    }

    /** Opens the window; {@code early} is the opening taxonomy's load and layout, already under way. */
    public static void launchWith(String[] args, HeadStart early) {
        headStart = early;
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        FrameTrace.mark("toolkit started");
        Locale ui = settings.uiLocale() != null ? settings.uiLocale() : DisplayModel.supported(Locale.getDefault());
        display.uiLocaleProperty().set(DisplayModel.supported(ui));
        I18n.setLocale(display.uiLocaleProperty().get());
        display.darkProperty().set(settings.darkTheme());
        display.highContrastProperty().set(settings.highContrast());
        display.textZoomProperty().set(settings.textZoom());
        display.allRelationsProperty().set(settings.allRelations());
        // Stylesheets are read on one thread at a time: the warm-up's first, then the window's.
        org.psoexplorer.ui.main.WarmUp.await();
        WindowDisplay.useTheme(display.darkProperty().get());

        vm = new ExplorerViewModel(new FxTaskRunner());
        vm.useHeadStart(headStart);
        actions = new WindowActions(this::chooseFile, this::open, this::openUrl, settings::recentFiles,
                () -> Dialogs.keyboardHelp(stage), () -> Dialogs.about(stage), () -> {
                    if (window().editing().mayReplace()) {
                        Platform.exit();
                    }
                });
        scene = new Scene(new MainWindow(vm, actions, display));
        FrameTrace.mark("window built");
        scene.getStylesheets().add(Objects.requireNonNull(
                ExplorerApp.class.getResource("/org/psoexplorer/ui/explorer.css")).toExternalForm());
        WindowDisplay.bind(scene, display);
        display.darkProperty().addListener((o, was, on) -> settings.setDarkTheme(on));
        display.highContrastProperty().addListener((o, was, on) -> settings.setHighContrast(on));
        display.textZoomProperty().addListener((o, was, z) -> settings.setTextZoom(z.doubleValue()));
        display.allRelationsProperty().addListener((o, was, on) -> settings.setAllRelations(on));
        display.presentationProperty().addListener((o, was, on) -> stage.setFullScreen(on));
        display.uiLocaleProperty().addListener((o, was, locale) -> settings.setUiLocale(locale));
        stage.fullScreenProperty().addListener((o, was, full) -> display.presentationProperty().set(full));
        stage.setFullScreenExitHint("");
        // Esc belongs to the window (leave a tour, clear a selection, then leave presentation), not to the stage.
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);

        vm.fileProperty().addListener((o, was, file) -> {
            updateTitle();
            if (file != null) {
                settings.addRecentFile(file);
            }
        });
        vm.watchedFileProperty().addListener((o, was, file) -> {
            if (file != null) {
                // Unsaved edits are never overwritten: the window asks whether to reload or keep them.
                watcher.watch(file, changed -> Platform.runLater(() -> window().editing().fileChangedOnDisk(changed)));
            } else {
                watcher.close();
            }
        });
        vm.taxonomyProperty().addListener((o, was, t) -> updateTitle());
        vm.failedFileProperty().addListener((o, was, f) -> updateTitle());
        vm.languageProperty().addListener((o, was, lang) -> {
            settings.setLanguage(lang);
            updateTitle();
        });
        placeWindow();
        stage.setScene(scene);
        org.psoexplorer.ui.edit.EditController.guardClose(stage, () -> window().editing(), this::saveWindow);
        window().editing().edits().dirtyProperty().addListener((o, was, d) -> updateTitle());
        updateTitle();
        stage.show();
        FrameTrace.mark("window shown");
        // The window's own layout after showing settles the graph area's size (the first passes inside
        // show() see the stage before its final size): told now, the head start draws the opening view
        // for it while the first frame is painted, rather than the drawing waiting for that frame.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        vm.graphAreaSettled();

        // The first frame is the window itself, empty; the taxonomy (read and laid out meanwhile on the
        // head start) fills it from the next one, rather than its legend, menus and lists being made
        // and styled before anything is on screen.
        AfterFirstFrame.run(scene.getRoot(), this::openFirst);
    }

    private void openFirst() {
        List<String> args = getParameters().getUnnamed();
        // Set before loading: loading falls back to the taxonomy's default language when it lacks this one.
        String remembered = settings.language();
        if (remembered != null) {
            vm.languageProperty().set(remembered);
        }
        if (args.isEmpty()) {
            vm.openDefault();
        } else {
            open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        watcher.close();
        saveWindow();
    }

    private MainWindow window() {
        return (MainWindow) scene.getRoot();
    }

    private void updateTitle() {
        String file = vm.fileProperty().get() == null ? null : String.valueOf(vm.fileProperty().get().getFileName());
        boolean dirty = scene != null && window().editing().edits().isDirty();
        if (dirty && file == null) {
            file = window().editing().edits().fileName();
        }
        String failed = vm.failedFileProperty().get();
        if (file == null && vm.getTaxonomy() == null && failed != null) {
            // Launched on a file that failed to load: the window is about that file, whose problems it shows.
            file = failed.substring(Math.max(failed.lastIndexOf('/'), failed.lastIndexOf('\\')) + 1);
        }
        String title = vm.getTaxonomy() == null ? null : vm.getTaxonomy().text(vm.getTaxonomy().title(),
                vm.languageProperty().get());
        stage.setTitle(windowTitle(dirty, title, file));
    }

    /**
     * "Title — file — PSO Explorer", leaving out what is missing: launched on a file that failed to
     * load, the window had no title at all (the desktop showed "java"), and without a taxonomy the
     * title began with a dash. "• " marks unsaved changes, as editors on every platform do.
     */
    static String windowTitle(boolean dirty, String title, String file) {
        StringBuilder sb = new StringBuilder(dirty ? "• " : "");
        for (String part : new String[] {title, file}) {
            if (part != null && !part.isBlank()) {
                sb.append(part).append(" — ");
            }
        }
        return sb.append("PSO Explorer").toString();
    }

    /** Sized for the screen it opens on: nearly all of it, on a 1366×768 laptop as on a 1080p projector. */
    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        UserSettings.WindowBounds saved = settings.window();
        Rectangle2D min = WindowPlacement.minimum(screen);
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        Rectangle2D at = WindowPlacement.place(screen, saved);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        if (saved != null && saved.maximized()) {
            stage.setMaximized(true);
        }
    }

    private void saveWindow() {
        if (stage != null && stage.getWidth() > 0 && !stage.isFullScreen()) {
            settings.setWindow(new UserSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        settings.flush();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.get("dialog.open.taxonomies"), "*.json"),
                new FileChooser.ExtensionFilter(I18n.get("dialog.open.all"), "*.*"));
        Path current = vm.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null
                && Files.isDirectory(current.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void open(Path file) {
        vm.open(file);
    }

    private void openUrl(String url) {
        getHostServices().showDocument(url);
    }
}
