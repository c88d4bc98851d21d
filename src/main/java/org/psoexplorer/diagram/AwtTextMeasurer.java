package org.psoexplorer.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java2D font metrics, available headless, so the command line, the exporters and the window
 * size their boxes identically.
 *
 * <p>Sizing the labels of a large taxonomy measures hundreds of thousands of candidate lines, so
 * each font's character advances are measured once and summed. The sum is Java2D's own: for text
 * without complex layout it adds the characters' advances one by one in {@code float}, which is
 * what {@link GlyphAdvances} does; text with a character that may need layout (combining marks,
 * right-to-left and Indic scripts, joiners, surrogate pairs such as emoji) is measured by Java2D.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private final String family;
    private final ConcurrentHashMap<FontKey, GlyphAdvances> fonts = new ConcurrentHashMap<>();

    private record FontKey(double size, boolean bold) {

        // Written out: every measured string looks its font up here, and the record's generated
        // methods run through method handles, slow until compiled (issue 11, the command line's cold start).
        @Override
        public int hashCode() {
            return 31 * Double.hashCode(size) + Boolean.hashCode(bold);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FontKey k && Double.compare(size, k.size) == 0 && bold == k.bold;
        }
    }

    public AwtTextMeasurer(String family) {
        this.family = family;
    }

    private GlyphAdvances advances(double size, boolean bold) {
        return fonts.computeIfAbsent(new FontKey(size, bold), k -> new GlyphAdvances(
                new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size)));
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return advances(fontSize, bold).width(text);
    }

    /** Java2D's measure, uncached: what {@link #width} must always agree with. */
    double measuredWidth(String text, double fontSize, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return advances(fontSize, bold).font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** Java2D measures on any thread; the advance tables only ever receive the same value twice. */
    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public double lineHeight(double fontSize) {
        return fontSize * 1.25;
    }

    /** One font's character advances, measured on first use. */
    private static final class GlyphAdvances {

        /** Below U+3000 a flat table; CJK and the rest of the simple range are few enough per label to map. */
        private static final int TABLE = 0x3000;

        private final Font font;
        private final float[] table = new float[TABLE];
        private final ConcurrentHashMap<Character, Float> others = new ConcurrentHashMap<>();

        GlyphAdvances(Font font) {
            this.font = font;
            Arrays.fill(table, Float.NaN);
        }

        double width(String text) {
            float sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!simple(c)) {
                    return font.getStringBounds(text, CONTEXT).getWidth();
                }
                sum += advance(c);
            }
            return sum;
        }

        private float advance(char c) {
            if (c < TABLE) {
                float a = table[c];
                if (Float.isNaN(a)) {
                    a = measure(c);
                    table[c] = a; // a race only measures the same value twice
                }
                return a;
            }
            return others.computeIfAbsent(c, this::measure);
        }

        private float measure(char c) {
            return (float) font.getStringBounds(String.valueOf(c), CONTEXT).getWidth();
        }

        /**
         * Characters Java2D measures without layout, conservatively: Latin (with precomposed
         * accents), Greek, Cyrillic, general punctuation, CJK, kana and Hangul syllables, full-width forms.
         */
        static boolean simple(char c) {
            return c < 0x0300
                    || (c >= 0x0370 && c < 0x0590)
                    || (c >= 0x1E00 && c < 0x200B)
                    || (c >= 0x2010 && c < 0x202A)
                    || (c >= 0x2030 && c < 0x2060)
                    || (c >= 0x2070 && c < 0x2E00)
                    || (c >= 0x3000 && c < 0xD800)
                    || (c >= 0xFF00 && c < 0xFFF0);
        }
    }
}
