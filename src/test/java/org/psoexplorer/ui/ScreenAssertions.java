package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.psoexplorer.layout.Geometry;
import org.psoexplorer.layout.Point;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;

/**
 * Assertions on what the screen shows, measured on the real scene graph (bounds in scene
 * coordinates): concepts inside the graph's viewport and filling it, nothing covering a concept,
 * cards and bars wholly on screen, no text cut short, labels large enough to read, the window
 * still populated. Each failure names what was measured, so a red test says what the user would see.
 */
final class ScreenAssertions {

    /** Rounding and anti-aliasing slack, in pixels. */
    private static final double SLACK = 1.5;

    private final MainWindow window;
    private final String context;
    private java.util.Map<String, Node> shapes;

    private ScreenAssertions(MainWindow window, String context) {
        this.window = window;
        this.context = context;
    }

    static ScreenAssertions on(MainWindow window, String context) {
        return new ScreenAssertions(window, context);
    }

    // ---- concepts in the viewport

    /** The graph's viewport in scene coordinates. */
    Bounds viewport() {
        Node g = window.graphView();
        return g.localToScene(g.getLayoutBounds());
    }

    /**
     * Scene bounds of a concept's shape (without its label, which may overflow by design); for a
     * concept of a large diagram drawn on the overview canvas rather than as a node, the box painted there.
     */
    Bounds concept(String id) {
        if (shapes == null) {
            shapes = new java.util.HashMap<>();
            for (Node n : window.graphView().lookupAll(".concept")) {
                shapes.put(Drawn.conceptOf(n), n.lookup(".concept-shape"));
            }
        }
        Node shape = shapes.get(id);
        if (shape == null && window.graphView().paintedBounds(id) != null) {
            return window.graphView().localToScene(window.graphView().paintedBounds(id));
        }
        assertThat(shape).as("%s: concept %s on the graph", context, id).isNotNull();
        return shape.localToScene(shape.getBoundsInLocal());
    }

    List<String> shownConcepts() {
        return window.graphView().conceptIds();
    }

    /** Union of the concepts' bounds, in scene coordinates. */
    Bounds extent(Collection<String> ids) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            Bounds b = concept(id);
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** The share of the viewport the concepts fill along its better axis (0–1). */
    double fill(Collection<String> ids) {
        Bounds e = extent(ids);
        Bounds v = viewport();
        return Math.max(e.getWidth() / v.getWidth(), e.getHeight() / v.getHeight());
    }

    /** Every concept shown lies inside the graph's viewport and they fill at least {@code minFill} of it along one axis. */
    ScreenAssertions fitted(double minFill) {
        return fitted(shownConcepts(), minFill);
    }

    ScreenAssertions fitted(Collection<String> ids, double minFill) {
        assertThat(ids).as("%s: concepts shown", context).isNotEmpty();
        Bounds v = viewport();
        for (String id : ids) {
            Bounds b = concept(id);
            assertThat(inside(b, v)).as("%s: concept %s at %s lies inside the graph's viewport %s", context, id,
                    brief(b), brief(v)).isTrue();
        }
        assertThat(fill(ids)).as("%s: share of the viewport the %d concepts fill (extent %s in %s)", context,
                ids.size(), brief(extent(ids)), brief(v)).isGreaterThanOrEqualTo(minFill);
        return this;
    }

    /**
     * The concepts lie in the graph's viewport beside the caption card (to its left) and fill at
     * least {@code minFill} of that space along one axis.
     */
    ScreenAssertions fittedBeside(Collection<String> ids, Node card, double minFill) {
        Bounds v = viewport();
        Bounds c = card.localToScene(card.getLayoutBounds());
        Bounds beside = new BoundingBox(v.getMinX(), v.getMinY(), Math.max(1, c.getMinX() - v.getMinX()), v.getHeight());
        Bounds e = extent(ids);
        assertThat(inside(e, beside)).as("%s: concepts %s lie beside the caption card, in %s", context, brief(e),
                brief(beside)).isTrue();
        double fill = Math.max(e.getWidth() / beside.getWidth(), e.getHeight() / beside.getHeight());
        assertThat(fill).as("%s: share of the space beside the card the %d concepts fill (extent %s in %s)", context,
                ids.size(), brief(e), brief(beside)).isGreaterThanOrEqualTo(minFill);
        return this;
    }

    /**
     * The clear part of the graph's viewport: below the filter notice, above the legend (what fitting
     * keeps free), beside the side panel, which is not part of the viewport at all.
     */
    Bounds clearArea() {
        Bounds v = viewport();
        double top = v.getMinY();
        double bottom = v.getMaxY();
        Node notice = window.lookup(".filter-notice-box");
        if (notice != null && shown(notice)) {
            top = Math.max(top, notice.localToScene(notice.getLayoutBounds()).getMaxY());
        }
        Node legend = window.lookup("#legend");
        if (legend != null && shown(legend)) {
            bottom = Math.min(bottom, legend.localToScene(legend.getLayoutBounds()).getMinY());
        }
        return new BoundingBox(v.getMinX(), top, v.getWidth(), bottom - top);
    }

    /**
     * The concepts lie in the clear part of the viewport, fill at least {@code minFill} of it along one
     * axis and sit in its middle along the other (within {@code tolerance} px).
     */
    ScreenAssertions fittedInClearArea(Collection<String> ids, double minFill, double tolerance) {
        Bounds area = clearArea();
        Bounds e = extent(ids);
        assertThat(inside(e, area)).as("%s: concepts %s lie in the clear area %s", context, brief(e), brief(area))
                .isTrue();
        double fill = Math.max(e.getWidth() / area.getWidth(), e.getHeight() / area.getHeight());
        assertThat(fill).as("%s: share of the clear area the %d concepts fill (extent %s in %s)", context, ids.size(),
                brief(e), brief(area)).isGreaterThanOrEqualTo(minFill);
        double dx = (e.getMinX() - area.getMinX()) - (area.getMaxX() - e.getMaxX());
        double dy = (e.getMinY() - area.getMinY()) - (area.getMaxY() - e.getMaxY());
        assertThat(Math.max(Math.abs(dx), Math.abs(dy))).as("%s: the concepts %s are centred in the clear area %s "
                + "(room left minus room right %.0f px, above minus below %.0f px)", context, brief(e), brief(area), dx, dy)
                .isLessThanOrEqualTo(tolerance);
        return this;
    }

    /** Centred: the concepts' extent leaves about as much room on either side along both axes (within {@code tolerance} px). */
    ScreenAssertions centredIn(Collection<String> ids, Bounds area, double tolerance) {
        Bounds e = extent(ids);
        double dx = Math.abs((e.getMinX() - area.getMinX()) - (area.getMaxX() - e.getMaxX()));
        double dy = Math.abs((e.getMinY() - area.getMinY()) - (area.getMaxY() - e.getMaxY()));
        assertThat(Math.min(dx, dy)).as("%s: the concepts %s are centred in %s", context, brief(e), brief(area))
                .isLessThanOrEqualTo(tolerance);
        return this;
    }

    // ---- nothing covers a concept

    /** No concept lies under the legend, the caption card, the filter notice, or another concept. */
    ScreenAssertions uncovered() {
        List<Node> overlays = new ArrayList<>();
        for (String selector : List.of("#legend", "#tour-overlay", ".filter-notice-box")) {
            Node n = window.lookup(selector);
            if (n != null && shown(n)) {
                overlays.add(n);
            }
        }
        List<String> ids = shownConcepts();
        Bounds v = viewport();
        List<Bounds> boxes = new ArrayList<>();
        for (String id : ids) {
            Bounds b = concept(id);
            boxes.add(b);
            // A box under its name's backing is not drawn; one whose name is not shown must be.
            Node shape = shapes.get(id);
            if (shape != null) {
                Node name = Drawn.in(window.graphView(), Drawn.label(id));
                assertThat(shape.getOpacity() > 0 || name != null && shown(name))
                        .as("%s: concept %s drawn, as its box or its name", context, id).isTrue();
            }
            if (!v.intersects(b)) {
                continue; // off screen (zoomed onto a path): nothing can cover it
            }
            for (Node o : overlays) {
                Bounds ob = o.localToScene(o.getLayoutBounds());
                assertThat(overlapArea(b, ob)).as("%s: concept %s %s under %s %s", context, id, brief(b),
                        o.getId() != null ? o.getId() : o.getStyleClass(), brief(ob)).isLessThanOrEqualTo(4);
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlapArea(shrink(boxes.get(i)), shrink(boxes.get(j))))
                        .as("%s: concepts %s and %s overlap", context, ids.get(i), ids.get(j)).isZero();
            }
        }
        return this;
    }

    // ---- labels

    /** The concept labels on screen: each at least {@code minPx} high, none overlapping another. */
    ScreenAssertions labelsLegible(double minPx) {
        List<Node> boxes = new ArrayList<>(window.graphView().lookupAll(".concept-label-box").stream()
                .filter(ScreenAssertions::shown).toList());
        assertThat(boxes).as("%s: concept labels shown", context).isNotEmpty();
        List<Bounds> placed = new ArrayList<>();
        for (Node box : boxes) {
            Text t = (Text) box.lookup(".concept-label");
            double px = labelPx(t);
            assertThat(px).as("%s: label '%s' on screen, in px", context, t.getText().replace('\n', ' '))
                    .isGreaterThanOrEqualTo(minPx - 0.01);
            Bounds b = t.localToScene(t.getBoundsInLocal());
            for (int i = 0; i < placed.size(); i++) {
                assertThat(overlapArea(placed.get(i), b)).as("%s: label '%s' overlaps another", context,
                        t.getText().replace('\n', ' ')).isZero();
            }
            placed.add(b);
        }
        return this;
    }

    /**
     * Every concept name shown on a backing lies inside it: a name set in a heavier weight than its
     * backing was measured for (high contrast's bold) ran out of it onto the concepts beside it.
     */
    ScreenAssertions namesInTheirBackings() {
        int backed = 0;
        for (Node box : window.graphView().lookupAll(".concept-label-box")) {
            Node pill = box.lookup(".concept-label-pill");
            if (!shown(box) || pill == null || !pill.isVisible()) {
                continue;
            }
            Text t = (Text) box.lookup(".concept-label");
            Bounds text = t.localToScene(t.getBoundsInLocal());
            Bounds backing = pill.localToScene(pill.getBoundsInLocal());
            assertThat(inside(shrink(text), backing)).as("%s: name '%s' %s inside its backing %s", context,
                    t.getText().replace('\n', ' '), brief(text), brief(backing)).isTrue();
            backed++;
        }
        assertThat(backed).as("%s: names on backings", context).isPositive();
        return this;
    }

    /**
     * The relation names on screen: each drawn at least {@code minPx} high and over no concept's box
     * or name.
     */
    ScreenAssertions relationLabelsLegible(double minPx) {
        List<Node> covered = new ArrayList<>();
        for (Node n : window.graphView().lookupAll(".concept")) {
            covered.add(n.lookup(".concept-shape"));
        }
        covered.addAll(window.graphView().lookupAll(".concept-label-box").stream().filter(ScreenAssertions::shown).toList());
        for (Node n : window.graphView().lookupAll(".relation-label")) {
            if (!shown(n)) {
                continue;
            }
            javafx.scene.control.Label name = (javafx.scene.control.Label) n;
            double px = labelPx(name);
            assertThat(px).as("%s: relation name '%s' on screen, in px", context, name.getText().replace('\n', ' '))
                    .isGreaterThanOrEqualTo(minPx - 0.01);
            Bounds b = shrink(name.localToScene(name.getBoundsInLocal()));
            for (Node c : covered) {
                Bounds cb = c.localToScene(c.getBoundsInLocal());
                assertThat(overlapArea(b, cb)).as("%s: relation name '%s' %s over %s %s", context,
                        name.getText().replace('\n', ' '), brief(b), c.getStyleClass(), brief(cb)).isLessThanOrEqualTo(4);
            }
        }
        return this;
    }

    /**
     * Each relation name on screen reads as its own line's: no other line drawn at full strength runs
     * through it, and none passes nearer its middle than its own line does (faint lines, dimmed or
     * receded, do not draw the eye and are not counted). A line joining the same two concepts is not
     * counted either: two relations between one pair run side by side, and no name fits on one
     * without the other beside or through it.
     */
    ScreenAssertions relationLabelsOnTheirOwnLines() {
        java.util.Map<Integer, String> pairs = new java.util.HashMap<>();
        for (org.psoexplorer.diagram.DiagramEdge e : window.graphView().diagram().edges()) {
            pairs.put(e.relationIndex(), e.from().compareTo(e.to()) < 0 ? e.from() + " " + e.to() : e.to() + " " + e.from());
        }
        java.util.Map<Integer, List<Point>> lines = new java.util.HashMap<>();
        java.util.Set<Integer> strong = new java.util.HashSet<>();
        java.util.Map<Integer, Bounds> heads = new java.util.HashMap<>();
        for (Node r : window.graphView().lookupAll(".relation")) {
            Object index = r.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.RELATION);
            javafx.scene.shape.Polyline line = (javafx.scene.shape.Polyline) r.lookup(".relation-line");
            if (index == null || line == null || !shown(r)) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (int i = 0; i + 1 < line.getPoints().size(); i += 2) {
                javafx.geometry.Point2D p = line.localToScene(line.getPoints().get(i), line.getPoints().get(i + 1));
                points.add(new Point(p.getX(), p.getY()));
            }
            lines.put((Integer) index, points);
            Node head = r.lookup(".relation-arrow");
            if (head != null) {
                heads.put((Integer) index, head.localToScene(head.getBoundsInLocal()));
            }
            boolean faint = r.getPseudoClassStates().stream()
                    .anyMatch(c -> c.getPseudoClassName().equals("dimmed") || c.getPseudoClassName().equals("receded"));
            if (!faint) {
                strong.add((Integer) index);
            }
        }
        for (Node n : window.graphView().lookupAll(".relation-label")) {
            Object index = n.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.RELATION_LABEL_OF);
            if (!shown(n) || !lines.containsKey(index)) {
                continue;
            }
            String name = ((javafx.scene.control.Label) n).getText().replace('\n', ' ');
            Bounds b = shrink(n.localToScene(n.getBoundsInLocal()));
            double own = Geometry.distanceToPolyline(lines.get(index), b.getCenterX(), b.getCenterY());
            // Nor nearer a concept than its own line: a name set off its line against a concept's box
            // reads as that concept's caption (tour blurred-lines step 1, "strains or challenges" over
            // Blurred lines, its line leaving the box's far corner).
            // Measured on the name's whole box (its padding too); the arrowhead is the line's end (a
            // hollow one's line stops at its base).
            Bounds full = n.localToScene(n.getBoundsInLocal());
            double offLine = Math.min(Geometry.gapToPolyline(lines.get(index), full.getMinX(), full.getMinY(), full.getMaxX(), full.getMaxY()),
                    heads.containsKey(index) ? gap(full, heads.get(index)) : Double.MAX_VALUE);
            // Against its line (half a line of text off it, or closer) it still reads as the line's.
            String text = ((javafx.scene.control.Label) n).getText();
            double against = Math.max(6, full.getHeight() / (text.split("\n", -1).length) / 2);
            for (String id : shownConcepts()) {
                Bounds c = concept(id);
                if (offLine > against && c.intersects(viewport())) {
                    assertThat(gap(full, c)).as("%s: relation name '%s' %s nearer concept %s %s than its own line (%s px off it)",
                            context, name, brief(full), id, brief(c), Math.round(offLine))
                            .isGreaterThanOrEqualTo(offLine - SLACK);
                }
            }
            for (int other : strong) {
                if (other == (Integer) index || java.util.Objects.equals(pairs.get(other), pairs.get(index))) {
                    continue;
                }
                List<Point> line = lines.get(other);
                assertThat(Geometry.polylineEntersBox(line, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()))
                        .as("%s: relation %s's line runs through the name '%s' %s of relation %s", context, other,
                                name, brief(b), index).isFalse();
                assertThat(Geometry.distanceToPolyline(line, b.getCenterX(), b.getCenterY()))
                        .as("%s: relation name '%s' %s nearer relation %s's line than its own (%s px away)", context,
                                name, brief(b), other, Math.round(own))
                        .isGreaterThanOrEqualTo(own);
            }
        }
        return this;
    }

    /**
     * Each of these relations (by index) is named on screen: its own name shown, or, for a type drawn
     * more than once among them, the name on another of its lines (a small view names such a type once).
     */
    ScreenAssertions relationsNamed(Collection<Integer> indices) {
        List<String> unnamed = unnamedRelations(indices);
        assertThat(unnamed).as("%s: relations left unnamed on screen", context).isEmpty();
        return this;
    }

    /** Those of these relations not named on screen (see {@link #relationsNamed}), each described. */
    List<String> unnamedRelations(Collection<Integer> indices) {
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (Node n : window.graphView().lookupAll(".relation-label")) {
            Object index = n.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.RELATION_LABEL_OF);
            Node line = index == null ? null : Drawn.in(window.graphView(), Drawn.relation((Integer) index));
            if (shown(n) && line != null && shown(line)) {
                named.add((Integer) index);
            }
        }
        java.util.Map<Integer, String> types = new java.util.HashMap<>();
        for (org.psoexplorer.diagram.DiagramEdge e : window.graphView().diagram().edges()) {
            types.put(e.relationIndex(), e.type());
        }
        List<String> unnamed = new ArrayList<>();
        for (int index : indices) {
            String type = types.get(index);
            boolean byAnother = indices.stream().anyMatch(o -> named.contains(o) && java.util.Objects.equals(types.get(o), type));
            if (!named.contains(index) && !byAnother) {
                Node line = Drawn.in(window.graphView(), Drawn.relation(index));
                unnamed.add(index + " (" + type + (line == null ? "" : ", " + Math.round(onScreenLength(line)) + " px long")
                        + ")");
            }
        }
        return unnamed;
    }

    /**
     * Every concept name on screen set farther than its own height from its concept reads as that
     * concept's: it lies nearer its box than any other drawn at least as tall as the name (a name set a
     * few lines out sat on the next concept's edge, "Peacebuilding" on Peacekeeping's).
     */
    ScreenAssertions namesNearTheirConcepts() {
        List<String> ids = shownConcepts();
        java.util.Map<String, Bounds> boxes = new java.util.HashMap<>();
        for (String id : ids) {
            boxes.put(id, concept(id));
        }
        for (Node n : window.graphView().lookupAll(".concept-label-box")) {
            Object id = n.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.LABEL_OF);
            if (!shown(n) || !boxes.containsKey(id)) {
                continue;
            }
            Bounds name = shrink(n.localToScene(n.getBoundsInLocal()));
            double own = gap(name, boxes.get(id));
            if (own <= name.getHeight()) {
                continue; // on or right beside its box: what it covers is uncovered()'s to check
            }
            boxes.forEach((other, b) -> {
                // A concept drawn smaller than a name (the overview's dots) does not read as one it names.
                if (!other.equals(id) && b.getHeight() >= name.getHeight()) {
                    assertThat(gap(name, b)).as("%s: the name of %s %s is %s px from its box %s, nearer %s %s", context,
                            id, brief(name), Math.round(own), brief(boxes.get(id)), other, brief(b))
                            .isGreaterThanOrEqualTo(own - 1);
                }
            });
        }
        return this;
    }

    /** How many shown names {@link #namesApartAreJoined()} found apart from their boxes, and joined. */
    private int joined = -1;

    /**
     * Every name shown apart from its concept's box (more than a few pixels: not just beside it) is
     * joined to that box by a leader line, from the box's edge to the name's: beside a box drawn
     * smaller than its name, a name a line or two away read as a concept of its own.
     */
    ScreenAssertions namesApartAreJoined() {
        joined = 0;
        java.util.Map<Object, Node> leaders = new java.util.HashMap<>();
        for (Node n : window.graphView().lookupAll(".concept-leader")) {
            leaders.put(n.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.LEADER_OF), n);
        }
        Set<String> concepts = Set.copyOf(shownConcepts());
        for (Node n : window.graphView().lookupAll(".concept-label-box")) {
            Object id = n.getProperties().get(org.psoexplorer.ui.graph.DrawnKeys.LABEL_OF);
            if (!shown(n) || !concepts.contains(id)) {
                continue;
            }
            Bounds name = n.localToScene(n.getBoundsInLocal());
            Bounds box = concept(String.valueOf(id));
            double apart = gap(name, box);
            Node leader = leaders.get(id);
            boolean drawn = leader != null && shown(leader);
            if (apart <= 6) {
                continue;
            }
            assertThat(drawn).as("%s: the name of %s %s is %.0f px from its box %s with nothing joining them",
                    context, id, brief(name), apart, brief(box)).isTrue();
            javafx.scene.shape.Line line = (javafx.scene.shape.Line) leader;
            javafx.geometry.Point2D from = line.localToScene(line.getStartX(), line.getStartY());
            javafx.geometry.Point2D to = line.localToScene(line.getEndX(), line.getEndY());
            assertThat(gap(new BoundingBox(from.getX(), from.getY(), 0, 0), box))
                    .as("%s: %s's leader starts at its box", context, id).isLessThan(2.5);
            assertThat(gap(new BoundingBox(to.getX(), to.getY(), 0, 0), name))
                    .as("%s: %s's leader ends at its name", context, id).isLessThan(2.5);
            assertThat(from.distance(to)).as("%s: %s's leader spans the gap", context, id)
                    .isGreaterThanOrEqualTo(apart - 2.5);
            joined++;
        }
        return this;
    }

    /** The names the last {@link #namesApartAreJoined()} found apart from their boxes. */
    int namesJoined() {
        return joined;
    }

    private static double gap(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** The length on screen of a relation's line. */
    private static double onScreenLength(Node relation) {
        javafx.scene.shape.Polyline line = (javafx.scene.shape.Polyline) relation.lookup(".relation-line");
        double length = 0;
        javafx.geometry.Point2D last = null;
        for (int i = 0; i + 1 < line.getPoints().size(); i += 2) {
            javafx.geometry.Point2D p = line.localToScene(line.getPoints().get(i), line.getPoints().get(i + 1));
            length += last == null ? 0 : last.distance(p);
            last = p;
        }
        return length;
    }

    /** At least {@code share} of the relation names on screen are drawn {@code px} high or more. */
    ScreenAssertions relationLabelsMostlyAtLeast(double px, double share) {
        List<Double> sizes = window.graphView().lookupAll(".relation-label").stream().filter(ScreenAssertions::shown)
                .map(n -> labelPx((javafx.scene.control.Label) n))
                .toList();
        long large = sizes.stream().filter(s -> s >= px - 0.01).count();
        assertThat(large).as("%s: relation names at %s px or more, of %s", context, px, sizes)
                .isGreaterThanOrEqualTo((long) Math.ceil(share * sizes.size()));
        return this;
    }

    /** A relation name's font size as drawn on screen. */
    static double labelPx(javafx.scene.control.Label l) {
        return l.getFont().getSize() * l.getLocalToSceneTransform().getMyy();
    }

    /** The label's font size as drawn on screen. */
    static double labelPx(Text t) {
        return t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
    }

    /** The smallest concept label shown, in screen pixels. */
    double smallestLabelPx() {
        return window.graphView().lookupAll(".concept-label-box").stream().filter(ScreenAssertions::shown)
                .mapToDouble(b -> labelPx((Text) b.lookup(".concept-label"))).min().orElse(0);
    }

    /** These concepts' labels are shown. */
    ScreenAssertions labelled(Collection<String> ids) {
        for (String id : ids) {
            Node box = Drawn.in(window.graphView(), Drawn.label(id));
            assertThat(box != null && shown(box)).as("%s: concept %s labelled", context, id).isTrue();
        }
        return this;
    }

    // ---- chrome

    /** The node lies wholly inside the scene (the screen, for a window filling it). */
    ScreenAssertions onScreen(Node n, String what) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds scene = new BoundingBox(0, 0, n.getScene().getWidth(), n.getScene().getHeight());
        assertThat(inside(b, scene)).as("%s: %s %s lies on screen %s", context, what, brief(b), brief(scene)).isTrue();
        return this;
    }

    /** No button, label or menu title shown is cut short with an ellipsis. */
    ScreenAssertions noTruncatedText() {
        List<String> cut = new ArrayList<>();
        collectTruncated(window, cut);
        assertThat(cut).as("%s: texts cut short on screen", context).isEmpty();
        return this;
    }

    private static void collectTruncated(Parent p, List<String> cut) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                Text drawn = (Text) l.lookup(".text");
                boolean ellipsis = drawn != null && (drawn.getText().endsWith("...") || drawn.getText().endsWith("…"))
                        && !l.getText().endsWith(drawn.getText().substring(drawn.getText().length() - 1));
                // A wrapped label's drawn text may differ only by its line breaks; an ellipsis is a cut either way.
                if (drawn != null && drawn.getParent() == l && !drawn.getText().equals(l.getText())
                        && (!l.isWrapText() || ellipsis)) {
                    cut.add("'" + l.getText() + "' drawn as '" + drawn.getText() + "'");
                }
            }
            if (n instanceof Parent child) {
                collectTruncated(child, cut);
            }
        }
    }

    // ---- populated

    /** Graph, legend, status bar, taxonomy-language list and search hold the taxonomy. */
    ScreenAssertions populated() {
        assertThat(shownConcepts()).as("%s: concepts on the graph", context).isNotEmpty();
        assertThat(window.lookupAll(".legend-item")).as("%s: legend entries", context).isNotEmpty();
        javafx.scene.control.Label status = (javafx.scene.control.Label) window.lookup(".status-bar .label");
        if (status != null && shown(status)) {
            assertThat(status.getText()).as("%s: status bar", context).isNotBlank();
        }
        javafx.scene.control.ChoiceBox<?> languages = (javafx.scene.control.ChoiceBox<?>) window.lookup("#language");
        assertThat(languages.getItems()).as("%s: taxonomy languages listed", context).isNotEmpty();
        return this;
    }

    // ---- geometry

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static boolean inside(Bounds b, Bounds area) {
        return b.getMinX() >= area.getMinX() - SLACK && b.getMinY() >= area.getMinY() - SLACK
                && b.getMaxX() <= area.getMaxX() + SLACK && b.getMaxY() <= area.getMaxY() + SLACK;
    }

    private static Bounds shrink(Bounds b) {
        return new BoundingBox(b.getMinX() + 2, b.getMinY() + 2, Math.max(0, b.getWidth() - 4),
                Math.max(0, b.getHeight() - 4));
    }

    static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    static String brief(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(),
                b.getWidth(), b.getHeight());
    }

    static Set<String> set(Collection<String> ids) {
        return Set.copyOf(ids);
    }
}
