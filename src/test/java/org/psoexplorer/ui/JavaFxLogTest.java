package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The jar's launch says nothing alarming, and JavaFX's real warnings still get through. */
class JavaFxLogTest {

    @Test
    void theClassPathWarningIsDroppedAndOthersAreKept() {
        Logger javafx = Logger.getLogger("javafx");
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(capture);
        try {
            JavaFxLog.dropClassPathWarning();
            // As JavaFX logs: through the platform's System.Logger named "javafx".
            System.Logger platform = System.getLogger("javafx");
            platform.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1234'");
            platform.log(System.Logger.Level.WARNING, "Caught an error while converting a CSS value");
        } finally {
            javafx.removeHandler(capture);
            javafx.setFilter(null);
        }

        assertThat(seen).containsExactly("Caught an error while converting a CSS value");
    }
}
