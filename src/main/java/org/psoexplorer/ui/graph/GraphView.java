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
    /** Below this zoom, labels of large graphs are too small to read: hide them and keep it fluid. */
    private static final double LABEL_SCALE = 0.45;
    private static final int LARGE_GRAPH = 300;
    private static final double FIT_PADDING = 24;

    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
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

    private Consumer<String> onSelect = id -> { };
    private Consumer<String> onOpen = id -> { };
    private BiConsumer<String, Point2D> onMove = (id, p) -> { };
    private Consumer<NodeContext> onContextMenu = ctx -> { };

    /** Where a context menu was asked for: the concept (or null for the background) and the screen point. */
    public record NodeContext(String concept, double screenX, double screenY) {
    }

    public GraphView() {
        getStyleClass().add("graph-view");
        world.getChildren().addAll(edgeLayer, nodeLayer, labelLayer);
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

    /** Shows a new diagram; concepts already on screen glide to their new places. */
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
        if (next == null) {
            return;
        }
        for (DiagramNode n : next.nodes()) {
            NodeView v = new NodeView(n, next.style());
            nodes.put(n.id(), v);
            nodeLayer.getChildren().add(v);
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
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            fit();
        }
        refreshStates();
        applyLevelOfDetail();
    }

    private void glide(Map<String, Point2D> before) {
        Timeline timeline = new Timeline();
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
    }

    // ---- viewport

    /**
     * Fits again when what floats over the graph changes size, but only while the user has not
     * zoomed or panned: their view is theirs.
     */
    public void refitUnlessAdjusted() {
        if (!adjustedByUser) {
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
    }

    /**
     * Scales and centres the drawing to fill the view, never enlarging beyond 1.5×. It measures the
     * concepts where they are, so one dragged beyond the laid-out area is still brought into view.
     */
    public void fit() {
        if (diagram == null || nodes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitTo(nodes.keySet(), FIT_PADDING);
        adjustedByUser = false;
    }

    /** Scales and centres the view on some concepts (a path), never enlarging beyond 1.5×. */
    public void fitTo(java.util.Collection<String> ids) {
        fitTo(ids, 60);
        adjustedByUser = true;
    }

    private void fitTo(java.util.Collection<String> ids, double pad) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            NodeView v = nodes.get(id);
            if (v != null) {
                DiagramNode n = v.node();
                minX = Math.min(minX, v.getLayoutX() - n.width() / 2);
                maxX = Math.max(maxX, v.getLayoutX() + n.width() / 2);
                minY = Math.min(minY, v.getLayoutY() - n.height() / 2);
                maxY = Math.max(maxY, v.getLayoutY() + n.height() / 2);
            }
        }
        double availableW = getWidth() - fitReserve.getLeft() - fitReserve.getRight();
        double availableH = getHeight() - fitReserve.getTop() - fitReserve.getBottom();
        if (minX > maxX || availableW <= 0 || availableH <= 0) {
            return;
        }
        double w = maxX - minX + 2 * pad;
        double h = maxY - minY + 2 * pad;
        scale = clamp(Math.min(availableW / w, availableH / h), MIN_SCALE, 1.5);
        tx = fitReserve.getLeft() + (availableW - w * scale) / 2 - (minX - pad) * scale;
        ty = fitReserve.getTop() + (availableH - h * scale) / 2 - (minY - pad) * scale;
        applyTransform();
    }

    public void zoom(double factor, double pivotX, double pivotY) {
        adjustedByUser = true;
        double next = clamp(scale * factor, MIN_SCALE, MAX_SCALE);
        double ratio = next / scale;
        tx = pivotX - (pivotX - tx) * ratio;
        ty = pivotY - (pivotY - ty) * ratio;
        scale = next;
        applyTransform();
    }

    public double scale() {
        return scale;
    }

    /** Brings a concept to the middle of the view without changing the zoom. */
    public void centreOn(String id) {
        NodeView v = nodes.get(id);
        if (v == null) {
            return;
        }
        adjustedByUser = true;
        tx = getWidth() / 2 - v.getLayoutX() * scale;
        ty = getHeight() / 2 - v.getLayoutY() * scale;
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

    private void applyLevelOfDetail() {
        boolean labels = nodes.size() < LARGE_GRAPH || scale >= LABEL_SCALE;
        nodes.values().forEach(v -> v.showLabel(labels));
    }

    @Override
    protected void layoutChildren() {
        if (fitPending && diagram != null && getWidth() > 0) {
            fitPending = false;
            fit();
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
            applyTransform();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragged != null && draggedMoved) {
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
