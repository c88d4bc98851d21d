package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window under the real themes (AtlantaFX, as the application sets them): ControlsFX's controls
 * log no CSS errors, and the dark theme's suggestion popup is dark with light text.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeAndLogTest {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one would lose the handler. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                WARNINGS.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private WindowFixture f;

    @BeforeAll
    static void listen() {
        JAVAFX.addHandler(CAPTURE);
    }

    @AfterAll
    static void restore() {
        JAVAFX.removeHandler(CAPTURE);
        // Other tests run on Modena, JavaFX's own theme.
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        WARNINGS.clear();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = WindowFixture.show(stage, 1366, 768);
    }

    private Region openSuggestions(FxRobot robot) {
        return Suggestions.after(robot, "peace");
    }

    @Test
    void theStatusBarAndTheSuggestionsLogNoCssError(FxRobot robot) {
        openSuggestions(robot);
        robot.interact(() -> f.window().applyCss());

        assertThat(WARNINGS).as("CSS warnings at launch").noneMatch(w -> w.contains("ClassCastException")
                || w.contains("CssStyleHelper") || w.contains("stylesheet"));
    }

    @Test
    void theDarkSuggestionPopupIsDarkWithLightText(FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            f.window().getStyleClass().add("dark");
        });
        Region list = openSuggestions(robot);
        ListCell<?> cell = (ListCell<?>) list.lookupAll(".list-cell").stream()
                .filter(n -> ((ListCell<?>) n).getItem() != null && !((ListCell<?>) n).isSelected()).findFirst().orElseThrow();

        double frame = luminance(list.getBackground().getFills().get(0).getFill());
        double inside = luminance(cell.getBackground().getFills().get(0).getFill());
        double text = luminance(cell.getTextFill());
        assertThat(frame).as("the popup's frame is not white").isLessThan(0.5);
        assertThat(inside).as("the popup's rows are dark").isLessThan(0.3);
        assertThat(text - inside).as("light text on the dark rows").isGreaterThan(0.4);
        assertThat(WARNINGS).noneMatch(w -> w.contains("ClassCastException"));
    }

    private static double luminance(Paint p) {
        assertThat(p).isInstanceOf(Color.class);
        Color c = (Color) p;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
