package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The overview's pixels are blended exactly as "source over" with premultiplied alpha in whole
 * numbers says, whatever colours and opacities are painted over one another.
 */
@ExtendWith(ApplicationExtension.class)
class PixelCanvasTest {

    @Start
    void start(Stage stage) {
        // The toolkit, for the canvas's image.
    }

    @Test
    void aScaledCopyTakesEachPixelFromTheNearestSourcePixelAndIsBlankBeyondIt(FxRobot robot) {
        robot.interact(() -> {
            PixelCanvas source = new PixelCanvas();
            source.resize(4, 3);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 4; x++) {
                    source.setFill(Color.rgb(40 * x, 60 * y, 200));
                    source.fillRect(x, y, 1, 1);
                }
            }
            PixelCanvas copy = new PixelCanvas();
            copy.resize(12, 9);
            // Twice the size, its top left corner at (1, 2) of the copy.
            copy.showScaledCopyOf(source, 2, 1, 2);
            for (int y = 0; y < 9; y++) {
                for (int x = 0; x < 12; x++) {
                    int sx = Math.floorDiv(x - 1, 2);
                    int sy = Math.floorDiv(y - 2, 2);
                    int expected = sx >= 0 && sx < 4 && sy >= 0 && sy < 3 ? source.stored(sx, sy) : 0;
                    assertThat(Integer.toHexString(copy.stored(x, y))).as("pixel (%s, %s)", x, y)
                            .isEqualTo(Integer.toHexString(expected));
                }
            }
            // Half the size: every other source pixel.
            copy.showScaledCopyOf(source, 0.5, 0, 0);
            assertThat(copy.stored(0, 0)).isEqualTo(source.stored(1, 1));
            assertThat(copy.stored(1, 0)).isEqualTo(source.stored(3, 1));
            assertThat(copy.stored(2, 0)).as("beyond the source's right edge").isZero();
            assertThat(copy.stored(0, 1)).as("beyond the source's bottom edge").isZero();
        });
    }

    @Test
    void translucentPaintOverPaintBlendsAsSourceOverInWholeNumbers(FxRobot robot) {
        robot.interact(() -> {
            Random random = new Random(7);
            PixelCanvas canvas = new PixelCanvas();
            canvas.resize(64, 48);
            int[] expected = new int[64 * 48];
            for (int stroke = 0; stroke < 400; stroke++) {
                Color c = Color.rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextDouble());
                double global = random.nextBoolean() ? 1 : random.nextDouble();
                canvas.setGlobalAlpha(global);
                canvas.setFill(c);
                double alpha = c.getOpacity() * global;
                int a = (int) Math.round(alpha * 255);
                int r = (int) Math.round(c.getRed() * alpha * 255);
                int g = (int) Math.round(c.getGreen() * alpha * 255);
                int b = (int) Math.round(c.getBlue() * alpha * 255);
                int x = random.nextInt(60);
                int y = random.nextInt(44);
                int w = 1 + random.nextInt(64 - x);
                int h = 1 + random.nextInt(48 - y);
                canvas.fillRect(x, y, w, h);
                for (int row = y; row < y + h; row++) {
                    for (int col = x; col < x + w; col++) {
                        expected[row * 64 + col] = over(expected[row * 64 + col], a, r, g, b);
                    }
                }
            }
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 64; x++) {
                    assertThat(Integer.toHexString(canvas.stored(x, y))).as("pixel (%s, %s)", x, y)
                            .isEqualTo(Integer.toHexString(expected[y * 64 + x]));
                }
            }
        });
    }

    /** Source over, premultiplied, each channel of what lies beneath scaled by (255 − a) / 255 rounded down. */
    private static int over(int d, int a, int r, int g, int b) {
        if (a == 255) {
            return 0xff000000 | r << 16 | g << 8 | b;
        }
        int keep = 255 - a;
        return ((d >>> 24) * keep / 255 + a) << 24 | (((d >> 16) & 0xff) * keep / 255 + r) << 16
                | (((d >> 8) & 0xff) * keep / 255 + g) << 8 | ((d & 0xff) * keep / 255 + b);
    }
}
