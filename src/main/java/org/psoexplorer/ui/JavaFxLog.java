package org.psoexplorer.ui;

import java.util.logging.Logger;

/**
 * JavaFX's log, minus one line. Run from the single jar, JavaFX sits on the class path rather than
 * the module path and warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed
 * module'" at every launch. The jar is how the explorer ships (one file a lecturer can copy), it
 * starts through a launcher that is no Application subclass, and it works; the warning would only
 * alarm. Every other JavaFX message (CSS errors included) still gets through.
 */
public final class JavaFxLog {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one would lose its filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private JavaFxLog() {
    }

    public static void dropClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
    }
}
