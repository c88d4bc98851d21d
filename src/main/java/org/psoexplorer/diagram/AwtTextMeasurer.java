package org.psoexplorer.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java2D font metrics, available headless, so the command line, the exporters and the window
 * size their boxes identically.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private final String family;
    private final ConcurrentHashMap<String, Font> fonts = new ConcurrentHashMap<>();

    public AwtTextMeasurer(String family) {
        this.family = family;
    }

    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(size + (bold ? "b" : ""),
                k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(fontSize, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double lineHeight(double fontSize) {
        return fontSize * 1.25;
    }
}
