package org.psoexplorer.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;

/**
 * Keeps every toolbar control on the bar, whole. JavaFX's toolbar would otherwise shrink a button's
 * text to "O…" or push the last controls (fit, full view) into an overflow menu when the window is
 * narrow (a 1280-pixel projector) or the text larger. Buttons never shrink below their text; when
 * the bar lacks room, the buttons that carry an icon show the icon alone (their name stays in the
 * tooltip), which is what the bar gives up first.
 */
final class ToolbarFit {

    private final ToolBar bar;
    private final List<Labeled> compactable;
    private final javafx.scene.control.TextField search;
    private final int searchColumns;
    private boolean fitting;

    /**
     * @param compactable the buttons that may drop their text for their icon, least needed first
     * @param search      the field that narrows last, when icons alone do not make room
     */
    ToolbarFit(ToolBar bar, List<Labeled> compactable, javafx.scene.control.TextField search) {
        this.bar = bar;
        this.compactable = compactable;
        this.search = search;
        this.searchColumns = search.getPrefColumnCount();
    }

    /** Called before each layout of the bar. */
    void fit() {
        if (fitting || bar.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            for (Node n : bar.getItems()) {
                if (n instanceof Region r && !(n instanceof javafx.scene.control.TextField)
                        && r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
            compactable.forEach(l -> l.setContentDisplay(ContentDisplay.LEFT));
            search.setPrefColumnCount(searchColumns);
            double room = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
            for (Labeled l : compactable) {
                if (needed() <= room) {
                    break;
                }
                if (l.getGraphic() != null) {
                    l.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                }
            }
            while (needed() > room && search.getPrefColumnCount() > 5) {
                search.setPrefColumnCount(search.getPrefColumnCount() - 1);
            }
        } finally {
            fitting = false;
        }
    }

    /** The width the bar's items ask for, at their preferred sizes (the spacer asks for nothing). */
    private double needed() {
        double gap = bar.lookup(".container") instanceof javafx.scene.layout.HBox box ? box.getSpacing() : 8;
        double sum = gap * Math.max(0, bar.getItems().size() - 1) + 4;
        for (Node n : bar.getItems()) {
            if (n.isManaged()) {
                sum += n.prefWidth(-1);
            }
        }
        return sum;
    }
}
