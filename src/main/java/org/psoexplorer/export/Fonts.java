package org.psoexplorer.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psoexplorer.diagram.AwtTextMeasurer;
import org.psoexplorer.diagram.TextMeasurer;

/**
 * The fonts of a drawing and their metrics, taken from Java2D with a fixed render context so that
 * every output (PNG, SVG, PDF) places text at the same coordinates, whatever Graphics2D draws it.
 * Sizes are whole pixels because SVG writers round font sizes to integers.
 */
final class Fonts {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private final String family;
    private final TextMeasurer measurer;
    private final Map<String, Font> fonts = new ConcurrentHashMap<>();
    private final Map<String, float[]> metrics = new ConcurrentHashMap<>();

    Fonts(String family) {
        this.family = family;
        this.measurer = new AwtTextMeasurer(family);
    }

    String family() {
        return family;
    }

    TextMeasurer measurer() {
        return measurer;
    }

    Font font(int size, boolean bold) {
        return fonts.computeIfAbsent(size + (bold ? "b" : ""),
                k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    /**
     * The font to draw {@code text} with: the diagram's own, or, when it lacks some of the text's
     * glyphs (Chinese in DejaVu Sans, say), Java's logical sans-serif font, which falls back through
     * the fonts installed on the machine. Either way nothing throws; at worst a glyph shows as a box.
     */
    Font fontFor(String text, int size, boolean bold) {
        Font own = font(size, bold);
        if (own.canDisplayUpTo(text) < 0) {
            return own;
        }
        return fonts.computeIfAbsent("fallback" + size + (bold ? "b" : ""),
                k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    /** The width of {@code text} as drawn with {@link #fontFor}. */
    double drawnWidth(String text, int size, boolean bold) {
        Font f = fontFor(text, size, bold);
        if (f == font(size, bold)) {
            return width(text, size, bold);
        }
        return f.getStringBounds(text, CONTEXT).getWidth();
    }

    double width(String text, int size, boolean bold) {
        return measurer.width(text, size, bold);
    }

    double lineHeight(int size) {
        return measurer.lineHeight(size);
    }

    /** Distance from the top of a line box to its baseline, with the glyphs centred in the box. */
    double baselineOffset(int size, boolean bold) {
        float[] m = metrics.computeIfAbsent(size + (bold ? "b" : ""), k -> {
            LineMetrics lm = font(size, bold).getLineMetrics("Hg", CONTEXT);
            return new float[] {lm.getAscent(), lm.getDescent()};
        });
        double ascent = m[0];
        double descent = m[1];
        return (lineHeight(size) - (ascent + descent)) / 2 + ascent;
    }
}
