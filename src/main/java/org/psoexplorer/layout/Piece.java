package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of a drawing under construction, in its own coordinates: boxes of some vertices and bend
 * points of some edges (by edge index). Algorithms lay out components as pieces, then pack them.
 */
final class Piece {

    final Map<String, NodeBox> nodes = new LinkedHashMap<>();
    final Map<Integer, List<Point>> bends = new HashMap<>();

    static Piece single(String id, double width, double height) {
        Piece piece = new Piece();
        piece.nodes.put(id, new NodeBox(0, 0, width, height));
        return piece;
    }

    /** {minX, minY, maxX, maxY} of boxes and bend points; zeros when empty. */
    double[] extent() {
        double[] e = Extent.of(nodes.values(), bends.values());
        return e == null ? new double[] {0, 0, 0, 0} : e;
    }

    double width() {
        double[] e = extent();
        return e[2] - e[0];
    }

    double height() {
        double[] e = extent();
        return e[3] - e[1];
    }

    /** Moves everything in place. */
    void translate(double dx, double dy) {
        nodes.replaceAll((id, b) -> b.translate(dx, dy));
        bends.replaceAll((e, points) -> {
            List<Point> moved = new ArrayList<>(points.size());
            points.forEach(p -> moved.add(p.translate(dx, dy)));
            return moved;
        });
    }

    /** Adds the content of another piece (already placed) to this one. */
    void absorb(Piece other) {
        nodes.putAll(other.nodes);
        bends.putAll(other.bends);
    }
}
