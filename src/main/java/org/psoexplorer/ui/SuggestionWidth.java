package org.psoexplorer.ui;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a list of concept suggestions must be for its longest entry to show whole, without a
 * horizontal scroll bar: the widest of the longest labels in the field's font, plus the list's own
 * padding and vertical scroll bar, within a bound a long label wraps nowhere near.
 */
public final class SuggestionWidth {

    /** The list cell's padding and the vertical scroll bar beside the entries. */
    static final double LIST_CHROME = 48;
    static final double MAX_LIST_WIDTH = 640;
    /** How many of the longest labels (by characters) to measure: the widest on screen is among them. */
    public static final int MEASURED = 32;

    private SuggestionWidth() {
    }

    /** The widest of these labels (the longest ones) in this font: measured once per font and taxonomy. */
    public static double widest(List<String> longest, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String label : longest) {
            probe.setText(label);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The width for a list whose widest label is {@code widest}, at least {@code fieldWidth}. */
    public static double of(double widest, double fieldWidth) {
        return Math.max(fieldWidth, Math.min(MAX_LIST_WIDTH, Math.ceil(widest + LIST_CHROME)));
    }
}
