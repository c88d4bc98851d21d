package org.psoexplorer;

import org.psoexplorer.cli.Cli;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.psoexplorer.ui.ExplorerApp;
import org.psoexplorer.ui.HeadStart;
import org.psoexplorer.ui.JavaFxLog;
import org.psoexplorer.ui.main.WarmUp;

/**
 * The one entry point of the jar: with a sub-command or an option it is the command line, otherwise
 * it opens the window (on the file given, if any). It must not extend {@code Application}, so that
 * the shaded jar starts JavaFX from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.wantsCommandLine(args)) {
            System.exit(Cli.run(args));
        }
        if (!Cli.hasDisplay(System.getenv(), System.getProperty("os.name"), System.getProperty("glass.platform"))) {
            System.exit(Cli.explainNoDisplay(args, new java.io.PrintWriter(System.err, true)));
        }
        JavaFxLog.dropClassPathWarning();
        // AWT only measures text and draws exports here: as a window toolkit it would also connect to the
        // display beside JavaFX's GTK, slower to start and warning of GTK's error trap.
        System.setProperty("java.awt.headless", "true");
        WarmUp.begin();
        // Read and lay out the taxonomy while JavaFX starts and the window is built.
        HeadStart early = HeadStart.NONE;
        try {
            early = HeadStart.begin(args.length > 0 ? Path.of(args[0]) : null);
        } catch (InvalidPathException e) {
            // The window reports the bad file name; nothing to start early.
        }
        org.psoexplorer.ui.graph.FrameTrace.mark("launch");
        ExplorerApp.launchWith(args, early);
    }
}
