package org.psoexplorer.ui;

import org.junit.jupiter.api.extension.ExtendWith;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lecturer's session on a 1366×768 teaching laptop. */
@ExtendWith(ApplicationExtension.class)
class LecturerSessionLaptopTest extends LecturerSession {

    @Start
    void start(Stage stage) {
        begin(stage);
    }

    @Override
    int width() {
        return 1366;
    }

    @Override
    int height() {
        return 768;
    }
}
