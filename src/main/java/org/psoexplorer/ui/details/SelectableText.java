package org.psoexplorer.ui.details;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Read-only text the user can select and copy, that grows to fit its content instead of scrolling:
 * a label cannot be selected, and a plain text area has a fixed height.
 */
final class SelectableText extends TextArea {

    /** Room the text area's skin keeps around its text (padding, caret). */
    private static final double CHROME = 10;
    private final Text measure = new Text();

    SelectableText(String text, String styleClass) {
        super(text);
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        getStyleClass().addAll("selectable-text", styleClass);
        // A small preferred width lets the pane stretch it to its own width, so the text wraps there.
        setPrefColumnCount(8);
        setPrefRowCount(1);
        setMinWidth(40);
        widthProperty().addListener((o, was, now) -> requestLayout());
    }

    /**
     * Its height depends on its width, as a wrapping label's does: the panel then asks its height for
     * the width it will give it, and a new paragraph is laid out whole in one pass (asked without a
     * width, it could only answer one row, and the pass that gave it its width did not ask again).
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset() - CHROME;
        if (w <= 0) {
            return super.computePrefHeight(width);
        }
        measure.setFont(getFont());
        measure.setText(getText());
        measure.setWrappingWidth(w);
        // Half a line more than measured: the skin's text node lays lines out slightly taller.
        double halfLine = getFont().getSize() * 0.6;
        return Math.ceil(measure.getLayoutBounds().getHeight() + halfLine) + snappedTopInset() + snappedBottomInset()
                + CHROME;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
