package org.psoexplorer.ui.graph;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A picture the overview paints pixel by pixel (filled rectangles and one-pixel lines), shown by
 * an image view that shares its memory: painting costs no scene nodes and no rasteriser, and a
 * frame only copies the image.
 */
final class PixelCanvas {

    private final ImageView view = new ImageView();
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    /** The colour painted, premultiplied by the global alpha: alpha, red, green, blue in 0–255. */
    private int a = 255;
    private int r;
    private int g;
    private int b;
    private double globalAlpha = 1;
    private Color fill = Color.BLACK;
    /**
     * What is left of a channel under the colour painted: {@code keep[v] = v × (255 − a) / 255}, so a
     * pixel costs four look-ups instead of four divisions (an overview draws millions of them).
     */
    private final int[] keep = new int[256];
    private int keepFor = -1;

    ImageView view() {
        return view;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Makes the picture this size (whole pixels), blank. */
    void resize(int w, int h) {
        w = Math.max(1, w);
        h = Math.max(1, h);
        if (w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        IntBuffer ints = IntBuffer.allocate(w * h);
        pixels = ints.array();
        buffer = new PixelBuffer<>(w, h, ints, PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(buffer));
    }

    void clear() {
        Arrays.fill(pixels, 0);
    }

    /** Shows what was painted since the last call. */
    void show() {
        if (buffer != null) {
            buffer.updateBuffer(pb -> null);
        }
    }

    void setGlobalAlpha(double alpha) {
        globalAlpha = alpha;
        setFill(fill);
    }

    void setFill(Color c) {
        fill = c;
        double alpha = c.getOpacity() * globalAlpha;
        a = (int) Math.round(alpha * 255);
        r = (int) Math.round(c.getRed() * alpha * 255);
        g = (int) Math.round(c.getGreen() * alpha * 255);
        b = (int) Math.round(c.getBlue() * alpha * 255);
        if (a != keepFor) {
            keepFor = a;
            for (int v = 0; v < 256; v++) {
                keep[v] = v * (255 - a) / 255;
            }
        }
    }

    void fillRect(double x, double y, double w, double h) {
        int x0 = (int) Math.max(0, Math.round(x));
        int y0 = (int) Math.max(0, Math.round(y));
        int x1 = (int) Math.min(width, Math.round(x + w));
        int y1 = (int) Math.min(height, Math.round(y + h));
        for (int row = y0; row < y1; row++) {
            int at = row * width;
            for (int col = x0; col < x1; col++) {
                blend(at + col);
            }
        }
    }

    /** A one-pixel line, clipped to the picture first (a long relation may cross far outside it). */
    void line(double x0, double y0, double x1, double y1) {
        // Liang–Barsky, on locals: the client compiler the app runs on allocates every temporary array,
        // and an overview draws thousands of lines a frame.
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            double p = k == 0 ? -dx : k == 1 ? dx : k == 2 ? -dy : dy;
            double q = k == 0 ? x0 : k == 1 ? width - 1 - x0 : k == 2 ? y0 : height - 1 - y0;
            if (p == 0) {
                if (q < 0) {
                    return;
                }
                continue;
            }
            double t = q / p;
            if (p < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return;
            }
        }
        int ax = (int) Math.round(x0 + t0 * dx);
        int ay = (int) Math.round(y0 + t0 * dy);
        int bx = (int) Math.round(x0 + t1 * dx);
        int by = (int) Math.round(y0 + t1 * dy);
        int ddx = Math.abs(bx - ax);
        int ddy = -Math.abs(by - ay);
        int sx = ax < bx ? 1 : -1;
        int sy = ay < by ? 1 : -1;
        int err = ddx + ddy;
        while (true) {
            if (ax >= 0 && ay >= 0 && ax < width && ay < height) {
                blend(ay * width + ax);
            }
            if (ax == bx && ay == by) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= ddy) {
                err += ddy;
                ax += sx;
            }
            if (e2 <= ddx) {
                err += ddx;
                ay += sy;
            }
        }
    }

    /** Source over, premultiplied. */
    private void blend(int at) {
        if (a == 255) {
            pixels[at] = 0xff000000 | r << 16 | g << 8 | b;
            return;
        }
        int d = pixels[at];
        pixels[at] = keep[d >>> 24] + a << 24 | keep[(d >> 16) & 0xff] + r << 16 | keep[(d >> 8) & 0xff] + g << 8
                | keep[d & 0xff] + b;
    }

    /** One pixel as stored: premultiplied alpha, red, green, blue (for tests). */
    int stored(int x, int y) {
        return pixels[y * width + x];
    }

    /** The colour of one pixel, not premultiplied (for tests). */
    Color pixel(int x, int y) {
        int d = pixels[y * width + x];
        int alpha = d >>> 24;
        if (alpha == 0) {
            return Color.TRANSPARENT;
        }
        return Color.rgb(Math.min(255, ((d >> 16) & 0xff) * 255 / alpha), Math.min(255, ((d >> 8) & 0xff) * 255 / alpha),
                Math.min(255, (d & 0xff) * 255 / alpha), alpha / 255.0);
    }
}
