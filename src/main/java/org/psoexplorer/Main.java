package org.psoexplorer;

import org.psoexplorer.cli.Cli;
import org.psoexplorer.ui.ExplorerApp;
import org.psoexplorer.ui.JavaFxLog;

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
        JavaFxLog.dropClassPathWarning();
        ExplorerApp.launchWith(args);
    }
}
