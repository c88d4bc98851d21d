package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens: never tiny, never off the screen. */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void aTinyRememberedWindowOpensAtAUsefulSizeInstead() {
        Rectangle2D at = WindowPlacement.place(LAPTOP, new UserSettings.WindowBounds(10, 10, 198, 175, false));

        assertThat(at.getWidth()).isGreaterThan(1200);
        assertThat(at.getHeight()).isGreaterThan(650);
        assertThat(LAPTOP.contains(at)).isTrue();
    }

    @Test
    void withNothingRememberedItTakesNearlyTheWholeScreen() {
        Rectangle2D at = WindowPlacement.place(PROJECTOR, null);

        assertThat(at.getWidth()).isBetween(1180.0, 1280.0);
        assertThat(at.getHeight()).isBetween(650.0, 720.0);
        assertThat(PROJECTOR.contains(at)).isTrue();
    }

    @Test
    void aWindowRememberedOffScreenComesBackOnIt() {
        Rectangle2D at = WindowPlacement.place(PROJECTOR, new UserSettings.WindowBounds(1500, 600, 1600, 900, false));

        assertThat(PROJECTOR.contains(at)).isTrue();
        assertThat(at.getWidth()).isEqualTo(1280);
    }

    @Test
    void theMinimumFitsTheScreenButIsNeverAPostageStamp() {
        assertThat(WindowPlacement.minimum(LAPTOP).getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(WindowPlacement.minimum(LAPTOP).getHeight()).isGreaterThanOrEqualTo(580);
        assertThat(WindowPlacement.minimum(new Rectangle2D(0, 0, 800, 600)).getWidth()).isEqualTo(800);
    }
}
