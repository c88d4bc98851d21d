package org.psoexplorer.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window rebuilt in another language keeps the user's zoom on what they were reading, though the
 * other labels lay the concepts out elsewhere: the view follows a concept, not coordinates.
 */
@ExtendWith(ApplicationExtension.class)
class ViewAnchorTest {

    private GraphView view;
    private final Diagram grid = GraphViewAtScaleTest.grid();
    /** The same concepts laid out elsewhere, as wider or narrower labels would. */
    private final Diagram moved = shifted(grid, 137, -61);

    @Start
    void start(Stage stage) {
        view = GraphViewAtScaleTest.showGrid(stage, null);
    }

    @Test
    void aRedrawThatMovesTheConceptsKeepsTheAnchorsConceptWhereItWasAtTheSameZoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.anchor()).as("a fitted view has nothing to keep: it fits again").isNull();
        robot.interact(() -> view.zoom(40, view.getWidth() * 0.3, view.getHeight() * 0.7));
        GraphView.ViewAnchor anchor = view.anchor();
        Point2D middle = new Point2D(view.getWidth() / 2, view.getHeight() / 2);
        Point2D where = view.screenPosition(anchor.concept());
        assertThat(grid.nodes().stream().mapToDouble(n -> view.screenPosition(n.id()).distance(middle)).min()
                .orElseThrow()).as("the anchor is the concept nearest the middle").isEqualTo(where.distance(middle));
        double zoom = view.scale();

        robot.interact(() -> {
            view.keepAnchor(anchor);
            view.setDiagram(moved, false);
        });
        assertThat(view.scale()).isCloseTo(zoom, within(1e-9));
        assertThat(view.screenPosition(anchor.concept()).distance(where)).as("px from where it was").isLessThan(1e-6);

        robot.interact(() -> view.setDiagram(grid, false));
        assertThat(view.screenPosition(anchor.concept()).distance(where)).as("and again, until the user acts")
                .isLessThan(1e-6);
    }

    @Test
    void theUserZoomingOrOtherConceptsEndTheAnchor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.zoom(40, view.getWidth() / 2, view.getHeight() / 2));
        GraphView.ViewAnchor anchor = view.anchor();
        Point2D where = view.screenPosition(anchor.concept());

        robot.interact(() -> {
            view.keepAnchor(anchor);
            view.zoom(0.5, 10, 10);
            view.setDiagram(moved, false);
        });
        assertThat(view.anchor()).as("fitted to the redraw after the user zoomed").isNull();

        robot.interact(() -> {
            view.zoom(40, view.getWidth() / 2, view.getHeight() / 2);
            view.keepAnchor(anchor);
            view.setDiagram(shifted(withoutFirst(grid), 0, 0), false);
        });
        assertThat(view.anchor()).as("other concepts: fitted").isNull();
        assertThat(view.screenPosition(anchor.concept()).distance(where)).isGreaterThan(1);
    }

    private static Diagram shifted(Diagram d, double dx, double dy) {
        List<DiagramNode> nodes = d.nodes().stream()
                .map(n -> new DiagramNode(n.id(), n.kind(), n.lines(), n.x() + dx, n.y() + dy, n.width(), n.height(),
                        n.shape(), n.fill(), n.stroke(), n.textColor(), n.emphasis(), n.labelPriority(), n.core()))
                .toList();
        return new Diagram(d.title(), d.width() + Math.abs(dx), d.height() + Math.abs(dy), nodes, d.edges(), d.legend(),
                d.sources(), d.style(), d.language(), d.references());
    }

    private static Diagram withoutFirst(Diagram d) {
        String first = d.nodes().get(0).id();
        return new Diagram(d.title(), d.width(), d.height(), d.nodes().subList(1, d.nodes().size()),
                d.edges().stream().filter(e -> !e.from().equals(first) && !e.to().equals(first)).toList(), d.legend(),
                d.sources(), d.style(), d.language(), d.references());
    }
}
