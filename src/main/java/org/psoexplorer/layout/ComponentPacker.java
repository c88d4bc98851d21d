package org.psoexplorer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs laid-out pieces (usually connected components) into rows, top-aligned, left to right,
 * towards a drawing about 16:10 wide. Layout algorithms handle components one at a time because
 * force models push disconnected parts to the corners, and because it is faster.
 */
final class ComponentPacker {

    /** Width over height the rows aim for. */
    static final double TARGET_ASPECT = 16.0 / 10.0;

    private ComponentPacker() {
    }

    /**
     * Orders pieces tallest first (then widest), keeping the given order on ties; this is the
     * order in which row packing wastes least.
     */
    static List<Piece> largestFirst(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Piece::height).reversed()
                .thenComparing(Comparator.comparingDouble(Piece::width).reversed()));
        return sorted;
    }

    /** Places the pieces in the given order, at least {@code gap} apart, and merges them. */
    static Piece pack(List<Piece> pieces, double gap) {
        return pack(pieces, gap, 0);
    }

    /**
     * Like {@link #pack(List, double)}, with rows at least {@code minRowWidth} wide (to line up
     * with something above, for instance).
     */
    static Piece pack(List<Piece> pieces, double gap, double minRowWidth) {
        return pack(pieces, gap, minRowWidth, TARGET_ASPECT);
    }

    /** Like {@link #pack(List, double, double)}, the rows aiming at {@code aspect} (width over height). */
    static Piece pack(List<Piece> pieces, double gap, double minRowWidth, double aspect) {
        return pack(pieces, gap, minRowWidth, aspect, null);
    }

    /**
     * Like {@link #pack(List, double, double, double)}, piece {@code i} and the next one kept
     * {@code gapsAfter[i]} apart (at least {@code gap}) where they share a row; null for {@code gap} throughout.
     */
    static Piece pack(List<Piece> pieces, double gap, double minRowWidth, double aspect, double[] gapsAfter) {
        Piece result = new Piece();
        if (pieces.isEmpty()) {
            return result;
        }
        double area = 0;
        double widest = 0;
        for (Piece p : pieces) {
            area += (p.width() + gap) * (p.height() + gap);
            widest = Math.max(widest, p.width());
        }
        if (gapsAfter != null) {
            // Two pieces kept apart for a name stay in one row: broken between rows, the name would
            // have only the gap between the rows.
            for (int i = 0; i + 1 < pieces.size(); i++) {
                if (gapsAfter[i] > gap) {
                    widest = Math.max(widest, pieces.get(i).width() + gapsAfter[i] + pieces.get(i + 1).width());
                }
            }
        }
        double rowWidth = Math.max(minRowWidth, Math.max(widest, Math.sqrt(area * aspect)));
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            double[] e = p.extent();
            double w = e[2] - e[0];
            double h = e[3] - e[1];
            if (x > 0 && x + w > rowWidth) {
                y += rowHeight + gap;
                x = 0;
                rowHeight = 0;
            }
            p.translate(x - e[0], y - e[1]);
            result.absorb(p);
            x += w + (gapsAfter == null ? gap : Math.max(gap, gapsAfter[i]));
            rowHeight = Math.max(rowHeight, h);
        }
        return result;
    }
}
