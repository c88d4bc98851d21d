package org.psoexplorer.ui;

import org.junit.jupiter.api.extension.ExtendWith;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lecturer's session on a 1280×720 projector. */
@ExtendWith(ApplicationExtension.class)
class LecturerSessionProjectorTest extends LecturerSession {

    @Start
    void start(Stage stage) {
        begin(stage);
    }

    @Override
    int width() {
        return 1280;
    }

    @Override
    int height() {
        return 720;
    }
}
