package org.psoexplorer.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.graph.GraphView;

/**
 * Coming back to a view gives back the zoom and pan the user had there: leaving a focus (Back,
 * Esc) or a Relate answer returns to the whole taxonomy as the user left it, not refitted. The
 * concepts come back where they were because the same filter is laid out the same way; this keeps
 * the viewport that goes with them.
 *
 * <p>Must be created before the window's own listener on the diagram, so it sees each drawing
 * before it is replaced.
 */
final class ViewportMemory {

    /** Views deeper than this are not remembered: nobody walks back thirty focuses. */
    private static final int DEPTH = 30;

    /** A view left: its filter, the concepts it showed and the user's zoom there (null: fitted). */
    private record Left(ViewFilter filter, List<String> concepts, GraphView.Viewport viewport) {
    }

    private final GraphView graph;
    private final Deque<Left> left = new ArrayDeque<>();
    /** The view on screen just before the first drawing under the current filter, and that filter. */
    private Left beforeLastDrawing;

    ViewportMemory(Lifetime life, ExplorerViewModel vm, GraphView graph) {
        this.graph = graph;
        life.listen(vm.diagramProperty(), (o, was, d) -> {
            // Only the first drawing under a filter: a panel appearing for it may redraw (and refit) the
            // old view before the new one arrives, and the view left is the one before that.
            if (beforeLastDrawing == null || beforeLastDrawing.filter() != vm.filterProperty().get()) {
                beforeLastDrawing = new Left(vm.filterProperty().get(), graph.conceptIds(), graph.viewport());
            }
        });
        life.listen(vm.filterProperty(), (o, was, now) -> changed(was, now));
        // Another taxonomy or another layout: the old positions, and the zoom on them, mean nothing now.
        life.listen(vm.graphProperty(), (o, was, now) -> left.clear());
        life.listen(vm.layoutKindProperty(), (o, was, now) -> left.clear());
    }

    private void changed(ViewFilter was, ViewFilter now) {
        if (was == null || now == null || was.equals(now)) {
            return;
        }
        for (Iterator<Left> it = left.iterator(); it.hasNext(); ) {
            if (it.next().filter().equals(now)) {
                Left back;
                do {
                    back = left.pop();
                } while (!back.filter().equals(now));
                graph.restoreViewportFor(back.concepts(), back.viewport());
                return;
            }
        }
        // The layout may already have drawn the new view (it runs at once in tests and for small views):
        // then the view left is the one before that drawing.
        Left leaving = beforeLastDrawing != null && beforeLastDrawing.filter() == now
                ? new Left(was, beforeLastDrawing.concepts(), beforeLastDrawing.viewport())
                : new Left(was, graph.conceptIds(), graph.viewport());
        left.push(leaving);
        // A new view is fitted, even when it happens to show the very concepts of one given back before.
        graph.restoreViewportFor(List.of(), null);
        graph.requestFit();
        while (left.size() > DEPTH) {
            left.removeLast();
        }
    }
}
