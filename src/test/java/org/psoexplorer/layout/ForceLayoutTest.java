package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    private final ForceLayout force = new ForceLayout();

    @Test
    void packsComponentsApartInAReasonableRectangle() {
        LayoutGraph graph = TestGraphs.disconnected();

        Layout layout = force.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        List<double[]> extents = new ArrayList<>();
        for (int[] component : graph.components()) {
            double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int v : component) {
                NodeBox b = layout.node(graph.id(v));
                e[0] = Math.min(e[0], b.minX());
                e[1] = Math.min(e[1], b.minY());
                e[2] = Math.max(e[2], b.maxX());
                e[3] = Math.max(e[3], b.maxY());
            }
            extents.add(e);
        }
        assertThat(extents).hasSize(11);
        for (int i = 0; i < extents.size(); i++) {
            for (int j = i + 1; j < extents.size(); j++) {
                double[] a = extents.get(i);
                double[] b = extents.get(j);
                boolean apart = a[2] + OPTIONS.spacing() <= b[0] + 1e-6 || b[2] + OPTIONS.spacing() <= a[0] + 1e-6
                        || a[3] + OPTIONS.spacing() <= b[1] + 1e-6 || b[3] + OPTIONS.spacing() <= a[1] + 1e-6;
                assertThat(apart).as("components %d and %d apart", i, j).isTrue();
            }
        }
        assertAspectReasonable(layout);
    }

    @Test
    void packsManyIsolatedVerticesIntoAReasonableRectangle() {
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (int i = 0; i < 300; i++) {
            b.vertex("v" + i, TestGraphs.width(i), TestGraphs.height(i));
        }
        b.edge("v0", "v1", false);
        LayoutGraph graph = b.build();

        Layout layout = force.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        assertAspectReasonable(layout);
    }

    @Test
    void keepsNeighboursCloserThanStrangers() {
        LayoutGraph graph = TestGraphs.path(30);

        Layout layout = force.layout(graph, OPTIONS);

        double neighbours = 0;
        for (int i = 1; i < 30; i++) {
            neighbours += LayoutAssertions.distance(layout.node("v" + i), layout.node("v" + (i - 1)));
        }
        double ends = LayoutAssertions.distance(layout.node("v0"), layout.node("v29"));
        assertThat(neighbours / 29).isLessThan(ends);
    }

    @Test
    void separatesCoincidentPointsInsideTheFrame() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, 100, 50));
        for (int i = 0; i < 50; i++) {
            g.addVertex("v" + i);
            model.put("v" + i, Point2D.of(i % 2 == 0 ? 100 : 0, 0));
        }

        GuardedFr.separateCoincident(g, model);

        Set<Point2D> distinct = new HashSet<>();
        for (String v : g.vertexSet()) {
            Point2D p = model.get(v);
            distinct.add(p);
            assertThat(p.getX()).isStrictlyBetween(0.0, 100.0);
            assertThat(p.getY()).isStrictlyBetween(0.0, 50.0);
        }
        assertThat(distinct).hasSize(50);
    }

    private static void assertAspectReasonable(Layout layout) {
        double aspect = layout.bounds().width() / layout.bounds().height();
        assertThat(aspect).isBetween(0.3, 4.0);
    }
}
