package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks every layout must pass, and geometry helpers for the tests. */
final class LayoutAssertions {

    private LayoutAssertions() {
    }

    /** All vertices placed, finite, inside the bounds with the margin, no two closer than spacing. */
    static void assertValid(LayoutGraph graph, Layout layout, LayoutOptions options) {
        assertThat(layout.nodes().keySet()).containsExactlyElementsOf(graph.vertexIds());
        assertThat(layout.edges()).hasSize(graph.edges().size());
        Bounds bounds = layout.bounds();
        assertThat(bounds.minX()).isZero();
        assertThat(bounds.minY()).isZero();
        double tolerance = 1e-6;
        for (String id : graph.vertexIds()) {
            NodeBox box = layout.node(id);
            assertThat(Double.isFinite(box.x()) && Double.isFinite(box.y())).as("finite centre of %s", id).isTrue();
            assertThat(box.width()).isEqualTo(graph.width(id));
            assertThat(box.height()).isEqualTo(graph.height(id));
            assertThat(box.minX()).as("left of %s", id).isGreaterThanOrEqualTo(options.margin() - tolerance);
            assertThat(box.minY()).as("top of %s", id).isGreaterThanOrEqualTo(options.margin() - tolerance);
            assertThat(box.maxX()).isLessThanOrEqualTo(bounds.width() - options.margin() + tolerance);
            assertThat(box.maxY()).isLessThanOrEqualTo(bounds.height() - options.margin() + tolerance);
        }
        for (int e = 0; e < graph.edges().size(); e++) {
            EdgeRoute route = layout.edges().get(e);
            LayoutEdge edge = graph.edges().get(e);
            assertThat(route.source()).isEqualTo(edge.source());
            assertThat(route.target()).isEqualTo(edge.target());
            for (Point p : route.bends()) {
                assertThat(Double.isFinite(p.x()) && Double.isFinite(p.y())).isTrue();
            }
        }
        assertThat(layout.overlaps(options.spacing())).as("boxes closer than the spacing").isEmpty();
    }

    static double distance(NodeBox a, NodeBox b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** Proper crossings between the polylines of different edges that share no end vertex. */
    static int crossings(Layout layout) {
        int count = 0;
        List<EdgeRoute> edges = layout.edges();
        // Built once: large layouts have millions of pairs of edges.
        List<List<Point>> paths = new ArrayList<>(edges.size());
        for (int e = 0; e < edges.size(); e++) {
            paths.add(layout.path(e));
        }
        for (int e = 0; e < edges.size(); e++) {
            for (int f = e + 1; f < edges.size(); f++) {
                if (shareVertex(edges.get(e), edges.get(f))) {
                    continue;
                }
                List<Point> a = paths.get(e);
                List<Point> b = paths.get(f);
                for (int i = 0; i + 1 < a.size(); i++) {
                    for (int j = 0; j + 1 < b.size(); j++) {
                        if (properlyIntersect(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static boolean shareVertex(EdgeRoute a, EdgeRoute b) {
        return a.source().equals(b.source()) || a.source().equals(b.target())
                || a.target().equals(b.source()) || a.target().equals(b.target());
    }

    private static boolean properlyIntersect(Point p1, Point p2, Point q1, Point q2) {
        double d1 = cross(q1, q2, p1);
        double d2 = cross(q1, q2, p2);
        double d3 = cross(p1, p2, q1);
        double d4 = cross(p1, p2, q2);
        return d1 * d2 < -1e-9 && d3 * d4 < -1e-9;
    }

    private static double cross(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }
}
