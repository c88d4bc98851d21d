package org.psoexplorer.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * JGraphT's Fruchterman–Reingold layouts with two guards against defects of 1.5.2: vertices that
 * share exact coordinates make the Barnes–Hut quadtree split without end (out of memory), and a
 * vertex whose only edges join coincident vertices gets no attractive displacement entry, which
 * fails with a {@code NullPointerException}; a point on the very edge of the frame can also fall
 * outside every quadtree child by rounding ({@code IllegalArgumentException}). Before each
 * repulsion step, points are kept a hair inside the frame and coincident ones are nudged apart;
 * missing attraction entries are filled with zero.
 */
final class GuardedFr {

    private GuardedFr() {
    }

    /** Plain FR: exact O(n²) repulsion, best for small components. */
    static final class Plain<V, E> extends FRLayoutAlgorithm2D<V, E> {
        Plain(int iterations, double normalizationFactor, Random rng) {
            super(iterations, normalizationFactor, rng);
        }

        @Override
        protected Map<V, Point2D> calculateRepulsiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            separateCoincident(graph, model);
            return super.calculateRepulsiveForces(graph, model);
        }

        @Override
        protected Map<V, Point2D> calculateAttractiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            return fillMissing(graph, super.calculateAttractiveForces(graph, model));
        }
    }

    /** Barnes–Hut FR: approximate repulsion in O(n log n), for large components. */
    static final class Indexed<V, E> extends IndexedFRLayoutAlgorithm2D<V, E> {
        Indexed(int iterations, double theta, double normalizationFactor, Random rng) {
            super(iterations, theta, normalizationFactor, rng);
        }

        @Override
        protected Map<V, Point2D> calculateRepulsiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            separateCoincident(graph, model);
            return super.calculateRepulsiveForces(graph, model);
        }

        @Override
        protected Map<V, Point2D> calculateAttractiveForces(Graph<V, E> graph, LayoutModel2D<V> model) {
            return fillMissing(graph, super.calculateAttractiveForces(graph, model));
        }
    }

    static <V> void separateCoincident(Graph<V, ?> graph, LayoutModel2D<V> model) {
        Box2D area = model.getDrawableArea();
        double cx = area.getMinX() + area.getWidth() / 2;
        double cy = area.getMinY() + area.getHeight() / 2;
        double size = Math.max(1, Math.min(area.getWidth(), area.getHeight()));
        double step = 1e-4 * size;
        // Points exactly on the frame can fall outside every quadtree child by rounding, so keep
        // all points a hair inside it.
        double inset = 1e-7 * size;
        double minX = area.getMinX() + inset;
        double maxX = area.getMaxX() - inset;
        double minY = area.getMinY() + inset;
        double maxY = area.getMaxY() - inset;
        Set<Point2D> seen = new HashSet<>();
        int k = 0;
        for (V v : graph.vertexSet()) {
            Point2D original = model.get(v);
            Point2D p = clamp(original, minX, maxX, minY, maxY);
            while (!seen.add(p)) {
                // Step towards the centre plus a sideways turn, alternating, then stay in the frame.
                k++;
                double dx = cx - p.getX();
                double dy = cy - p.getY();
                double len = Math.hypot(dx, dy);
                double ux = len > 0 ? dx / len : 1;
                double uy = len > 0 ? dy / len : 0;
                double turn = (k % 2 == 0 ? 1 : -1) * 0.5;
                p = clamp(Point2D.of(p.getX() + step * (ux - turn * uy), p.getY() + step * (uy + turn * ux)),
                        minX, maxX, minY, maxY);
            }
            if (!p.equals(original)) {
                model.put(v, p);
            }
        }
    }

    private static Point2D clamp(Point2D p, double minX, double maxX, double minY, double maxY) {
        double x = Math.min(maxX, Math.max(minX, p.getX()));
        double y = Math.min(maxY, Math.max(minY, p.getY()));
        return x == p.getX() && y == p.getY() ? p : Point2D.of(x, y);
    }

    static <V> Map<V, Point2D> fillMissing(Graph<V, ?> graph, Map<V, Point2D> displacement) {
        if (displacement.size() == graph.vertexSet().size()) {
            return displacement;
        }
        Map<V, Point2D> filled = new HashMap<>(displacement);
        for (V v : graph.vertexSet()) {
            filled.putIfAbsent(v, Point2D.of(0, 0));
        }
        return filled;
    }
}
