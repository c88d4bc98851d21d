package org.psoexplorer.ui.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;

/**
 * Draws a {@link Diagram} and lets the user explore it: wheel zoom around the cursor, drag to pan,
 * drag a concept to move it, click to select, hover to light up a neighbourhood, double-click to focus.
 * Holds no state of the explorer beyond what is on screen; every decision goes to the callbacks.
 */
public final class GraphView extends Region {

    private static final double MIN_SCALE = 0.05;
    private static final double MAX_SCALE = 4;
    /** Fitting a handful of concepts enlarges them up to this: large on the wall, not absurd. */
    private static final double MAX_FIT_SCALE = 2.5;
    /** No concept label is drawn smaller than this on screen (before the user's text zoom). */
    static final double MIN_LABEL_PX = org.psoexplorer.ui.ExplorerViewModel.MIN_LABEL_PX;
    /** On screen, the selection's halo is this thick whatever the zoom. */
    private static final double HALO_PX = 5;
    private static final double FIT_PADDING = 24;

    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group conceptLabelLayer = new Group();
    private final Map<String, NodeView> nodes = new LinkedHashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final java.util.List<EdgeView> edges = new java.util.ArrayList<>();
    private Diagram diagram;
    private double scale = 1;
    private double tx;
    private double ty;
    private boolean edgeLabels;
    private String selected;
    private String hovered;
    private Set<String> pathConcepts = Set.of();
    private Set<Integer> pathRelations = Set.of();
    private Point2D dragStart;
    private NodeView dragged;
    private boolean draggedMoved;
    private boolean fitPending = true;
    private Insets fitReserve = Insets.EMPTY;
    private boolean adjustedByUser;
    /** What fitting frames when the view changes: some concepts (a path, a tour step) or, when empty, all. */
    private Set<String> frame = Set.of();
    /** A concept dragged by hand is redrawn where it was dropped: that redraw keeps the view as it is. */
    private boolean keepViewOnce;
    private double fittedScale = 1;
    private double textZoom = 1;
    private double minLabelPx = MIN_LABEL_PX;
    private double placedAtScale = -1;
    /** Fit the drawing's whole area rather than the concepts shown (the timeline: years reveal concepts in place). */
    private boolean fitDrawingArea;
    private Viewport restoreOnNextDiagram;
    private Set<String> restoredFor;
    private Timeline gliding;

    /** A zoom and pan the user chose, to give back later (after a tour). */
    public record Viewport(double scale, double tx, double ty) {
    }

    private Consumer<String> onSelect = id -> { };
    private Consumer<String> onOpen = id -> { };
    private BiConsumer<String, Point2D> onMove = (id, p) -> { };
    private Consumer<NodeContext> onContextMenu = ctx -> { };

    /** Where a context menu was asked for: the concept (or null for the background) and the screen point. */
    public record NodeContext(String concept, double screenX, double screenY) {
    }

    public GraphView() {
        getStyleClass().add("graph-view");
        world.getChildren().addAll(edgeLayer, nodeLayer, conceptLabelLayer, labelLayer);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        setOnContextMenuRequested(e -> onContextMenu.accept(new NodeContext(
                nodeAt(e.getPickResult().getIntersectedNode()), e.getScreenX(), e.getScreenY())));
    }

    // ---- content

    /**
     * Shows a new diagram; concepts already on screen glide to their new places and the view is
     * fitted to it (to the framed concepts when some are), except after a concept was dragged.
     */
    public void setDiagram(Diagram next, boolean animate) {
        Map<String, Point2D> before = new HashMap<>();
        nodes.forEach((id, v) -> before.put(id, new Point2D(v.getLayoutX(), v.getLayoutY())));
        diagram = next;
        nodes.clear();
        edges.clear();
        neighbours.clear();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        conceptLabelLayer.getChildren().clear();
        placedAtScale = -1;
        if (next == null) {
            return;
        }
        for (DiagramNode n : next.nodes()) {
            NodeView v = new NodeView(n, next.style());
            nodes.put(n.id(), v);
            nodeLayer.getChildren().add(v);
            conceptLabelLayer.getChildren().add(v.labelBox());
            v.setOnMouseEntered(e -> hover(n.id()));
            v.setOnMouseExited(e -> hover(null));
        }
        for (DiagramEdge e : next.edges()) {
            EdgeView v = new EdgeView(e, next.style());
            edges.add(v);
            edgeLayer.getChildren().add(v);
            labelLayer.getChildren().add(v.label());
            neighbours.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new HashSet<>()).add(e.from());
        }
        if (animate && !before.isEmpty()) {
            glide(before);
        }
        if (restoreOnNextDiagram != null && restoredFor != null && !restoredFor.equals(nodes.keySet())
                && !before.keySet().equals(nodes.keySet())) {
            // Other concepts than the view was restored for (not the same ones redrawn): the user has moved on.
            restoreOnNextDiagram = null;
        }
        if (restoreOnNextDiagram != null && (restoredFor == null || restoredFor.equals(nodes.keySet()))) {
            // Kept until the user acts: the same concepts redrawn for a resized area keep the view given back.
            Viewport v = restoreOnNextDiagram;
            restoredFor = Set.copyOf(nodes.keySet());
            scale = v.scale();
            tx = v.tx();
            ty = v.ty();
            adjustedByUser = true;
            fitPending = false;
            applyTransform();
        } else if (keepViewOnce) {
            keepViewOnce = false;
        } else {
            fitPending = true;
        }
        refreshStates();
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            fitFrame();
        }
        applyLevelOfDetail();
    }

    /** Ends the glide to a new layout at once, with everything in its final place (before a screenshot or a measurement). */
    public void finishAnimations() {
        if (gliding != null) {
            gliding.jumpTo(gliding.getTotalDuration());
            gliding.stop();
            gliding = null;
            edgeLayer.setOpacity(1);
            nodes.values().forEach(v -> {
                v.setTranslateX(0);
                v.setTranslateY(0);
                v.setOpacity(1);
            });
        }
    }

    private void glide(Map<String, Point2D> before) {
        finishAnimations();
        Timeline timeline = new Timeline();
        gliding = timeline;
        timeline.setOnFinished(e -> gliding = null);
        for (NodeView v : nodes.values()) {
            Point2D from = before.get(v.conceptId());
            if (from == null) {
                v.setOpacity(0);
                timeline.getKeyFrames().add(new KeyFrame(Duration.millis(450),
                        new KeyValue(v.opacityProperty(), 1, Interpolator.EASE_BOTH)));
                continue;
            }
            v.setTranslateX(from.getX() - v.getLayoutX());
            v.setTranslateY(from.getY() - v.getLayoutY());
            timeline.getKeyFrames().add(new KeyFrame(Duration.millis(450),
                    new KeyValue(v.translateXProperty(), 0, Interpolator.EASE_BOTH),
                    new KeyValue(v.translateYProperty(), 0, Interpolator.EASE_BOTH)));
        }
        // Edges are drawn for the final positions: fade them in once the concepts have arrived.
        edgeLayer.setOpacity(0);
        timeline.getKeyFrames().add(new KeyFrame(Duration.millis(450), new KeyValue(edgeLayer.opacityProperty(), 0)));
        timeline.getKeyFrames().add(new KeyFrame(Duration.millis(650), new KeyValue(edgeLayer.opacityProperty(), 1)));
        timeline.play();
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The concept ids on screen, in drawing order (for tests and accessibility). */
    public List<String> conceptIds() {
        return List.copyOf(nodes.keySet());
    }

    public void setSelected(String id) {
        selected = id;
        refreshStates();
    }

    /** Highlights a path (concepts and relation indices) and dims the rest; empty sets clear it. */
    public void setPath(Set<String> concepts, Set<Integer> relations) {
        pathConcepts = Set.copyOf(concepts);
        pathRelations = Set.copyOf(relations);
        refreshStates();
    }

    public void setEdgeLabelsShown(boolean shown) {
        edgeLabels = shown;
        refreshStates();
    }

    public void setPinned(Set<String> pinned) {
        nodes.forEach((id, v) -> v.setState(NodeView.PINNED, pinned.contains(id)));
    }

    public void setCollapsed(Set<String> collapsed) {
        nodes.forEach((id, v) -> v.setState(NodeView.COLLAPSED, collapsed.contains(id)));
    }

    private void hover(String id) {
        if (dragged != null) {
            return;
        }
        hovered = id;
        refreshStates();
    }

    private void refreshStates() {
        Set<String> lit = new HashSet<>();
        boolean pathShown = !pathConcepts.isEmpty();
        if (pathShown) {
            lit.addAll(pathConcepts);
        } else if (hovered != null) {
            lit.add(hovered);
            lit.addAll(neighbours.getOrDefault(hovered, Set.of()));
        }
        boolean dim = !lit.isEmpty();
        nodes.forEach((id, v) -> {
            v.setState(NodeView.SELECTED, id.equals(selected));
            v.setState(NodeView.HIGHLIGHTED, dim && lit.contains(id));
            v.setState(NodeView.DIMMED, dim && !lit.contains(id));
        });
        for (EdgeView v : edges) {
            DiagramEdge e = v.edge();
            boolean on = pathShown ? pathRelations.contains(e.relationIndex())
                    : hovered != null && (e.from().equals(hovered) || e.to().equals(hovered));
            v.setState(NodeView.HIGHLIGHTED, dim && on);
            v.setState(NodeView.DIMMED, dim && !on);
            // A label the diagram found no free place for would cover a name: only on hover.
            boolean free = v.labelPlaced() || hovered != null && on && !pathShown;
            v.label().setVisible(free && (edgeLabels ? !dim || on : dim && on));
        }
        placedAtScale = -1;
        applyLevelOfDetail();
    }

    // ---- viewport

    /**
     * Fits again when what floats over the graph changes size, but only while the user has not
     * zoomed or panned: their view is theirs.
     */
    public void refitUnlessAdjusted() {
        if (!adjustedByUser && restoreOnNextDiagram == null) {
            requestFit();
        }
    }

    /** Fits at the next layout pass, once the view has taken its new size (after panels fold or unfold). */
    public void requestFit() {
        fitPending = true;
        requestLayout();
    }

    /**
     * Keeps part of the view free when fitting, for panels drawn over the graph (the legend),
     * so that fit never puts a concept underneath them.
     */
    public void setFitReserve(Insets reserve) {
        fitReserve = reserve;
        placedAtScale = -1;
    }

    /**
     * Scales and centres the whole drawing to fill the view (Ctrl+0), however large it is. It
     * measures the concepts where they are, so one dragged beyond the laid-out area is still brought into view.
     */
    public void fit() {
        restoreOnNextDiagram = null;
        if (diagram == null || nodes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitTo(nodes.keySet(), FIT_PADDING);
        adjustedByUser = false;
    }

    /** Frames some concepts (a path, a tour step), now and whenever the view changes, until {@link #setFrame} clears it. */
    public void fitTo(java.util.Collection<String> ids) {
        restoreOnNextDiagram = null;
        frame = Set.copyOf(ids);
        fitFrame();
    }

    /** What later fits frame: these concepts, or the whole drawing when empty. */
    public void setFrame(java.util.Collection<String> ids) {
        frame = Set.copyOf(ids);
    }

    private void fitFrame() {
        if (diagram == null || nodes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        boolean framed = frame.stream().anyMatch(nodes::containsKey) && !nodes.keySet().equals(frame);
        if (framed) {
            fitTo(frame, 60);
        } else if (fitDrawingArea) {
            fitRect(0, 0, diagram.width(), diagram.height(), 0);
        } else {
            fitTo(nodes.keySet(), FIT_PADDING);
        }
        adjustedByUser = false;
    }

    /**
     * Fits the concepts with their labels: a label is drawn at least {@link #MIN_LABEL_PX} high
     * however small the zoom, so it may overhang its concept, and fitting makes room for that.
     */
    private void fitTo(java.util.Collection<String> ids, double pad) {
        double fontSize = diagram == null ? 13 : diagram.style().fontSize();
        double s = -1;
        for (int round = 0; round < 3; round++) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            // At zoom s a label is drawn at factor × its size: as wide in the drawing as labelWidth × factor.
            double factor = s <= 0 ? 1 : Math.max(1, minLabelPx / (fontSize * s)) * textZoom;
            for (String id : ids) {
                NodeView v = nodes.get(id);
                if (v != null) {
                    DiagramNode n = v.node();
                    double halfW = Math.max(n.width(), v.labelWidth() * factor) / 2;
                    double halfH = Math.max(n.height(), v.labelHeight() * factor) / 2;
                    minX = Math.min(minX, v.getLayoutX() - halfW);
                    maxX = Math.max(maxX, v.getLayoutX() + halfW);
                    minY = Math.min(minY, v.getLayoutY() - halfH);
                    maxY = Math.max(maxY, v.getLayoutY() + halfH);
                }
            }
            if (minX > maxX) {
                return;
            }
            fitRect(minX, minY, maxX, maxY, pad);
            s = scale;
        }
    }

    private void fitRect(double minX, double minY, double maxX, double maxY, double pad) {
        double availableW = getWidth() - fitReserve.getLeft() - fitReserve.getRight();
        double availableH = getHeight() - fitReserve.getTop() - fitReserve.getBottom();
        if (availableW <= 0 || availableH <= 0) {
            return;
        }
        double w = maxX - minX + 2 * pad;
        double h = maxY - minY + 2 * pad;
        // No lower bound: a 5,000-concept graph is shown whole, however small that makes it.
        scale = Math.min(Math.min(availableW / w, availableH / h), MAX_FIT_SCALE);
        fittedScale = scale;
        tx = fitReserve.getLeft() + (availableW - w * scale) / 2 - (minX - pad) * scale;
        ty = fitReserve.getTop() + (availableH - h * scale) / 2 - (minY - pad) * scale;
        applyTransform();
    }

    /** Width and height of the area fitting fills (the view less what floats over it and the padding). */
    public double[] fitArea() {
        return new double[] {getWidth() - fitReserve.getLeft() - fitReserve.getRight() - 2 * FIT_PADDING,
                getHeight() - fitReserve.getTop() - fitReserve.getBottom() - 2 * FIT_PADDING};
    }

    /** The user's zoom and pan, or null when the view is simply fitted. */
    public Viewport viewport() {
        return adjustedByUser ? new Viewport(scale, tx, ty) : null;
    }

    /**
     * The zoom and the drawing's point in the middle of the view, whether fitted or chosen by the user:
     * what a saved view keeps so it comes back the same in a window of another size.
     */
    public double[] zoomAndCentre() {
        return new double[] {scale, (getWidth() / 2 - tx) / scale, (getHeight() / 2 - ty) / scale};
    }

    /** Shows the drawing at this zoom with this point in the middle, now and for the next diagram. */
    public void showAt(double zoom, double centreX, double centreY) {
        double s = clamp(zoom, MIN_SCALE, MAX_SCALE);
        Viewport v = new Viewport(s, getWidth() / 2 - centreX * s, getHeight() / 2 - centreY * s);
        restoreViewportOnNextDiagram(v);
        scale = v.scale();
        tx = v.tx();
        ty = v.ty();
        adjustedByUser = true;
        fitPending = false;
        applyTransform();
    }

    /** Shows the next diagram at this zoom and pan instead of fitting it; null fits as usual. */
    public void restoreViewportOnNextDiagram(Viewport v) {
        restoreOnNextDiagram = v;
        restoredFor = null;
    }

    /**
     * Gives back a zoom and pan when these very concepts are shown: at once if they are on screen,
     * else when their drawing arrives (redraws of what is on screen meanwhile keep the request).
     */
    public void restoreViewportFor(java.util.Collection<String> ids, Viewport v) {
        restoreOnNextDiagram = v;
        restoredFor = v == null ? null : Set.copyOf(ids);
        if (v != null && nodes.keySet().equals(restoredFor)) {
            scale = v.scale();
            tx = v.tx();
            ty = v.ty();
            adjustedByUser = true;
            fitPending = false;
            applyTransform();
        }
    }

    /**
     * While the timeline plays, every year is fitted as the whole drawing is, so the concepts
     * revealed appear where they will stay.
     */
    public void setFitDrawingArea(boolean on) {
        fitDrawingArea = on;
    }

    /** Marks concepts without a date while the timeline shows a year: they are shown in every year. */
    public void setUndated(Set<String> ids) {
        nodes.forEach((id, v) -> v.setState(NodeView.UNDATED, ids.contains(id)));
    }

    /** The smallest zoom: a fixed floor, or half the whole-graph fit when the graph is larger than that allows. */
    private double minScale() {
        return Math.min(MIN_SCALE, fittedScale / 2);
    }

    public void zoom(double factor, double pivotX, double pivotY) {
        adjustedByUser = true;
        restoreOnNextDiagram = null;
        double next = clamp(scale * factor, minScale(), MAX_SCALE);
        double ratio = next / scale;
        tx = pivotX - (pivotX - tx) * ratio;
        ty = pivotY - (pivotY - ty) * ratio;
        scale = next;
        applyTransform();
    }

    public double scale() {
        return scale;
    }

    /**
     * Brings a concept into view without changing the zoom. One already in the clear part of the view
     * (not under the legend or a caption) stays where it is, so finding it does not slide the rest of
     * the graph under the legend; otherwise it goes to the middle of that clear part.
     */
    public void centreOn(String id) {
        NodeView v = nodes.get(id);
        if (v == null) {
            return;
        }
        double left = fitReserve.getLeft();
        double top = fitReserve.getTop();
        double right = getWidth() - fitReserve.getRight();
        double bottom = getHeight() - fitReserve.getBottom();
        Bounds b = v.getBoundsInParent();
        if (b.getMinX() * scale + tx >= left && b.getMaxX() * scale + tx <= right
                && b.getMinY() * scale + ty >= top && b.getMaxY() * scale + ty <= bottom) {
            return;
        }
        adjustedByUser = true;
        tx = (left + right) / 2 - v.getLayoutX() * scale;
        ty = (top + bottom) / 2 - v.getLayoutY() * scale;
        applyTransform();
    }

    /** Where a concept is drawn, in this view's coordinates (for keyboard navigation and tests). */
    public Point2D screenPosition(String id) {
        NodeView v = nodes.get(id);
        return v == null ? null : new Point2D(v.getLayoutX() * scale + tx, v.getLayoutY() * scale + ty);
    }

    private void applyTransform() {
        world.setScaleX(1);
        world.setScaleY(1);
        world.getTransforms().setAll(new javafx.scene.transform.Translate(tx, ty),
                new javafx.scene.transform.Scale(scale, scale));
        applyLevelOfDetail();
    }

    /** The smallest label drawn, in screen pixels before the text zoom (larger on a projector). */
    public void setMinLabelPx(double px) {
        minLabelPx = px;
        placedAtScale = -1;
        applyLevelOfDetail();
    }

    /** The user's text size, which scales the graph's labels as it does the rest of the window. */
    public void setTextZoom(double zoom) {
        textZoom = zoom;
        placedAtScale = -1;
        applyLevelOfDetail();
    }

    /**
     * Labels are never drawn smaller than {@link #MIN_LABEL_PX} (times the text zoom) on screen;
     * the most important are shown first, each where it overlaps no other, the rest on hover or
     * when zoomed in. Placement depends only on the zoom, so panning does not redo it.
     */
    private void applyLevelOfDetail() {
        double key = scale * 1e9 + tx * 1e3 + ty;
        if (nodes.isEmpty() || key == placedAtScale) {
            return;
        }
        placedAtScale = key;
        double fontPx = (diagram == null ? 13 : diagram.style().fontSize()) * scale;
        double factor = Math.max(1, minLabelPx / fontPx) * textZoom;
        List<LabelPlacer.Candidate> candidates = new java.util.ArrayList<>(nodes.size());
        double k = scale * factor;
        for (NodeView v : byImportance()) {
            v.scaleLabel(factor);
            boolean forced = v.conceptId().equals(selected) || v.conceptId().equals(hovered);
            candidates.add(new LabelPlacer.Candidate(v.conceptId(), v.getLayoutX() * scale + tx,
                    v.getLayoutY() * scale + ty, v.labelWidth() * k, v.labelHeight() * k, forced,
                    v.node().height() * scale / 2, v.node().width() * scale / 2));
        }
        // Labels stay inside the view and out from under what floats over it (the legend, the caption):
        // one cut or covered is no easier to read than none.
        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(candidates,
                new double[] {fitReserve.getLeft(), fitReserve.getTop(), getWidth() - fitReserve.getRight(),
                    getHeight() - fitReserve.getBottom()});
        nodes.forEach((id, v) -> {
            LabelPlacer.Placed p = shown.get(id);
            v.showLabel(p != null);
            if (p != null) {
                v.offsetLabel(p.dx() / k, p.dy() / k);
            }
            v.showHalo(id.equals(selected), HALO_PX / scale);
        });
        for (EdgeView e : edges) {
            e.setMinimumWidth(1 / scale);
        }
    }

    /** Selection and hover first, then the taxonomy's backbone (umbrella, operations, principles, practices), then the most connected. */
    private List<NodeView> byImportance() {
        List<NodeView> all = new java.util.ArrayList<>(nodes.values());
        all.sort(java.util.Comparator.<NodeView>comparingInt(v -> v.conceptId().equals(selected)
                        || v.conceptId().equals(hovered) ? 0 : 1)
                .thenComparingInt(v -> kindRank(v.node().kind()))
                .thenComparing(v -> -neighbours.getOrDefault(v.conceptId(), Set.of()).size()));
        return all;
    }

    private static int kindRank(String kind) {
        return switch (kind) {
            case "umbrella" -> 0;
            case "operation" -> 1;
            case "principle" -> 2;
            case "practice" -> 3;
            default -> 4;
        };
    }

    @Override
    protected void layoutChildren() {
        if (fitPending && diagram != null && getWidth() > 0) {
            fitPending = false;
            fitFrame();
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- mouse

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoom(Math.exp(e.getDeltaY() * 0.0025), e.getX(), e.getY());
            adjustedByUser = true;
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragStart = new Point2D(e.getX(), e.getY());
        String id = nodeAt(e.getPickResult().getIntersectedNode());
        dragged = id == null ? null : nodes.get(id);
        draggedMoved = false;
    }

    private void onDragged(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        double dx = e.getX() - dragStart.getX();
        double dy = e.getY() - dragStart.getY();
        if (!draggedMoved && Math.hypot(dx, dy) < 3) {
            return;
        }
        draggedMoved = true;
        dragStart = new Point2D(e.getX(), e.getY());
        if (dragged != null) {
            dragged.setLayoutX(dragged.getLayoutX() + dx / scale);
            dragged.setLayoutY(dragged.getLayoutY() + dy / scale);
        } else {
            tx += dx;
            ty += dy;
            adjustedByUser = true;
            restoreOnNextDiagram = null;
            applyTransform();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragged != null && draggedMoved) {
            keepViewOnce = true;
            onMove.accept(dragged.conceptId(), new Point2D(dragged.getLayoutX(), dragged.getLayoutY()));
        }
        dragStart = null;
        dragged = null;
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || draggedMoved) {
            return;
        }
        String id = nodeAt(e.getPickResult().getIntersectedNode());
        if (e.getClickCount() == 2 && id != null) {
            onOpen.accept(id);
        } else if (e.getClickCount() == 1) {
            onSelect.accept(id);
        }
    }

    private static String nodeAt(javafx.scene.Node picked) {
        for (javafx.scene.Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof NodeView v) {
                return v.conceptId();
            }
        }
        return null;
    }

    // ---- drawing a relation (edit mode)

    private javafx.scene.shape.Line rubberBand;

    /**
     * The concept drawn at a point of this view (its shape, not its label), or null: where a relation
     * being drawn would end.
     */
    public String conceptAt(double x, double y) {
        Point2D p = world.parentToLocal(x, y);
        String hit = null;
        for (NodeView v : nodes.values()) {
            DiagramNode n = v.node();
            if (Math.abs(p.getX() - v.getLayoutX()) <= n.width() / 2 && Math.abs(p.getY() - v.getLayoutY()) <= n.height() / 2) {
                hit = v.conceptId(); // the last drawn is the one on top
            }
        }
        return hit;
    }

    /** Shows a line from a concept to the pointer while a relation is drawn; null hides it. */
    public void setRubberBand(String fromConcept, Point2D to) {
        if (fromConcept == null || to == null || screenPosition(fromConcept) == null) {
            if (rubberBand != null) {
                getChildren().remove(rubberBand);
                rubberBand = null;
            }
            return;
        }
        if (rubberBand == null) {
            rubberBand = new javafx.scene.shape.Line();
            rubberBand.getStyleClass().add("rubber-band");
            rubberBand.setMouseTransparent(true);
            rubberBand.setManaged(false);
            getChildren().add(rubberBand);
        }
        Point2D from = screenPosition(fromConcept);
        rubberBand.setStartX(from.getX());
        rubberBand.setStartY(from.getY());
        rubberBand.setEndX(to.getX());
        rubberBand.setEndY(to.getY());
    }

    // ---- callbacks

    public void setOnSelect(Consumer<String> handler) {
        onSelect = handler;
    }

    public void setOnOpen(Consumer<String> handler) {
        onOpen = handler;
    }

    public void setOnMove(BiConsumer<String, Point2D> handler) {
        onMove = handler;
    }

    public void setOnNodeContextMenu(Consumer<NodeContext> handler) {
        onContextMenu = handler;
    }
}
