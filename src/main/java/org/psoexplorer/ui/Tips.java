package org.psoexplorer.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A tooltip is a small window of its
 * own, costly to make on a cold start, and the window's dozen of them were all made before its first
 * frame though most are never shown. What a screen reader says of the control does not wait: its help
 * text is set at once.
 */
public final class Tips {

    private Tips() {
    }

    /** Gives {@code control} the tooltip {@code text}, made on the first hover. */
    public static void on(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
