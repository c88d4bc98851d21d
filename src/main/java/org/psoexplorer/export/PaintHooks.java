package org.psoexplorer.export;

import java.awt.Graphics2D;
import java.util.Map;

/**
 * Lets an output add structure while the painter draws: SVG wraps each concept and relation in a
 * group with CSS classes. Java2D targets need none of it, hence the empty defaults.
 */
interface PaintHooks {

    PaintHooks NONE = new PaintHooks() {
    };

    /** Starts a group of elements with the given attributes (such as {@code class}). */
    default void beginGroup(Graphics2D g, Map<String, String> attributes) {
    }

    default void endGroup(Graphics2D g) {
    }

    /** Gives the output a chance to adapt a text before it is drawn with {@code drawString}. */
    default String text(String s) {
        return s;
    }
}
