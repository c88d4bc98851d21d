package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts concepts outside every hierarchy in the room the packed hierarchies leave empty below their
 * first row: beside the last hierarchy of a row and under the shorter ones. Packed strictly below
 * the hierarchies, they left a band as tall as the tallest small hierarchy and most of the
 * drawing wide with nothing in it but lines (the built-in taxonomy's layered drawing, beside
 * regional organizations and humanitarian principles). The first row, where the largest hierarchy
 * stands, keeps the top to itself, so the hierarchy is still read first; no concept goes inside a
 * hierarchy's box, where its edges run.
 */
final class RoomBesideHierarchies {

    /** An empty rectangle, {x0, y0, x1, y1}, that concepts fill in lines from its top left. */
    private record Room(double x0, double y0, double x1, double y1) {
    }

    private RoomBesideHierarchies() {
    }

    /**
     * Places the first of {@code loose} (in their order) in the room {@code hierarchies} (packed in
     * rows, top-aligned) leave within {@code extent}, each {@code gap} from any hierarchy and
     * {@code spacing} from each other; returns how many it placed.
     */
    static int fill(List<Piece> hierarchies, double[] extent, List<Piece> loose, double gap, double spacing) {
        List<Room> rooms = rooms(hierarchies, extent[2], gap);
        int placed = 0;
        for (Room room : rooms) {
            double x = room.x0();
            double y = room.y0();
            double lineHeight = 0;
            while (placed < loose.size()) {
                Piece p = loose.get(placed);
                double[] e = p.extent();
                double w = e[2] - e[0];
                double h = e[3] - e[1];
                if (x > room.x0() && x + w > room.x1()) {
                    y += lineHeight + spacing;
                    x = room.x0();
                    lineHeight = 0;
                }
                if (x + w > room.x1() || y + h > room.y1()) {
                    break; // the room is full: the next one takes this concept
                }
                p.translate(x - e[0], y - e[1]);
                x += w + spacing;
                lineHeight = Math.max(lineHeight, h);
                placed++;
            }
        }
        return placed;
    }

    /** The empty rooms of every row but the first, top to bottom: beside the row, then under its shorter hierarchies. */
    private static List<Room> rooms(List<Piece> hierarchies, double right, double gap) {
        List<double[]> boxes = new ArrayList<>();
        for (Piece p : hierarchies) {
            boxes.add(p.extent());
        }
        boxes.sort(Comparator.<double[]>comparingDouble(b -> b[1]).thenComparingDouble(b -> b[0]));
        List<Room> rooms = new ArrayList<>();
        int i = 0;
        boolean first = true;
        while (i < boxes.size()) {
            double top = boxes.get(i)[1];
            int end = i;
            double bottom = top;
            double lastRight = Double.NEGATIVE_INFINITY;
            while (end < boxes.size() && Math.abs(boxes.get(end)[1] - top) < 1e-6) {
                bottom = Math.max(bottom, boxes.get(end)[3]);
                lastRight = Math.max(lastRight, boxes.get(end)[2]);
                end++;
            }
            if (!first) {
                if (lastRight + gap < right) {
                    rooms.add(new Room(lastRight + gap, top, right, bottom));
                }
                for (int k = i; k < end; k++) {
                    double[] b = boxes.get(k);
                    if (b[3] + gap < bottom) {
                        rooms.add(new Room(b[0], b[3] + gap, b[2], bottom));
                    }
                }
            }
            first = false;
            i = end;
        }
        return rooms;
    }
}
