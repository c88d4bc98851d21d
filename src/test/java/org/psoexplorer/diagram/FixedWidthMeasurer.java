package org.psoexplorer.diagram;

/**
 * A text measurer for tests whose answers can be worked out by hand: every character is
 * {@code charWidth} wide whatever the font, bold or not; lines are 1.25 × the font size apart.
 */
final class FixedWidthMeasurer implements TextMeasurer {

    private final double charWidth;

    FixedWidthMeasurer(double charWidth) {
        this.charWidth = charWidth;
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        return text.length() * charWidth;
    }

    @Override
    public double lineHeight(double fontSize) {
        return fontSize * 1.25;
    }
}
