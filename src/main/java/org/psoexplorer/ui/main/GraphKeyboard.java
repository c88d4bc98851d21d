package org.psoexplorer.ui.main;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.graph.GraphView;

/**
 * The graph's keys: arrows move the selection to the neighbour lying most nearly that way, Enter
 * focuses on the selection, Esc clears it and the highlighted path and then leaves the focus (an Esc
 * with none of these goes on to the window, which leaves presentation mode with it). Keys held with a
 * modifier (Alt+← for Back) are left to the menus' accelerators.
 */
final class GraphKeyboard {

    private final ExplorerViewModel vm;
    private final GraphView graph;
    private final Highlight highlight;

    /** The Relate highlight on the graph, which Esc clears with the selection. */
    interface Highlight {
        boolean isShown();

        void clear();
    }

    private GraphKeyboard(ExplorerViewModel vm, GraphView graph, Highlight highlight) {
        this.vm = vm;
        this.graph = graph;
        this.highlight = highlight;
    }

    /** @param suspended while true the keys belong to something else (a tour) */
    static void install(Node root, ExplorerViewModel vm, GraphView graph, Highlight highlight,
                        BooleanSupplier suspended) {
        GraphKeyboard keys = new GraphKeyboard(vm, graph, highlight);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean modified = e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown();
            // Consumed already by another filter on the same node (the tour's Esc, which has just ended it):
            // that key is spent, or Esc would leave the tour and then clear the Relate answer it gave back.
            if (e.getTarget() instanceof GraphView && !modified && !e.isConsumed() && !suspended.getAsBoolean()
                    && keys.handle(e.getCode())) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyCode code) {
        String selected = vm.selectedProperty().get();
        switch (code) {
            case LEFT, RIGHT, UP, DOWN -> moveSelection(code);
            case ENTER -> {
                if (selected != null) {
                    vm.focus(selected, 1);
                }
            }
            case ESCAPE -> {
                if (selected != null || highlight.isShown()) {
                    vm.select(null);
                    highlight.clear();
                } else if (vm.canGoBack()) {
                    vm.back();
                } else {
                    // Nothing of the graph's to leave: the key goes on to the window (out of presentation).
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void moveSelection(KeyCode key) {
        String selected = vm.selectedProperty().get();
        List<String> ids = graph.conceptIds();
        if (ids.isEmpty()) {
            return;
        }
        if (selected == null || graph.screenPosition(selected) == null) {
            vm.select(ids.get(0));
            return;
        }
        Point2D from = graph.screenPosition(selected);
        Point2D dir = switch (key) {
            case LEFT -> new Point2D(-1, 0);
            case RIGHT -> new Point2D(1, 0);
            case UP -> new Point2D(0, -1);
            default -> new Point2D(0, 1);
        };
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String n : vm.graphProperty().get().neighbours(selected)) {
            Point2D to = graph.screenPosition(n);
            if (to == null) {
                continue;
            }
            Point2D d = to.subtract(from);
            double along = d.dotProduct(dir);
            if (along <= 0) {
                continue;
            }
            // Straight ahead beats off to the side: a neighbour twice as far but in line wins.
            double across = Math.abs(d.getX() * dir.getY() - d.getY() * dir.getX());
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = n;
            }
        }
        if (best != null) {
            vm.select(best);
        }
    }
}
