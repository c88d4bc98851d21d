package org.psoexplorer.diagram;

/** Measures text, so labels can be wrapped and boxes sized before anything is drawn. */
public interface TextMeasurer {

    double width(String text, double fontSize, boolean bold);

    /** Baseline-to-baseline distance for a line of text at this size. */
    double lineHeight(double fontSize);

    /** Whether several threads may measure at once; labels are then sized on every core. */
    default boolean concurrent() {
        return false;
    }
}
