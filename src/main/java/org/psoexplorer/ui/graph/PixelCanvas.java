package org.psoexplorer.ui.graph;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A picture the overview paints pixel by pixel (filled rectangles and one-pixel lines, and names
 * through Java2D), shown by an image view that shares its memory: painting costs no scene nodes and
 * no rasteriser, and a frame only copies the image. One is painted on the overview's own thread and
 * never shown; the one shown copies it on the FX thread ({@link #showCopyOf}).
 */
final class PixelCanvas {

    /** Made when first asked for, on the FX thread: a canvas painted off it never has one. */
    private ImageView view;
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
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
        if (view == null) {
            view = new ImageView();
            view.setImage(image());
        }
        return view;
    }

    /** The image showing these pixels (FX thread; made on first use and again when the size changes). */
    WritableImage image() {
        if (image == null && width > 0) {
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        return image;
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
        pixels = new int[w * h];
        buffer = null;
        image = null;
        if (view != null) {
            view.setImage(image());
        }
    }

    /** Takes the pixels of {@code picture} (a snapshot, say), made the same size. */
    void readFrom(javafx.scene.image.Image picture) {
        resize((int) picture.getWidth(), (int) picture.getHeight());
        picture.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
    }

    /** Shows, from now on, a copy of what {@code painted} holds (made the same size). */
    void showCopyOf(PixelCanvas painted) {
        resize(painted.width, painted.height);
        System.arraycopy(painted.pixels, 0, pixels, 0, pixels.length);
        show();
    }

    /**
     * Shows {@code source} enlarged or reduced {@code r} times with its top left corner at (x, y) of
     * this canvas, nearest pixel, and nothing where it does not reach. The software pipeline scales
     * an image at two to three times the cost of copying it (12–20 ms a frame for a 895 × 612 view);
     * this loop costs the FX thread a millisecond or two, and the frame then only copies.
     */
    void showScaledCopyOf(PixelCanvas source, double r, double x, double y) {
        int[] columns = new int[width];
        for (int col = 0; col < width; col++) {
            int sx = (int) Math.floor((col + 0.5 - x) / r);
            columns[col] = sx >= 0 && sx < source.width ? sx : -1;
        }
        int[] from = source.pixels;
        for (int row = 0; row < height; row++) {
            int sy = (int) Math.floor((row + 0.5 - y) / r);
            int at = row * width;
            if (sy < 0 || sy >= source.height) {
                Arrays.fill(pixels, at, at + width, 0);
                continue;
            }
            int base = sy * source.width;
            for (int col = 0; col < width; col++) {
                int sx = columns[col];
                pixels[at + col] = sx < 0 ? 0 : from[base + sx];
            }
        }
        show();
    }

    /**
     * Java2D graphics drawing into these pixels (the same premultiplied ARGB layout), for what
     * one-pixel fills cannot draw: names. Dispose of it after use.
     */
    java.awt.Graphics2D createGraphics() {
        java.awt.image.DirectColorModel model = new java.awt.image.DirectColorModel(
                java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), 32,
                0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000, true, java.awt.image.DataBuffer.TYPE_INT);
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createPackedRaster(
                new java.awt.image.DataBufferInt(pixels, pixels.length), width, height, width,
                new int[] {0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000}, null);
        return new java.awt.image.BufferedImage(model, raster, true, null).createGraphics();
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
