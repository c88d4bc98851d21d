package org.psoexplorer.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which concept labels to show at the current zoom: the most important first, each only
 * where it overlaps no label already shown. Labels that do not fit appear on hover or when zoomed
 * in, so what is on screen is always readable and never a heap of overprinted names.
 */
final class LabelPlacer {

    /**
     * A label that could be shown, centred at (x, y), in screen pixels; {@code forced} ones always
     * are. When the centre is taken, it may sit just above or below its concept, whose half height is {@code reach}.
     */
    record Candidate(String id, double x, double y, double width, double height, boolean forced, double reach,
                     double reachX) {

        Candidate(String id, double x, double y, double width, double height, boolean forced) {
            this(id, x, y, width, height, forced, 0, 0);
        }

        Candidate at(double dx, double dy) {
            return new Candidate(id, x + dx, y + dy, width, height, forced, reach, reachX);
        }

        /** On the concept, then above, below, right and left of it, then at its corners, then a line further up or down. */
        List<Candidate> positions() {
            if (reach <= 0) {
                return List.of(this);
            }
            double dy = reach + height / 2 + GAP;
            double dx = reachX + width / 2 + GAP;
            double ex = reachX / 2 + width / 2 + GAP;
            double dy2 = dy + height + GAP;
            return List.of(this, at(0, -dy), at(0, dy), at(dx, 0), at(-dx, 0),
                    at(ex, -dy), at(-ex, -dy), at(ex, dy), at(-ex, dy), at(0, -dy2), at(0, dy2));
        }

        /**
         * Further out, for a label that must be shown, nearest first: a text line ({@code unit}) at a time
         * above or below, up to three of its own heights, or a label's width aside. Nearest first, as its
         * leader is the shorter: a four-line name stepped by its own height went 200 px from its box.
         */
        List<Candidate> fartherPositions(double unit) {
            List<Candidate> out = new ArrayList<>();
            double line = height + GAP;
            double dy = reach + height / 2 + GAP + line;
            double near = reach + height / 2 + GAP;
            for (double off = near + unit + GAP; off < dy + 3 * line; off += unit + GAP) {
                out.add(at(0, -off));
                out.add(at(0, off));
            }
            for (int k = 1; k <= 3; k++) {
                out.add(at(0, -dy - k * line));
                out.add(at(0, dy + k * line));
                double dx = reachX + width / 2 + GAP + k * width / 2;
                out.add(at(dx, 0));
                out.add(at(-dx, 0));
                double ex = reachX / 2 + k * width / 2;
                out.add(at(ex, -dy - (k - 1) * line));
                out.add(at(-ex, -dy - (k - 1) * line));
                out.add(at(ex, dy + (k - 1) * line));
                out.add(at(-ex, dy + (k - 1) * line));
            }
            out.sort(java.util.Comparator.comparingDouble(p -> Math.hypot(p.x() - x, p.y() - y)));
            return out;
        }
    }

    /** Where a shown label went: its offset from the concept's centre, in screen pixels. */
    record Placed(double dx, double dy) {
    }

    private static final double GAP = 2;
    private static final double CELL = 64;

    private LabelPlacer() {
    }

    /** The ids of the labels to show, for candidates in order of importance. */
    static Set<String> place(List<Candidate> byImportance) {
        return placeAround(byImportance, null).keySet();
    }

    /**
     * The labels to show and where: on the concept, else just above or below it, inside
     * {@code area} (minX, minY, maxX, maxY in screen pixels) when one is given, and clear of the
     * rectangles that may follow in it (four numbers each, the same way round).
     */
    static Map<String, Placed> placeAround(List<Candidate> byImportance, double[] area) {
        return placeAround(byImportance, area, id -> false);
    }

    /**
     * As {@link #placeAround(List, double[])}, and a label that {@code insist} names (the taxonomy's
     * core concepts) that finds no place beside its concept tries a few lines farther out before
     * it is left for hover.
     */
    static Map<String, Placed> placeAround(List<Candidate> byImportance, double[] area,
                                           java.util.function.Predicate<String> insist) {
        return placeAround(byImportance, area, insist, Map.of());
    }

    /**
     * As {@link #placeAround(List, double[], java.util.function.Predicate)}, and a forced label
     * shown {@code before} (at the same zoom) keeps its place then, so pointing at a concept or
     * selecting one does not move its name: a name that jumped from under the pointer to its
     * concept's centre would no longer be pointed at, and would jump back.
     */
    static Map<String, Placed> placeAround(List<Candidate> byImportance, double[] area,
                                           java.util.function.Predicate<String> insist, Map<String, Placed> before) {
        Map<String, Placed> shown = new java.util.LinkedHashMap<>();
        Map<Long, List<Candidate>> grid = new HashMap<>();
        // The concepts themselves: a name moved off its concept must not land on another one, where it
        // reads as that concept's name (zoomed in, a name beside a concept just outside the view sat on
        // the box of one inside it, and pushed that one's own name aside).
        Map<Long, List<Candidate>> concepts = new HashMap<>();
        for (Candidate c : byImportance) {
            if (c.reach() > 0) {
                Candidate box = new Candidate(c.id(), c.x(), c.y(), 2 * c.reachX(), 2 * c.reach(), false);
                forEachCell(box, key -> concepts.computeIfAbsent(key, k -> new ArrayList<>()).add(box));
            }
        }
        // A text line at this zoom: the height of the lowest name, which has one line.
        double unit = byImportance.stream().mapToDouble(Candidate::height).filter(h -> h > 0).min().orElse(0);
        for (Candidate c : byImportance) {
            Candidate chosen = null;
            // Only a name that must show (the concept pointed at or selected) keeps its place: the others
            // go back to their best free place, or one pushed aside once would stay aside.
            Placed was = c.forced() ? before.get(c.id()) : null;
            List<Candidate> tries = c.positions();
            Candidate slid = slidIntoView(c, area);
            if (was != null || slid != null) {
                tries = new ArrayList<>(tries);
                if (slid != null) {
                    tries.add(Math.min(1, tries.size()), slid);
                }
                if (was != null) {
                    tries.add(0, c.at(was.dx(), was.dy()));
                }
            }
            for (Candidate at : tries) {
                if (c.forced() || (within(at, area) && !collides(at, grid) && !onAnother(at, c, concepts))) {
                    chosen = at;
                    break;
                }
            }
            if (chosen == null && c.reach() > 0 && insist.test(c.id())) {
                for (Candidate at : c.fartherPositions(Math.min(unit, c.height()))) {
                    if (within(at, area) && !collides(at, grid) && !onAnother(at, c, concepts)) {
                        chosen = at;
                        break;
                    }
                }
            }
            if (chosen != null) {
                Candidate placed = chosen;
                shown.put(c.id(), new Placed(placed.x() - c.x(), placed.y() - c.y()));
                forEachCell(placed, key -> grid.computeIfAbsent(key, k -> new ArrayList<>()).add(placed));
            }
        }
        return shown;
    }

    /**
     * For a concept partly outside {@code area} (zoomed in, at the view's edge), its name moved just
     * far enough to be inside, where it still lies over the part of the concept in view: it reads as
     * that concept's face. A name set beside such a concept instead sat by its empty box like a second
     * concept (an empty hexagon cut by the view's edge, "Peace support operations (PSO)" below it).
     * Null when the name is inside already, cannot fit, or would leave its concept.
     */
    private static Candidate slidIntoView(Candidate c, double[] area) {
        if (area == null || c.reach() <= 0 || insideView(c, area)) {
            return null;
        }
        double minX = area[0] + c.width() / 2;
        double maxX = area[2] - c.width() / 2;
        double minY = area[1] + c.height() / 2;
        double maxY = area[3] - c.height() / 2;
        if (minX > maxX || minY > maxY) {
            return null;
        }
        double x = Math.max(minX, Math.min(maxX, c.x()));
        double y = Math.max(minY, Math.min(maxY, c.y()));
        boolean onOwn = Math.abs(x - c.x()) * 2 < c.width() + 2 * c.reachX()
                && Math.abs(y - c.y()) * 2 < c.height() + 2 * c.reach();
        return onOwn ? c.at(x - c.x(), y - c.y()) : null;
    }

    /**
     * Whether the name lies inside the area's first rectangle and clear of the ones after it (what
     * floats over the view: the filter notice, the legend, a tour's caption). Those are the panels
     * themselves, not the bands across the view they stand in: a name beside the centred notice, or
     * above the caption card, is in plain sight.
     */
    private static boolean within(Candidate c, double[] area) {
        if (area == null) {
            return true;
        }
        if (!insideView(c, area)) {
            return false;
        }
        double minX = c.x() - c.width() / 2;
        double minY = c.y() - c.height() / 2;
        double maxX = c.x() + c.width() / 2;
        double maxY = c.y() + c.height() / 2;
        for (int i = 4; i + 3 < area.length; i += 4) {
            if (minX < area[i + 2] && area[i] < maxX && minY < area[i + 3] && area[i + 1] < maxY) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name lies inside the area's first rectangle, the view (panels over it aside). */
    private static boolean insideView(Candidate c, double[] area) {
        return c.x() - c.width() / 2 >= area[0] && c.y() - c.height() / 2 >= area[1]
                && c.x() + c.width() / 2 <= area[2] && c.y() + c.height() / 2 <= area[3];
    }

    /**
     * Whether a name moved off its concept {@code own} covers another concept's box, or, more than a line
     * from its own, lies nearer another concept's box than its own: set a few lines out, it sat on the
     * next concept's edge and read as that one's name (zoomed in on a Relate answer, "Peacebuilding"
     * 190 px below its box, on Peacekeeping's). On its concept's centre it may.
     */
    private static boolean onAnother(Candidate at, Candidate own, Map<Long, List<Candidate>> concepts) {
        if (at.x() == own.x() && at.y() == own.y()) {
            return false;
        }
        double ownGap = own.reach() > 0 ? gap(at, own.x(), own.y(), 2 * own.reachX(), 2 * own.reach()) : 0;
        // Every box that could be nearer than its own: those within that gap of the name. Within a line of
        // its box, only a box the name covers counts; and a concept drawn smaller than a name (a dot of the
        // overview, where every name has dots about it) is not read as the name's.
        Candidate near = new Candidate(at.id(), at.x(), at.y(), at.width() + 2 * ownGap, at.height() + 2 * ownGap, false);
        boolean[] hit = {false};
        forEachCell(near, key -> {
            if (!hit[0]) {
                for (Candidate box : concepts.getOrDefault(key, List.of())) {
                    // A pixel clear of the box: touching, the name's pill and the concept's outline overlapped; two would
                    // cost core names their places in the opening view (OpeningViewAtManySizesTest).
                    if (!box.id().equals(own.id()) && (Math.abs(at.x() - box.x()) * 2 < at.width() + box.width() + GAP
                            && Math.abs(at.y() - box.y()) * 2 < at.height() + box.height() + GAP
                            || ownGap > at.height() && box.height() >= at.height()
                            && gap(at, box.x(), box.y(), box.width(), box.height()) < ownGap)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    /** The distance between a name and a box (centre, width, height); 0 when they overlap or touch. */
    private static double gap(Candidate name, double x, double y, double width, double height) {
        double dx = Math.max(0, Math.abs(name.x() - x) - (name.width() + width) / 2);
        double dy = Math.max(0, Math.abs(name.y() - y) - (name.height() + height) / 2);
        return Math.hypot(dx, dy);
    }

    private static boolean collides(Candidate c, Map<Long, List<Candidate>> grid) {
        boolean[] hit = {false};
        forEachCell(c, key -> {
            if (!hit[0]) {
                for (Candidate o : grid.getOrDefault(key, List.of())) {
                    if (overlap(c, o)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    static boolean overlap(Candidate a, Candidate b) {
        return Math.abs(a.x() - b.x()) * 2 < a.width() + b.width() + 2 * GAP
                && Math.abs(a.y() - b.y()) * 2 < a.height() + b.height() + 2 * GAP;
    }

    private static void forEachCell(Candidate c, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor((c.x() - c.width() / 2 - GAP) / CELL);
        long x1 = (long) Math.floor((c.x() + c.width() / 2 + GAP) / CELL);
        long y0 = (long) Math.floor((c.y() - c.height() / 2 - GAP) / CELL);
        long y1 = (long) Math.floor((c.y() + c.height() / 2 + GAP) / CELL);
        for (long gx = x0; gx <= x1; gx++) {
            for (long gy = y0; gy <= y1; gy++) {
                action.accept(gx * 1_000_003L + gy);
            }
        }
    }
}
