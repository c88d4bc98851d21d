package org.psoexplorer.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a control really shows on screen, after the skin has clipped it to its width. */
final class ScreenText {

    private ScreenText() {
    }

    /** The text the labeled's skin draws: its whole text, or a shortened one ending in "…". */
    static String shown(Labeled labeled) {
        labeled.applyCss();
        labeled.layout();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's own text node, not an icon (Ikonli's icons are Text nodes too).
            if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
                return t.getText();
            }
        }
        // A menu button draws its text through an inner label, which is checked on its own.
        return labeled.getText();
    }

    /** Whether the labeled shows all of its text. */
    static boolean whole(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return text.isEmpty() || shown(labeled).equals(text);
    }

    /** Every labeled under a node (itself included) whose text is cut. */
    static java.util.List<Labeled> cut(Node root) {
        java.util.List<Labeled> cut = new java.util.ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node n, java.util.List<Labeled> cut) {
        if (!n.isVisible()) {
            return;
        }
        // An icon alone, its name in the tooltip, is a choice rather than a cut.
        if (n instanceof Labeled l && l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                && !whole(l)) {
            cut.add(l);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
