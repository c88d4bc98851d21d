package org.psoexplorer.ui.edit;

import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.psoexplorer.ui.graph.GraphView;

/**
 * Drawing a relation with the mouse in edit mode: Shift and drag from one concept to another, a
 * line following the pointer, and on release over another concept the caller asks for the type.
 * Shift because a plain drag already moves a concept, and arranging concepts is part of editing.
 * It sits in front of the graph's own mouse handling (event filters), so the graph needs no mode.
 */
public final class RelationDrag {

    /** A relation drawn from one concept to another, released at a point of the screen. */
    public record Drawn(String from, String to, double screenX, double screenY) {
    }

    private final GraphView graph;
    private String from;
    private boolean swallowClick;

    public RelationDrag(GraphView graph, BooleanSupplier active, java.util.function.Consumer<Drawn> onDrawn) {
        this.graph = graph;
        graph.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            swallowClick = false;
            if (!active.getAsBoolean() || !e.isShiftDown() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            String id = graph.conceptAt(e.getX(), e.getY());
            if (id != null) {
                from = id;
                graph.requestFocus();
                e.consume();
            }
        });
        graph.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (from != null) {
                graph.setRubberBand(from, new Point2D(e.getX(), e.getY()));
                e.consume();
            }
        });
        graph.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (from == null) {
                return;
            }
            String start = from;
            from = null;
            graph.setRubberBand(null, null);
            e.consume();
            swallowClick = true;
            String to = graph.conceptAt(e.getX(), e.getY());
            if (to != null && !to.equals(start)) {
                onDrawn.accept(new Drawn(start, to, e.getScreenX(), e.getScreenY()));
            }
        });
        // The click that ends the gesture must not select whatever lies under the pointer.
        graph.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (swallowClick) {
                swallowClick = false;
                e.consume();
            }
        });
    }

    /** Whether a relation is being drawn now. */
    public boolean isDrawing() {
        return from != null;
    }

    /** Gives up a relation being drawn (Esc, or edit mode turned off). */
    public void cancel() {
        from = null;
        graph.setRubberBand(null, null);
    }
}
