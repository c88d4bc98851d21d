package org.psoexplorer.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A paragraph of the details panel is as tall as its lines from the first layout: the panel is
 * filled when a concept is selected, and one layout pass is all it gets until something else moves.
 * At 1366×768 the first concept selected showed each paragraph cut to its first line.
 */
@ExtendWith(ApplicationExtension.class)
class SelectableTextTest {

    private static final String DEFINITION = "The deployment of an international presence in the field, military,"
            + " police and civilian, with the consent of the main parties, to help preserve a fragile peace once"
            + " fighting has stopped and to support the implementation of peace agreements.";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 360, 500));
        stage.show();
    }

    @Test
    void aNewParagraphIsLaidOutWholeInOnePass(FxRobot robot) {
        SelectableText[] text = new SelectableText[1];
        robot.interact(() -> {
            VBox body = new VBox(8);
            ScrollPane pane = new ScrollPane(body);
            pane.setFitToWidth(true);
            stage.getScene().setRoot(pane);
            text[0] = new SelectableText(DEFINITION, "definition");
            body.getChildren().add(text[0]);
            // The one pass a new panel gets before it is drawn.
            pane.applyCss();
            pane.layout();
        });

        SelectableText t = text[0];
        double needed = t.prefHeight(t.getWidth());
        assertThat(needed).as("the definition wraps onto several lines at %s px", t.getWidth())
                .isGreaterThan(3 * t.getFont().getSize());
        assertThat(t.getHeight()).as("height after the first layout, against the %s px its lines need", needed)
                .isGreaterThanOrEqualTo(needed - 1);
    }
}
