package org.psoexplorer.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the window asks of the application around it: files, browser, theme, quitting.
 *
 * @param chooseFile shows a file chooser and opens the choice
 * @param open       opens a given file (recent files, drag and drop)
 * @param openUrl    hands an http(s) address to the browser
 */
public record WindowActions(Runnable chooseFile, Consumer<Path> open, Consumer<String> openUrl,
                            java.util.function.Supplier<java.util.List<Path>> recentFiles, Runnable showKeys,
                            Runnable showAbout, Runnable quit) {
}
