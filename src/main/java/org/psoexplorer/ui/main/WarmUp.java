package org.psoexplorer.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.Stylesheet;

/**
 * Work the window's first frame would otherwise do cold on the FX thread, done once on a thread of
 * its own while JavaFX starts: reading the theme's and our binary stylesheets, so that the reader's
 * classes are loaded and its code warm when the window reads them again. The window waits for it
 * before it sets its theme, so that the two never read stylesheets at the same time. Touches no
 * class that needs the toolkit, nor any control (a control's class would load JavaFX's own theme).
 */
public final class WarmUp {

    private static volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    private WarmUp() {
    }

    /** Begins the warm-up, for the theme the user last chose. */
    public static void begin() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        running = f;
        Thread t = new Thread(() -> {
            try {
                warm(org.psoexplorer.ui.UserSettings.forUser().darkTheme());
            } catch (IOException | RuntimeException e) {
                // Only a head start: the window reads the same itself, and reports what fails then.
            } finally {
                f.complete(null);
            }
        }, "pso-explorer-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Waits (a few seconds at most) for the warm-up begun, if any, to end. */
    public static void await() {
        try {
            running.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Nothing lost but the head start.
        }
    }

    private static void warm(boolean dark) throws IOException {
        String css = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        URL theme = WarmUp.class.getResource(css);
        if (theme != null) {
            Stylesheet.loadBinary(theme);
        }
        URL ours = WarmUp.class.getResource("/org/psoexplorer/ui/explorer.bss");
        if (ours != null) {
            Stylesheet.loadBinary(ours);
        }
    }
}
