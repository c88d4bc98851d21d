package org.psoexplorer.ui.graph;

import java.util.ArrayList;
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
import org.psoexplorer.layout.Point;

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
    /** Up to this many concepts every one has its scene nodes; beyond, only those near the view. */
    static final int DRAW_WHOLE_UP_TO = 400;
    /** The smallest relation label drawn, in pixels on screen. */
    static final double RELATION_LABEL_PX = 11;
    /** How much a relation's name may grow on screen to be read beside the concepts' (on a projector). */
    private static final double MOST_RELATION_LABEL_GROWTH = 1.8;
    private static final double MOST_PATH_RELATION_LABEL_GROWTH = 3;
    /** More concepts than this in view are drawn as the overview: boxes on a canvas, names for the most important. */
    static final int DETAIL_UP_TO = 300;
    /** Concepts this far outside the view (screen pixels) have their nodes ready, so panning shows no gap. */
    private static final double MARGIN_PX = 120;
    /** The overview canvas reaches this far beyond the view, so a pan redraws it only now and then. */
    static final double CANVAS_MARGIN_PX = 256;
    /** The most labels considered for placing in one frame, in order of importance. */
    static final int LABEL_CANDIDATES = 800;
    private static final int SPARE_NODES = 600;
    /** Concepts given their nodes in one frame when a gesture ends zoomed in from the overview. */
    private static final int NODES_A_FRAME = 60;

    private final Group world = new Group();
    /** What a frame draws of the graph: the overview canvas and the concepts' and relations' nodes. */
    private final Group content = new Group();
    /** The picture of the view shown while the user pans or zooms (see {@link PanGlass}). */
    private final PanGlass glass = new PanGlass(content);
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    /** The lines joining concepts to their names set apart: under every shape, over the relations. */
    private final Group leaderLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group conceptLabelLayer = new Group();
    /** The concepts with scene nodes now: all of a small diagram, those in view (or labelled) of a large one. */
    private final Map<String, NodeView> nodes = new LinkedHashMap<>();
    /** The relations with scene nodes now, by their position in the diagram's list. */
    private final Map<Integer, EdgeView> edges = new LinkedHashMap<>();
    /** Concepts' scene nodes taken off screen while panning, kept for when the view comes back to them. */
    private final Map<String, NodeView> spare = new LinkedHashMap<>(64, 0.75f, true);
    /** The overview of a large diagram, painted off the FX thread (see {@link OverviewRenderer}). */
    private final OverviewPicture overview = new OverviewPicture(
            job -> job.drawing() == this.drawing && this.overviewShown, this::overviewArrived);
    /** The next placement may make the concepts' nodes a batch a frame (see {@link #followView}). */
    private boolean batchNodes;
    /** Concepts' nodes are being made, a batch a frame, behind the overview's picture. */
    private boolean makingNodes;
    /** A pan or zoom over the overview: its picture moves and scales, and a new one is asked for as needed. */
    private boolean overviewGesture;
    private final javafx.animation.PauseTransition overviewPause = new javafx.animation.PauseTransition(PanGlass.SETTLE);
    private DrawingIndex drawing = DrawingIndex.EMPTY;
    /** The index of the diagram about to be shown, made on the drawing's worker (see {@link #prepare}). */
    private final java.util.concurrent.atomic.AtomicReference<DrawingIndex> prepared = new java.util.concurrent.atomic.AtomicReference<>();
    private boolean indexPrepared;
    private Diagram diagram;
    /** A large diagram: scene nodes only for what is in view, and a canvas when too much is. */
    private boolean virtual;
    private boolean overviewShown;
    private Set<String> pinned = Set.of();
    private Set<String> collapsed = Set.of();
    private Set<String> undated = Set.of();
    private Set<String> lit = Set.of();
    private boolean traceNextPulse;
    private boolean detailPending;
    private double laidOutWidth;
    private double laidOutHeight;
    private double scale = 1;
    private double tx;
    private double ty;
    private boolean edgeLabels;
    /** Whether a busy view draws its non-hierarchical relations faintly until a concept is pointed at. */
    private boolean quietRelations = true;
    /** The relation types that order concepts into a hierarchy: the overview's backbone, always drawn. */
    private Set<String> backboneTypes = Set.of();
    private String selected;
    private String hovered;
    /**
     * The view moved (a wheel zoom, a fit, a tour step) under a pointer that has not moved since:
     * a concept that comes under it is not pointed at, and lighting up its neighbourhood would dim
     * the rest of the graph at the end of every zoom, until the pointer moves again.
     */
    private boolean pointerStill;
    private Set<String> pathConcepts = Set.of();
    private Set<Integer> pathRelations = Set.of();
    private Point2D dragStart;
    private NodeView dragged;
    private boolean draggedMoved;
    private boolean fitPending = true;
    /** After a gesture's pause: 1 while the frame making the nodes is laid out, 2 until the next frame's layout shows them. */
    private int revealStep;
    /** How many concepts got scene nodes in the current placement of labels. */
    private int shownThisPass;
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
    /** Where the names went at the last placement, and the label scale it was made at. */
    private Map<String, LabelPlacer.Placed> placed = Map.of();
    private double placedK = -1;
    /** Fit the drawing's whole area rather than the concepts shown (the timeline: years reveal concepts in place). */
    private boolean fitDrawingArea;
    private Viewport restoreOnNextDiagram;
    private Set<String> restoredFor;
    private Timeline gliding;

    /** A zoom and pan the user chose, to give back later (after a tour). */
    public record Viewport(double scale, double tx, double ty) {
    }

    /**
     * What the user was looking at, in terms that survive a redraw which moves every concept (the
     * labels of another language are wider or narrower, so the layout shifts): the zoom, and where on
     * the view the concept nearest its middle was, among these concepts.
     */
    public record ViewAnchor(double scale, String concept, double screenX, double screenY, Set<String> shown) {
    }

    private ViewAnchor anchorOnNextDiagram;

    /** The zoom, and where the concepts in view were, before an edit's diagram (see {@link #keepViewThroughEdit}). */
    private record EditView(double scale, Map<String, Point2D> onScreen) {
    }

    private EditView viewThroughEdit;

    private Consumer<String> onSelect = id -> { };
    private Consumer<String> onOpen = id -> { };
    private BiConsumer<String, Point2D> onMove = (id, p) -> { };
    private Consumer<NodeContext> onContextMenu = ctx -> { };

    /** Where a context menu was asked for: the concept (or null for the background) and the screen point. */
    public record NodeContext(String concept, double screenX, double screenY) {
    }

    public GraphView() {
        getStyleClass().add("graph-view");
        world.getChildren().addAll(edgeLayer, leaderLayer, nodeLayer, conceptLabelLayer, labelLayer);
        content.getChildren().addAll(overview.nodes());
        content.getChildren().add(world);
        overviewPause.setOnFinished(e -> endOverviewGesture());
        getChildren().addAll(content, glass.view());
        glass.setOnSettled(this::settle);
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
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        // The overview's names have no nodes to leave: leaving the view is leaving them.
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (overviewShown && dragStart == null) {
                hover(null);
            }
        });
        sceneProperty().addListener((o, was, now) -> watchThemeOf(now));
        setOnContextMenuRequested(e -> onContextMenu.accept(new NodeContext(
                conceptAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY()), e.getScreenX(), e.getScreenY())));
    }

    // ---- content

    /**
     * Shows a new diagram; concepts already on screen glide to their new places and the view is
     * fitted to it (to the framed concepts when some are), except after a concept was dragged.
     */
    public void setDiagram(Diagram next, boolean animate) {
        endGesture();
        Map<String, Point2D> before = new HashMap<>();
        nodes.forEach((id, v) -> before.put(id, new Point2D(v.getLayoutX(), v.getLayoutY())));
        diagram = next;
        nodes.clear();
        edges.clear();
        spare.clear();
        nodeLayer.getChildren().clear();
        leaderLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        conceptLabelLayer.getChildren().clear();
        placedAtScale = -1;
        placed = Map.of();
        overview.forget();
        // Nodes being made a batch a frame belonged to the diagram going; a small one has no batches to finish.
        makingNodes = false;
        batchNodes = false;
        world.setVisible(true);
        DrawingIndex ready = prepared.getAndSet(null);
        indexPrepared = next != null && ready != null && ready.diagram() == next;
        drawing = next == null ? DrawingIndex.EMPTY : indexPrepared ? ready : new DrawingIndex(next);
        virtual = drawing.size() > DRAW_WHOLE_UP_TO;
        overviewShown = false;
        overview.show(false);
        if (next == null) {
            return;
        }
        if (FrameTrace.on()) {
            FrameTrace.mark("diagram " + next.nodes().size() + " concepts");
            traceNextPulse = true;
        }
        if (!virtual) {
            for (DiagramNode n : next.nodes()) {
                show(n);
            }
            for (int i = 0; i < next.edges().size(); i++) {
                show(i);
            }
        }
        // A large diagram is not animated: most of it is not on screen, and gliding thousands is no help.
        animate = animate && !virtual;
        if (animate && !before.isEmpty()) {
            glide(before);
        }
        if (restoreOnNextDiagram != null && restoredFor != null && !restoredFor.equals(drawing.idSet())
                && !before.keySet().equals(drawing.idSet())) {
            // Other concepts than the view was restored for (not the same ones redrawn): the user has moved on.
            restoreOnNextDiagram = null;
        }
        if (anchorOnNextDiagram != null && !anchorOnNextDiagram.shown().equals(drawing.idSet())) {
            anchorOnNextDiagram = null; // other concepts: what the user looked at is no longer the question
        }
        if (viewThroughEdit != null) {
            keepView(viewThroughEdit);
            viewThroughEdit = null;
        } else if (anchorOnNextDiagram != null && drawing.contains(anchorOnNextDiagram.concept())) {
            applyAnchor(anchorOnNextDiagram);
        } else if (restoreOnNextDiagram != null && (restoredFor == null || restoredFor.equals(drawing.idSet()))) {
            // Kept until the user acts: the same concepts redrawn for a resized area keep the view given back.
            Viewport v = restoreOnNextDiagram;
            restoredFor = drawing.idSet();
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

    /**
     * Indexes a diagram for {@link #setDiagram} on the calling thread (any thread): where its concepts
     * and relations are, their neighbours and their order of importance. At 5,000 concepts and more
     * that took the FX thread a large part of a second as the diagram arrived.
     */
    public void prepare(Diagram next) {
        prepared.set(next == null ? null : new DrawingIndex(next));
    }

    /** Whether the diagram shown came indexed by {@link #prepare} (for tests). */
    public boolean indexPrepared() {
        return indexPrepared;
    }

    /** Gives a concept its scene nodes (again, when it was on screen before) and the states the view holds for it. */
    private NodeView show(DiagramNode n) {
        NodeView v = spare.remove(n.id());
        if (v == null) {
            v = new NodeView(n, diagram.style());
            String id = n.id();
            NodeView made = v;
            // The concept is pointed at on its shape and on its name, which may float beside it: going
            // from one to the other, where they meet, is not leaving it.
            javafx.event.EventHandler<MouseEvent> entered = e -> {
                if (!pointerStill) {
                    hover(id);
                }
            };
            v.setOnMouseEntered(entered);
            v.labelBox().setOnMouseEntered(entered);
            v.setOnMouseExited(e -> {
                if (!over(made.labelBox(), e)) {
                    hover(null);
                }
            });
            v.labelBox().setOnMouseExited(e -> {
                if (!over(made, e)) {
                    hover(null);
                }
            });
        }
        v.setBold(namesBold);
        nodes.put(n.id(), v);
        shownThisPass++;
        nodeLayer.getChildren().add(v);
        leaderLayer.getChildren().add(v.leader());
        conceptLabelLayer.getChildren().add(v.labelBox());
        applyState(n.id(), v);
        return v;
    }

    private void show(int edgeIndex) {
        EdgeView v = new EdgeView(diagram.edges().get(edgeIndex), diagram.style());
        edges.put(edgeIndex, v);
        edgeLayer.getChildren().add(v);
        if (!virtual) {
            // A small diagram has every label ready, as it always had: showing one on hover costs nothing then.
            labelLayer.getChildren().add(v.label());
        }
        applyState(v);
    }

    private void applyState(String id, NodeView v) {
        v.setState(NodeView.SELECTED, id.equals(selected));
        boolean dim = !lit.isEmpty();
        v.setState(NodeView.HIGHLIGHTED, dim && lit.contains(id));
        v.setState(NodeView.DIMMED, dim && !lit.contains(id));
        v.setState(NodeView.PINNED, pinned.contains(id));
        v.setState(NodeView.COLLAPSED, collapsed.contains(id));
        v.setState(NodeView.UNDATED, undated.contains(id));
    }

    /**
     * A view with more relations than a room can follow (the built-in taxonomy's 172 over 70
     * concepts) draws its hierarchy in full and the other relations faintly, each coming forward
     * when one of its concepts is selected or pointed at; a path or a tour step shows its own.
     */
    public boolean relationsReceding() {
        return quietRelations && diagram != null && pathConcepts.isEmpty() && busy(diagram);
    }

    private static boolean busy(Diagram d) {
        return org.psoexplorer.diagram.RecedingRelations.busy(d.nodes().size(), d.edges().size());
    }

    private boolean receded(DiagramEdge e, boolean receding) {
        return receded(e, receding, backboneTypes, selected, hovered);
    }

    /** Whether a relation is drawn faintly in a busy view: neither of its ends is selected or pointed at, nor is it the backbone. */
    static boolean receded(DiagramEdge e, boolean receding, Set<String> backbone, String selected, String hovered) {
        return receding && org.psoexplorer.diagram.RecedingRelations.recedes(e, backbone, selected)
                && org.psoexplorer.diagram.RecedingRelations.recedes(e, backbone, hovered);
    }

    /** The relation types drawn in full in a busy view. */
    public Set<String> backboneTypes() {
        return backboneTypes;
    }

    /** Draws every relation at full strength (false), or lets a busy view recede all but its hierarchy (true). */
    public void setQuietRelations(boolean quiet) {
        quietRelations = quiet;
        refreshStates();
    }

    public void setBackboneTypes(Set<String> types) {
        backboneTypes = Set.copyOf(types);
        refreshStates();
    }

    /**
     * Relation labels are drawn only where they can be read (the smaller of the window's label
     * minimum and {@value #RELATION_LABEL_PX} px, on screen): zoomed out, a lit neighbourhood
     * shows its lines and the side panel names them; zooming in brings the labels.
     */
    private boolean relationLabelsLegible() {
        double px = (diagram == null ? 13 : diagram.style().fontSize() - 2) * scale;
        // A tour step's or a Relate answer's few relations are what it shows: their names may grow to be read.
        return px >= legibleRelationPx() || !pathConcepts.isEmpty() && px * relationLabelGrowth() >= grownRelationPx();
    }

    /**
     * The smallest a name too small at its own size is drawn grown: near the concepts' names' size,
     * so on a projector a name shown only because it grew is read from the back row too.
     */
    private double grownRelationPx() {
        return Math.max(legibleRelationPx(), 0.8 * minLabelPx * textZoom);
    }

    /** The smallest relation name drawn, in pixels on screen. */
    private double legibleRelationPx() {
        return Math.min(minLabelPx, RELATION_LABEL_PX) - 0.5;
    }

    /**
     * How much relation names may grow now: toward the concepts' names' size on screen, at most
     * {@value #MOST_RELATION_LABEL_GROWTH} times, or {@value #MOST_PATH_RELATION_LABEL_GROWTH} times for a
     * tour step's or a Relate answer's few relations, which are what the view shows: a step whose concepts
     * lie far apart is fitted at 0.4 of its size, its concepts' names grown 2.1 times to be read, and its
     * relations went unnamed at 1.8 times, 8 px.
     */
    private double relationLabelGrowth() {
        double natural = (diagram == null ? 13 : diagram.style().fontSize() - 2) * scale;
        return Math.min(pathConcepts.isEmpty() ? MOST_RELATION_LABEL_GROWTH : MOST_PATH_RELATION_LABEL_GROWTH,
                Math.max(1, minLabelPx * textZoom / natural));
    }

    private boolean edgeLit(DiagramEdge e) {
        return edgeLit(e, pathConcepts, pathRelations, hovered);
    }

    /** Whether a relation is lit: on the path shown, or, with none, at the concept pointed at. */
    static boolean edgeLit(DiagramEdge e, Set<String> pathConcepts, Set<Integer> pathRelations, String hovered) {
        return !pathConcepts.isEmpty() ? pathRelations.contains(e.relationIndex())
                : hovered != null && (e.from().equals(hovered) || e.to().equals(hovered));
    }

    private void applyState(EdgeView v) {
        DiagramEdge e = v.edge();
        boolean dim = !lit.isEmpty();
        boolean on = edgeLit(e);
        boolean pathShown = !pathConcepts.isEmpty();
        boolean receded = receded(e, relationsReceding());
        v.setState(NodeView.HIGHLIGHTED, dim && on);
        v.setState(NodeView.DIMMED, dim && !on);
        v.setState(EdgeView.RECEDED, receded && !(dim && on));
        // A label the diagram found no free place for would cover a name: only on hover, or when the
        // path or tour step shown names it (growRelationLabels looks for a place of its own on screen).
        boolean free = v.labelPlaced() || hovered != null && on && !pathShown || pathShown && on;
        boolean shown = free && !receded && relationLabelsLegible() && (edgeLabels ? !dim || on : dim && on);
        if (shown && !v.hasLabel()) {
            labelLayer.getChildren().add(v.label());
        }
        if (v.hasLabel()) {
            v.label().setVisible(shown);
        }
    }

    /**
     * Relation names grow toward the size the concepts' names are kept at on screen (18 px on a
     * projector, where they were drawn at 11 px beside names of 18), up to {@link #relationLabelGrowth()}
     * times: each where the diagram placed it, or elsewhere on its own line, wherever it stays
     * clear of every concept, every concept's name (which the view enlarges past its box) and the
     * other relation names, and off the other lines drawn in full, nearer its own than any of them,
     * and whole inside the view; as large as it can be there. With no room even at its own size it is
     * left for hover, like a name the diagram found no room for.
     */
    private void growRelationLabels() {
        if (diagram == null) {
            return;
        }
        double natural = (diagram.style().fontSize() - 2) * scale;
        double most = relationLabelGrowth();
        // Never smaller than can be read: a tour step's names, drawn zoomed out, are shown only grown.
        double least = natural >= legibleRelationPx() ? 1 : Math.min(most, grownRelationPx() / natural);
        // The names not placed yet hold their places; those the diagram found no place for (shown because
        // the path or step names them) hold none, and look for one here.
        Map<EdgeView, Bounds> waiting = new java.util.LinkedHashMap<>();
        Map<EdgeView, Bounds> placeless = new java.util.HashMap<>();
        for (EdgeView e : edges.values()) {
            org.psoexplorer.diagram.EdgeLabel box = e.edge().labelBox();
            if (e.hasLabel() && box != null && e.label().isVisible()) {
                (box.placed() ? waiting : placeless).put(e, RelationNamePlaces.box(new Point(box.x(), box.y()),
                        labelSize(e), 1));
            }
        }
        List<Bounds> names = new java.util.ArrayList<>();
        List<Bounds> taken = new java.util.ArrayList<>();
        List<DiagramEdge> drawn = new java.util.ArrayList<>();
        List<Bounds> shapes = new java.util.ArrayList<>();
        if (!waiting.isEmpty() || !placeless.isEmpty()) {
            conceptsAndNames(taken, names, shapes);
            for (EdgeView e : edges.values()) {
                if (drawnInFull(e)) {
                    drawn.add(e.edge());
                }
            }
        }
        RelationNamePlaces.Lines lines = new RelationNamePlaces.Lines(drawn);
        // Where the concepts' names go too: inside the view and out from under what floats over it
        // (the legend, the "Showing 5 of 70" bar, a tour's caption).
        double[] area = reservedArea();
        Bounds view = area[2] > area[0] && area[3] > area[1]
                ? new javafx.geometry.BoundingBox((area[0] - tx) / scale, (area[1] - ty) / scale,
                        (area[2] - area[0]) / scale, (area[3] - area[1]) / scale)
                : null;
        // Lines that name their type for another of its lines, which had no room (see nameOnAnotherLine).
        Set<EdgeView> namingElsewhere = new HashSet<>();
        RelationNamePlaces.Crowded crowded = (b, diagramsOwn) -> RelationNamePlaces.crowded(b, diagramsOwn ? names : taken)
                || RelationNamePlaces.crowded(b, waiting.values());
        // A small view names a type drawn three times or more once, as the diagram does: a path or step
        // that lights up five "falls under the umbrella term" lines shows the name on one of them, not
        // five names crowding one another across the lines. The diagram's places go first.
        boolean nameTypesOnce = drawing.size() <= Diagram.READ_WHOLE_UP_TO;
        Map<String, Integer> drawnOfType = new HashMap<>();
        Set<String> typesNamed = new HashSet<>();
        List<EdgeView> order = new java.util.ArrayList<>(edges.values());
        if (nameTypesOnce) {
            edges.values().forEach(v -> drawnOfType.merge(v.edge().label(), 1, Integer::sum));
            // Of the lines a path lights up, the first path's (a Relate answer's shortest) are named first.
            List<Integer> pathOrder = List.copyOf(pathRelations);
            order.sort(java.util.Comparator.<EdgeView, Boolean>comparing(placeless::containsKey)
                    .thenComparingInt(v -> {
                        int i = pathOrder.indexOf(v.edge().relationIndex());
                        return i < 0 ? Integer.MAX_VALUE : i;
                    }));
        }
        for (EdgeView e : order) {
            if (!e.hasLabel()) {
                continue;
            }
            org.psoexplorer.diagram.EdgeLabel box = e.edge().labelBox();
            // A name the diagram found no place for starts from its line's middle, and no place is the diagram's own.
            boolean noPlace = placeless.containsKey(e);
            Point placedAt = box == null || noPlace ? e.edge().middle() : new Point(box.x(), box.y());
            if (noPlace && nameTypesOnce && drawnOfType.get(e.edge().label()) >= Diagram.NAMED_ONCE_FROM
                    && typesNamed.contains(e.edge().label())) {
                placeless.remove(e);
                e.label().setVisible(false);
                e.placeLabel(placedAt, 1);
                continue;
            }
            // Nor against a concept nearer than its own line, where it reads as that concept's caption.
            int textLines = e.labelLines();
            RelationNamePlaces.Crowded crowdedHere = (b, diagramsOwn) -> crowded.test(b, diagramsOwn && !noPlace)
                    || RelationNamePlaces.captionOfAConcept(b, textLines, e.edge(), shapes);
            Bounds own = noPlace ? placeless.get(e) : waiting.remove(e);
            if (own == null) {
                if (!namingElsewhere.contains(e)) {
                    e.placeLabel(placedAt, 1);
                }
                continue;
            }
            double[] size = {own.getWidth(), own.getHeight()};
            // Whole inside the view, off other lines: a name the view's edge cuts reads as a fragment
            // ("…ually reinforcing with"), and one across another line may name the wrong relation. A name
            // the view must show (a tour step's or a Relate answer's own relation, the one pointed at)
            // whose free place the edge cuts may be drawn smaller inside, down to the smallest legible size.
            // Only a name with no free place at all, even off screen, goes across another line, as large as
            // it can, if the view must show it or is large (every name shown, read zoomed in). Any other
            // waits for hover or a pan.
            RelationNamePlaces.Crowded offLines = (b, diagramsOwn) -> crowdedHere.test(b, diagramsOwn)
                    || lines.misleading(b, e.edge());
            RelationNamePlaces.Spot spot = RelationNamePlaces.largestFree(e.edge(), placedAt, size, most, least,
                    offLines, view, nameTypesOnce);
            RelationNamePlaces.Spot anywhere = spot != null ? null
                    : RelationNamePlaces.largestFree(e.edge(), placedAt, size, most, least, offLines, null, nameTypesOnce);
            if (spot == null) {
                spot = RelationNamePlaces.slidInside(e.edge(), anywhere, size, view, offLines);
            }
            boolean freeOffScreen = spot == null && anywhere != null;
            // A name legible only grown, with no room to grow, is not drawn: the step's text and the
            // side panel name the relation.
            boolean mustShow = least == 1 && (pointedAt(e.edge()) || pathRelations.contains(e.edge().relationIndex()));
            double smallest = legibleRelationPx() / natural;
            if (spot == null && mustShow && freeOffScreen) {
                spot = freeInView(e, placedAt, size, 1, smallest, offLines, view, nameTypesOnce);
            }
            // A name the diagram found no place for is shown only where it is free: across a line it may be
            // read as that line's name, and the diagram did not put it there.
            if (spot == null && least == 1 && (mustShow || drawing.size() > Diagram.READ_WHOLE_UP_TO) && !freeOffScreen
                    && !noPlace) {
                spot = crossedInView(e, placedAt, size, most, least, crowdedHere, lines, view, nameTypesOnce);
                if (spot == null && mustShow) {
                    spot = crossedInView(e, placedAt, size, 1, smallest, crowdedHere, lines, view, nameTypesOnce);
                }
            }
            if (spot == null) {
                // As a name the diagram found no room for: its own place may cover another name.
                e.label().setVisible(false);
                e.placeLabel(placedAt, 1);
                EdgeView sibling = nameOnAnotherLine(e, most, least, crowded, lines, view, shapes);
                if (sibling != null) {
                    namingElsewhere.add(sibling);
                    typesNamed.add(sibling.edge().label());
                    Bounds b = RelationNamePlaces.box(sibling.labelCentre(), labelSize(sibling), sibling.label().getScaleX());
                    taken.add(b);
                    names.add(b);
                }
                continue;
            }
            Bounds b = RelationNamePlaces.box(spot.at(), size, spot.scale());
            taken.add(b);
            names.add(b);
            e.placeLabel(spot.at(), spot.scale());
            typesNamed.add(e.edge().label());
        }
    }

    /**
     * The largest free place ({@link RelationNamePlaces#largestFree}) whole inside the view: centred on
     * the part of the line that runs there, or else the best place anywhere slid in from where the edge cut it.
     */
    private static RelationNamePlaces.Spot freeInView(EdgeView e, Point placedAt, double[] size, double most,
                                                      double least, RelationNamePlaces.Crowded crowded, Bounds view,
                                                      boolean readWhole) {
        RelationNamePlaces.Spot spot = RelationNamePlaces.largestFree(e.edge(), placedAt, size, most, least, crowded,
                view, readWhole);
        return spot != null ? spot : RelationNamePlaces.slidInside(e.edge(), RelationNamePlaces.largestFree(e.edge(),
                placedAt, size, most, least, crowded, null, readWhole), size, view, crowded);
    }

    /** The least crossed place ({@link RelationNamePlaces#leastCrossed}) whole inside the view, as {@link #freeInView}. */
    private static RelationNamePlaces.Spot crossedInView(EdgeView e, Point placedAt, double[] size, double most,
                                                         double least, RelationNamePlaces.Crowded crowded,
                                                         RelationNamePlaces.Lines lines, Bounds view, boolean readWhole) {
        RelationNamePlaces.Spot spot = RelationNamePlaces.leastCrossed(e.edge(), placedAt, size, most, least, crowded,
                lines, view, readWhole);
        return spot != null ? spot : RelationNamePlaces.slidInside(e.edge(), RelationNamePlaces.leastCrossed(e.edge(),
                placedAt, size, most, least, crowded, lines, null, readWhole), size, view, crowded);
    }

    /**
     * A small view names a relation type drawn three times or more once (the diagram names the first
     * line it finds room on, at the names' own size). Grown for a projector, that name may have no
     * room on its line, a short one between two neighbours, where another line of the type has: it
     * goes there. The line that names the type, or null when none has room.
     */
    private EdgeView nameOnAnotherLine(EdgeView named, double most, double least, RelationNamePlaces.Crowded crowded,
                                       RelationNamePlaces.Lines lines, Bounds view, List<Bounds> shapes) {
        if (drawing.size() > Diagram.READ_WHOLE_UP_TO) {
            return null;
        }
        for (EdgeView other : edges.values()) {
            if (other == named || !drawnInFull(other) || other.labelPlaced() || (other.hasLabel() && other.label().isVisible())
                    || !other.edge().label().equals(named.edge().label())) {
                continue;
            }
            if (!labelLayer.getChildren().contains(other.label())) {
                labelLayer.getChildren().add(other.label());
            }
            // Its own text: the diagram may have broken it onto lines of its own there.
            int textLines = other.labelLines();
            RelationNamePlaces.Spot spot = freeInView(other, other.edge().middle(), labelSize(other), most, least,
                    (b, diagramsOwn) -> crowded.test(b, false) || lines.misleading(b, other.edge())
                            || RelationNamePlaces.captionOfAConcept(b, textLines, other.edge(), shapes), view, true);
            if (spot != null) {
                other.label().setVisible(true);
                other.placeLabel(spot.at(), spot.scale());
                return other;
            }
        }
        return null;
    }

    /**
     * Whether a relation's line is drawn in full. A faint one (dimmed around what is pointed at,
     * receded in a busy view, outside a tour step) does not draw the eye: a name across it still reads
     * as its own line's, and no name goes on it.
     */
    private static boolean drawnInFull(EdgeView e) {
        var states = e.getPseudoClassStates();
        return e.isVisible() && !states.contains(NodeView.DIMMED) && !states.contains(EdgeView.RECEDED);
    }

    /** Adds the concepts' boxes (with their outlines) and their names as drawn now, in the drawing's units, to {@code all}; the names alone to {@code names}. */
    private void conceptsAndNames(List<Bounds> all, List<Bounds> names, List<Bounds> shapes) {
        for (NodeView v : nodes.values()) {
            // The shape as drawn, its outline included (5 px thick on a projector when selected, and
            // longer at a hexagon's or a diamond's points), where it ends up after a glide.
            Bounds shape = v.shapeBounds();
            Bounds drawnShape = new javafx.geometry.BoundingBox(v.getLayoutX() + shape.getMinX(),
                    v.getLayoutY() + shape.getMinY(), shape.getWidth(), shape.getHeight());
            all.add(drawnShape);
            shapes.add(drawnShape);
            if (v.labelBox().isVisible()) {
                // Where the name ends up: a glide to a new layout moves it by a translation meanwhile.
                Bounds b = v.labelBox().getBoundsInParent();
                Bounds end = new javafx.geometry.BoundingBox(b.getMinX() - v.getTranslateX(),
                        b.getMinY() - v.getTranslateY(), b.getWidth(), b.getHeight());
                all.add(end);
                names.add(end);
            }
        }
    }

    /** A relation name's width and height at scale 1, in the drawing's units: as laid out, or as the diagram measured it. */
    private static double[] labelSize(EdgeView e) {
        org.psoexplorer.diagram.EdgeLabel box = e.edge().labelBox();
        javafx.scene.control.Label l = e.label();
        if (l.getScene() != null) {
            // Sized as it will be drawn, styles included, though no frame has laid it out yet (a new diagram).
            l.applyCss();
            l.autosize();
        }
        return new double[] {Math.max(box.width(), l.getWidth()), Math.max(box.height(), l.getHeight())};
    }

    /** Whether the pointer rests on one of the relation's concepts (its name is then shown whatever it covers). */
    private boolean pointedAt(DiagramEdge e) {
        return pathConcepts.isEmpty() && hovered != null && (e.from().equals(hovered) || e.to().equals(hovered));
    }

    /** Ends the glide to a new layout at once, with everything in its final place (before a screenshot or a measurement). */
    public void finishAnimations() {
        endGesture();
        flushLevelOfDetail();
        finishGlide();
    }

    private void finishGlide() {
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

    /**
     * The concept ids of the diagram shown, in drawing order (for tests and accessibility), whether
     * or not they are in view now.
     */
    public List<String> conceptIds() {
        return drawing.ids();
    }

    /** How many concepts have scene nodes now (all of a small diagram; those in or near the view of a large one). */
    public int conceptNodesInScene() {
        flushLevelOfDetail();
        return nodes.size();
    }

    public void setSelected(String id) {
        selected = id;
        refreshStates();
    }

    /** Highlights a path (concepts and relation indices) and dims the rest; empty sets clear it. */
    public void setPath(Set<String> concepts, Set<Integer> relations) {
        pathConcepts = Set.copyOf(concepts);
        // Kept in the order given (a Relate answer's, shortest path first): see growRelationLabels.
        pathRelations = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(relations));
        refreshStates();
    }

    public void setEdgeLabelsShown(boolean shown) {
        edgeLabels = shown;
        refreshStates();
    }

    public void setPinned(Set<String> pinned) {
        this.pinned = Set.copyOf(pinned);
        nodes.forEach((id, v) -> v.setState(NodeView.PINNED, this.pinned.contains(id)));
    }

    public void setCollapsed(Set<String> collapsed) {
        this.collapsed = Set.copyOf(collapsed);
        nodes.forEach((id, v) -> v.setState(NodeView.COLLAPSED, this.collapsed.contains(id)));
    }

    private void hover(String id) {
        // Not while the view is being dragged or shown as a picture: the pointer passes over concepts it does not mean.
        if (dragged != null || dragStart != null || glass.shown() || overviewGesture
                || java.util.Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        refreshStates();
    }

    private void refreshStates() {
        endGesture();
        Set<String> on = new HashSet<>();
        if (!pathConcepts.isEmpty()) {
            on.addAll(pathConcepts);
        } else if (hovered != null) {
            on.add(hovered);
            on.addAll(drawing.neighbours(hovered));
        }
        lit = on;
        nodes.forEach(this::applyState);
        for (EdgeView v : edges.values()) {
            applyState(v);
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
        anchorOnNextDiagram = null;
        if (diagram == null || drawing.size() == 0 || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitTo(drawing.ids(), FIT_PADDING);
        adjustedByUser = false;
    }

    /** Frames some concepts (a path, a tour step), now and whenever the view changes, until {@link #setFrame} clears it. */
    public void fitTo(java.util.Collection<String> ids) {
        restoreOnNextDiagram = null;
        anchorOnNextDiagram = null;
        frame = Set.copyOf(ids);
        fitFrame();
    }

    /** What later fits frame: these concepts, or the whole drawing when empty. */
    public void setFrame(java.util.Collection<String> ids) {
        frame = Set.copyOf(ids);
    }

    private void fitFrame() {
        if (diagram == null || drawing.size() == 0 || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        boolean framed = frame.stream().anyMatch(drawing::contains) && !drawing.idSet().equals(frame);
        if (framed) {
            fitTo(frame, 60);
        } else if (fitDrawingArea) {
            fitRect(0, 0, diagram.width(), diagram.height(), 0);
        } else {
            fitTo(drawing.ids(), FIT_PADDING);
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
            double factor = s <= 0 ? 1 : labelFactor(fontSize * s, minLabelPx, textZoom);
            for (String id : ids) {
                int i = drawing.indexOf(id);
                if (i >= 0) {
                    DiagramNode n = drawing.node(i);
                    NodeView v = nodes.get(id);
                    double x = v == null ? n.x() : v.getLayoutX();
                    double y = v == null ? n.y() : v.getLayoutY();
                    double halfW = Math.max(n.width(), labelWidth(i, false) * factor) / 2;
                    double halfH = Math.max(n.height(), labelHeight(i, false) * factor) / 2;
                    minX = Math.min(minX, x - halfW);
                    maxX = Math.max(maxX, x + halfW);
                    minY = Math.min(minY, y - halfH);
                    maxY = Math.max(maxY, y + halfH);
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
        double s = clamp(zoom, minScale(), MAX_SCALE);
        Viewport v = new Viewport(s, getWidth() / 2 - centreX * s, getHeight() / 2 - centreY * s);
        restoreViewportOnNextDiagram(v);
        scale = v.scale();
        tx = v.tx();
        ty = v.ty();
        adjustedByUser = true;
        fitPending = false;
        applyTransform();
    }

    /**
     * The user's zoom with the concept nearest the middle of the view and where it is drawn, or null
     * when the view is simply fitted (a fitted view fits the next drawing too).
     */
    public ViewAnchor anchor() {
        if (!adjustedByUser || drawing.size() == 0) {
            return null;
        }
        double midX = getWidth() / 2;
        double midY = getHeight() / 2;
        String nearest = null;
        Point2D at = null;
        double best = Double.POSITIVE_INFINITY;
        for (String id : drawing.ids()) {
            Point2D p = screenPosition(id);
            double d = p.distance(midX, midY);
            if (d < best) {
                best = d;
                nearest = id;
                at = p;
            }
        }
        return new ViewAnchor(scale, nearest, at.getX(), at.getY(), drawing.idSet());
    }

    /** The middle of the view in the drawing's coordinates when the user has zoomed or panned; null while fitted. */
    public Point2D zoomedInCentre() {
        if (!adjustedByUser || scale <= 0) {
            return null;
        }
        return new Point2D((getWidth() / 2 - tx) / scale, (getHeight() / 2 - ty) / scale);
    }

    /**
     * The next diagram, an edit's with the concepts kept in place (see
     * {@code ExplorerViewModel.showEdited}), is shown at the zoom and pan the user chose, not fitted:
     * a lecturer zoomed in on the part of the map being adapted stays there, whatever concepts the edit
     * added or took away. Nothing changes when the view was fitted.
     */
    public void keepViewThroughEdit() {
        if (!adjustedByUser || drawing.size() == 0) {
            return;
        }
        Map<String, Point2D> inView = new HashMap<>();
        for (int i : drawing.nodeArray(-tx / scale, -ty / scale, (getWidth() - tx) / scale, (getHeight() - ty) / scale)) {
            String id = drawing.node(i).id();
            inView.put(id, screenPosition(id));
        }
        viewThroughEdit = inView.isEmpty() ? null : new EditView(scale, inView);
    }

    /**
     * The zoom kept, and the pan that puts the concepts that were in view back where they were: the
     * median of their offsets, so the few an edit moved (the renamed one, its neighbours) do not pull
     * the others off their places.
     */
    private void keepView(EditView v) {
        List<Double> dx = new ArrayList<>();
        List<Double> dy = new ArrayList<>();
        v.onScreen().forEach((id, p) -> {
            int i = drawing.indexOf(id);
            if (i >= 0) {
                dx.add(p.getX() - drawing.node(i).x() * v.scale());
                dy.add(p.getY() - drawing.node(i).y() * v.scale());
            }
        });
        if (dx.isEmpty()) {
            fitPending = true;
            return;
        }
        dx.sort(null);
        dy.sort(null);
        scale = clamp(v.scale(), minScale(), MAX_SCALE);
        tx = dx.get(dx.size() / 2);
        ty = dy.get(dy.size() / 2);
        adjustedByUser = true;
        fitPending = false;
        applyTransform();
    }

    /**
     * Shows the drawing with the anchor's concept where it was and at its zoom, now when that concept
     * is drawn and again for each redraw of the same concepts, until the user zooms, pans or fits.
     */
    public void keepAnchor(ViewAnchor a) {
        anchorOnNextDiagram = a;
        if (a != null && a.shown().equals(drawing.idSet())) {
            applyAnchor(a);
        }
    }

    private void applyAnchor(ViewAnchor a) {
        int i = drawing.indexOf(a.concept());
        if (i < 0) {
            return;
        }
        scale = clamp(a.scale(), minScale(), MAX_SCALE);
        tx = a.screenX() - drawing.node(i).x() * scale;
        ty = a.screenY() - drawing.node(i).y() * scale;
        adjustedByUser = true;
        fitPending = false;
        applyTransform();
    }

    /** Shows the next diagram at this zoom and pan instead of fitting it; null fits as usual. */
    public void restoreViewportOnNextDiagram(Viewport v) {
        restoreOnNextDiagram = v;
        if (v != null) {
            anchorOnNextDiagram = null;
        }
        restoredFor = null;
    }

    /**
     * Gives back a zoom and pan when these very concepts are shown: at once if they are on screen,
     * else when their drawing arrives (redraws of what is on screen meanwhile keep the request).
     */
    public void restoreViewportFor(java.util.Collection<String> ids, Viewport v) {
        restoreOnNextDiagram = v;
        restoredFor = v == null ? null : Set.copyOf(ids);
        if (v != null) {
            anchorOnNextDiagram = null;
        }
        if (v != null && drawing.idSet().equals(restoredFor)) {
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
        undated = Set.copyOf(ids);
        nodes.forEach((id, v) -> v.setState(NodeView.UNDATED, undated.contains(id)));
    }

    /**
     * The smallest zoom: a fixed floor, or half the zoom that shows the whole drawing when it is larger
     * than the floor allows. Measured on the drawing on screen, not on the last fit: that one may have
     * framed a path, or an earlier, smaller drawing.
     */
    private double minScale() {
        double whole = fittedScale;
        double w = getWidth() - fitReserve.getLeft() - fitReserve.getRight();
        double h = getHeight() - fitReserve.getTop() - fitReserve.getBottom();
        if (diagram != null && w > 0 && h > 0) {
            whole = Math.min(whole, Math.min(w / (diagram.width() + 2 * FIT_PADDING), h / (diagram.height() + 2 * FIT_PADDING)));
        }
        return Math.min(MIN_SCALE, whole / 2);
    }

    public void zoom(double factor, double pivotX, double pivotY) {
        zoomBy(factor, pivotX, pivotY);
        applyTransform();
    }

    private void zoomBy(double factor, double pivotX, double pivotY) {
        adjustedByUser = true;
        restoreOnNextDiagram = null;
        anchorOnNextDiagram = null;
        double next = clamp(scale * factor, minScale(), MAX_SCALE);
        double ratio = next / scale;
        tx = pivotX - (pivotX - tx) * ratio;
        ty = pivotY - (pivotY - ty) * ratio;
        scale = next;
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
        int i = drawing.indexOf(id);
        if (i < 0) {
            return;
        }
        NodeView v = nodes.get(id);
        DiagramNode n = drawing.node(i);
        double x = v == null ? n.x() : v.getLayoutX();
        double y = v == null ? n.y() : v.getLayoutY();
        double left = fitReserve.getLeft();
        double top = fitReserve.getTop();
        double right = getWidth() - fitReserve.getRight();
        double bottom = getHeight() - fitReserve.getBottom();
        Bounds b = v != null ? v.getBoundsInParent()
                : new javafx.geometry.BoundingBox(x - n.width() / 2, y - n.height() / 2, n.width(), n.height());
        if (b.getMinX() * scale + tx >= left && b.getMaxX() * scale + tx <= right
                && b.getMinY() * scale + ty >= top && b.getMaxY() * scale + ty <= bottom) {
            return;
        }
        adjustedByUser = true;
        anchorOnNextDiagram = null;
        tx = (left + right) / 2 - x * scale;
        ty = (top + bottom) / 2 - y * scale;
        applyTransform();
    }

    /**
     * The box a concept without scene nodes is painted as on the overview canvas, in this view's
     * coordinates; null when it has nodes (they say where it is) or is not painted now.
     */
    public Bounds paintedBounds(String id) {
        flushLevelOfDetail();
        int i = drawing.indexOf(id);
        if (i < 0 || !overviewShown || nodes.containsKey(id)) {
            return null;
        }
        DiagramNode n = drawing.node(i);
        double[] box = OverviewPainter.box(n, scale, tx, ty);
        return new javafx.geometry.BoundingBox(box[0], box[1], box[2], box[3]);
    }

    /** Where a concept is drawn, in this view's coordinates (for keyboard navigation and tests). */
    public Point2D screenPosition(String id) {
        int i = drawing.indexOf(id);
        if (i < 0) {
            return null;
        }
        NodeView v = nodes.get(id);
        double x = v == null ? drawing.node(i).x() : v.getLayoutX();
        double y = v == null ? drawing.node(i).y() : v.getLayoutY();
        return new Point2D(x * scale + tx, y * scale + ty);
    }

    private void applyTransform() {
        revealStep = 0;
        glass.hide();
        overviewGesture = false;
        overviewPause.stop();
        placeWorld();
    }

    /**
     * The gesture has paused: the scene nodes are placed for the view it reached, behind the picture
     * for one frame. Concepts coming into view get their nodes in that frame's layout pass, after its
     * CSS pass, so shown at once they would be drawn unstyled, then styled and drawn again by the next
     * frame: two frames of 40–100 ms in the software pipeline. The picture goes at the next frame's
     * layout pass, after the CSS pass that styles them (see {@link #layoutChildren}).
     */
    private void settle() {
        if (!glass.shown()) {
            return;
        }
        revealStep = 1;
        placeWorld();
        // The reveal goes by layout passes; a small diagram's labels are placed at once and may not ask for one.
        requestLayout();
    }

    private void placeWorld() {
        pointerStill = true;
        world.setScaleX(1);
        world.setScaleY(1);
        world.getTransforms().setAll(new javafx.scene.transform.Translate(tx, ty),
                new javafx.scene.transform.Scale(scale, scale));
        positionOverview();
        applyLevelOfDetail();
    }

    /**
     * A pan or wheel zoom moves a picture of the view, taken when the gesture starts, instead of the
     * scene nodes: the software pipeline then copies one image a frame, where redrawing hundreds of
     * concepts, their names and relations took 50–600 ms a frame. The nodes come back, placed for
     * the new view, once the gesture pauses, or sooner when the picture would no longer cover the view.
     */
    private void beginGesture() {
        if (glass.shown() || diagram == null || getScene() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        finishGlide();
        flushLevelOfDetail();
        if (overviewShown) {
            // The overview is a picture already: it moves and scales itself, and is painted again off the FX thread.
            overviewGesture = true;
            overviewPause.playFromStart();
            return;
        }
        glass.take(getWidth(), getHeight(), scale, tx, ty, outputScale());
    }

    /** Shows the view's new zoom and pan on the picture, or redraws and takes a new one when it no longer covers the view. */
    private void gestureMoved() {
        // A gesture resumed before the nodes were shown goes on with the picture.
        revealStep = 0;
        if (overviewGesture) {
            overviewPause.playFromStart();
            if (!positionOverview() && !overview.busy() && inView() > DETAIL_UP_TO) {
                // Too coarse or no longer covering the view: a new picture. Zoomed in to the concepts, the
                // picture stays until the pause, when their nodes are made (see followView).
                placeWorld();
            }
            return;
        }
        if (!glass.shown()) {
            applyTransform();
            return;
        }
        if (!glass.place(scale, tx, ty)) {
            applyTransform();
            flushLevelOfDetail();
            glass.take(getWidth(), getHeight(), scale, tx, ty, outputScale());
        }
    }

    /** Puts the scene nodes back at once (a programmatic change of view or state, a new diagram, a test). */
    private void endGesture() {
        if (glass.shown() || overviewGesture) {
            applyTransform();
        }
    }

    /** A pan or zoom over the overview has paused: the picture for the view it reached. */
    private void endOverviewGesture() {
        if (overviewGesture) {
            overviewGesture = false;
            batchNodes = true;
            placeWorld();
        }
    }

    /** How long a pan or zoom must pause before the scene nodes come back (tests lengthen it). */
    void setGesturePause(Duration pause) {
        glass.setSettle(pause);
        overviewPause.setDuration(pause);
    }

    /** How much the picture shown during a gesture is enlarged from the view it was taken of (for tests). */
    double glassEnlargement() {
        return glass.enlargement();
    }

    /** How many pictures of the view pans and zooms have taken so far (for tests). */
    public int picturesTaken() {
        return glass.taken();
    }

    private double outputScale() {
        return getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
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
        if (virtual) {
            // A large diagram is placed once a frame, at the layout pass, however many changes came before it.
            detailPending = true;
            requestLayout();
            return;
        }
        placeLabels();
    }

    /** Does now what waits for the next frame (for a test or a screenshot that must see it at once). */
    private void flushLevelOfDetail() {
        if (detailPending) {
            detailPending = false;
            placeLabels();
        }
    }

    /**
     * How much a name is enlarged on screen: enough that text drawn {@code fontPx} high at this zoom
     * is at least {@code minLabelPx} high, then by the user's text zoom.
     */
    static double labelFactor(double fontPx, double minLabelPx, double textZoom) {
        return Math.max(1, minLabelPx / fontPx) * textZoom;
    }

    private void placeLabels() {
        double key = scale * 1e9 + tx * 1e3 + ty;
        if (drawing.size() == 0 || key == placedAtScale) {
            return;
        }
        placedAtScale = key;
        shownThisPass = 0;
        double fontPx = (diagram == null ? 13 : diagram.style().fontSize()) * scale;
        double factor = labelFactor(fontPx, minLabelPx, textZoom);
        double k = scale * factor;
        if (virtual) {
            followView(factor);
        }
        if (makingNodes) {
            // The names are placed once every concept in view has its nodes.
            return;
        }
        if (overviewShown) {
            // Zoomed out on a large diagram: names, boxes and lines are one picture, placed and painted off the FX thread.
            askForOverview(k);
            nodes.forEach((id, v) -> {
                v.scaleLabel(factor);
                v.showLabel(true);
                v.showHalo(id.equals(selected), HALO_PX / scale);
            });
            styleWhatThisPassShowed();
            return;
        }
        List<LabelPlacer.Candidate> candidates = new java.util.ArrayList<>();
        for (int i : byImportance()) {
            DiagramNode n = drawing.node(i);
            NodeView v = nodes.get(n.id());
            boolean forced = n.id().equals(selected) || n.id().equals(hovered);
            double x = v == null ? n.x() : v.getLayoutX();
            double y = v == null ? n.y() : v.getLayoutY();
            candidates.add(new LabelPlacer.Candidate(n.id(), x * scale + tx, y * scale + ty,
                    labelWidth(i, true) * k, labelHeight(i, true) * k, forced, n.height() * scale / 2,
                    n.width() * scale / 2));
        }
        // Names keep their places when only the states changed (a concept pointed at or selected).
        Map<String, LabelPlacer.Placed> before = k == placedK ? placed : Map.of();
        // Labels stay inside the view and out from under what floats over it (the legend, the caption):
        // one cut or covered is no easier to read than none.
        Map<String, LabelPlacer.Placed> shown = LabelPlacer.placeAround(candidates, nameArea(),
                id -> drawing.node(drawing.indexOf(id)).core(), before);
        placed = shown;
        placedK = k;
        nodes.forEach((id, v) -> {
            LabelPlacer.Placed p = shown.get(id);
            v.scaleLabel(factor);
            v.showLabel(p != null);
            if (p != null) {
                v.offsetLabel(p.dx() / k, p.dy() / k, 1 / scale);
            }
            v.showHalo(id.equals(selected), HALO_PX / scale);
        });
        for (EdgeView e : edges.values()) {
            e.setMinimumWidth(1 / scale);
            applyState(e);
        }
        growRelationLabels();
        styleWhatThisPassShowed();
    }

    /**
     * A large diagram makes the nodes of concepts coming into view in a layout pass, after the frame's
     * CSS pass: shown as they are, they would be drawn unstyled (1-px outlines, unpadded names) and
     * drawn again, styled, by the next frame. After a pan or zoom the picture of the view stays up
     * meanwhile ({@link #settle}); a change of view made by code (Ctrl+0, a search, a tour step) has
     * no picture to keep up, so the new nodes are styled now, in this frame.
     */
    private void styleWhatThisPassShowed() {
        if (shownThisPass > 0 && !glass.shown() && getScene() != null) {
            shownThisPass = 0;
            content.applyCss();
        }
    }

    /**
     * A large diagram keeps scene nodes only near the view: the concepts and relations within a
     * margin of it when few are in view, else none but the named ones (the overview canvas draws
     * the rest).
     */
    private void followView(double factor) {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double m = MARGIN_PX / scale;
        double x0 = -tx / scale;
        double y0 = -ty / scale;
        double x1 = (w - tx) / scale;
        double y1 = (h - ty) / scale;
        int inView = inView();
        boolean wasOverview = overviewShown;
        overviewShown = inView > DETAIL_UP_TO;
        overview.show(overviewShown);
        if (overviewShown != wasOverview) {
            FrameTrace.mark(overviewShown ? "overview" : "concepts' nodes");
        }
        if (overviewShown) {
            makingNodes = false;
            world.setVisible(true);
            // Only a concept being dragged keeps its nodes: the picture draws the rest.
            keepOnly(dragged == null ? Set.of() : Set.of(dragged.conceptId()));
            keepEdges(Set.of());
            return;
        }
        Set<String> near = new HashSet<>();
        drawing.nodesIn(x0 - m, y0 - m, x1 + m, y1 + m, i -> near.add(drawing.node(i).id()));
        if (selected != null && drawing.contains(selected)) {
            near.add(selected);
        }
        if (dragged != null) {
            near.add(dragged.conceptId());
        }
        keepOnly(near);
        List<String> missing = near.stream().filter(id -> !nodes.containsKey(id)).toList();
        // A gesture over the overview ending zoomed in to the concepts: their hundreds of nodes are made
        // a batch a frame behind the overview's picture, which stays up, instead of in one frame of
        // 130-230 ms at 5,000 concepts. Any other change of view makes them at once.
        boolean batch = batchNodes && (wasOverview || makingNodes) && overview.hasPicture()
                && missing.size() > NODES_A_FRAME;
        batchNodes = false;
        makingNodes = batch;
        world.setVisible(!batch);
        overview.show(batch);
        for (String id : batch ? missing.subList(0, NODES_A_FRAME) : missing) {
            show(drawing.node(drawing.indexOf(id)));
        }
        if (batch) {
            javafx.application.Platform.runLater(() -> {
                if (makingNodes) {
                    batchNodes = true;
                    placedAtScale = -1;
                    applyLevelOfDetail();
                }
            });
            return;
        }
        Set<Integer> nearEdges = new HashSet<>();
        drawing.edgesIn(x0 - m, y0 - m, x1 + m, y1 + m, nearEdges::add);
        keepEdges(nearEdges);
        for (int e : nearEdges) {
            if (!edges.containsKey(e)) {
                show(e);
            }
        }
    }

    /** How many concepts lie in the view now. */
    private int inView() {
        return drawing.countNodes(-tx / scale, -ty / scale, (getWidth() - tx) / scale, (getHeight() - ty) / scale);
    }

    /** Takes off the scene the concepts not in {@code keep}, keeping a few hundred aside for when the view returns. */
    private void keepOnly(Set<String> keep) {
        List<NodeView> gone = new java.util.ArrayList<>();
        for (var it = nodes.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!keep.contains(entry.getKey())) {
                gone.add(entry.getValue());
                it.remove();
            }
        }
        if (gone.isEmpty()) {
            return;
        }
        Set<javafx.scene.Node> off = new HashSet<>(gone);
        nodeLayer.getChildren().removeAll(off);
        Set<javafx.scene.Node> offLabels = new HashSet<>();
        Set<javafx.scene.Node> offLeaders = new HashSet<>();
        for (NodeView v : gone) {
            offLabels.add(v.labelBox());
            offLeaders.add(v.leader());
            spare.put(v.conceptId(), v);
        }
        conceptLabelLayer.getChildren().removeAll(offLabels);
        leaderLayer.getChildren().removeAll(offLeaders);
        for (var it = spare.entrySet().iterator(); spare.size() > SPARE_NODES && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    private void keepEdges(Set<Integer> keep) {
        Set<javafx.scene.Node> off = new HashSet<>();
        for (var it = edges.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!keep.contains(entry.getKey())) {
                off.add(entry.getValue());
                if (entry.getValue().hasLabel()) {
                    off.add(entry.getValue().label());
                }
                it.remove();
            }
        }
        if (!off.isEmpty()) {
            edgeLayer.getChildren().removeAll(off);
            labelLayer.getChildren().removeAll(off);
        }
    }

    /** The view less the bands kept for what floats over it (see {@link #setFitReserve}): where fitting puts the concepts. */
    private double[] reservedArea() {
        return new double[] {fitReserve.getLeft(), fitReserve.getTop(), getWidth() - fitReserve.getRight(),
            getHeight() - fitReserve.getBottom()};
    }

    /**
     * Where concepts' names may go: the view, less the panels over it ({@link #setCovered}) as
     * rectangles after the first. Without panels given, the bands kept for them.
     */
    private double[] nameArea() {
        if (covered == null) {
            return reservedArea();
        }
        double[] area = new double[4 + 4 * covered.size()];
        area[2] = getWidth();
        area[3] = getHeight();
        for (int i = 0; i < covered.size(); i++) {
            Bounds b = covered.get(i);
            area[4 + 4 * i] = b.getMinX();
            area[5 + 4 * i] = b.getMinY();
            area[6 + 4 * i] = b.getMaxX();
            area[7 + 4 * i] = b.getMaxY();
        }
        return area;
    }

    /** The panels over the view (see {@link #setCovered}); null until the window says. */
    private List<Bounds> covered;

    /**
     * What floats over the view now (the filter notice, the legend, a tour's caption), in the view's
     * coordinates: concepts' names keep clear of these panels, not of the whole bands kept for them
     * when fitting, so a name beside the centred notice stays on its concept. Null: the bands.
     */
    public void setCovered(List<Bounds> panels) {
        List<Bounds> now = panels == null ? null : List.copyOf(panels);
        if (java.util.Objects.equals(now, covered)) {
            return;
        }
        covered = now;
        placedAtScale = -1;
        requestLayout();
    }

    /**
     * Asks the overview's thread for a picture of the view and a margin around it: the concepts and
     * relations there and the names that fit, {@code k} times their size at scale 1. The FX thread
     * only copies the view's state; choosing, measuring and placing the names and painting take it
     * 20–190 ms at 5,000 concepts.
     */
    private void askForOverview(double k) {
        OverviewPainter.Theme theme = theme();
        // Names keep their places when only the states changed (a concept pointed at or selected).
        Map<String, LabelPlacer.Placed> before = k == placedK ? placed : Map.of();
        overview.request(new OverviewRenderer.Job(drawing, overview.nextSerial(), getWidth(), getHeight(), scale, tx, ty,
                CANVAS_MARGIN_PX, theme, theme == OverviewPainter.Theme.HIGH_CONTRAST ? 0.35 : 0.22, selected, hovered,
                lit, pathConcepts, pathRelations, backboneTypes, relationsReceding(), nameArea(), before, k,
                LABEL_CANDIDATES));
    }

    /** A picture from the overview's thread has been copied in: placed for the view as it is now. */
    private void overviewArrived() {
        OverviewRenderer.Result r = overview.drawn();
        placed = r.placed();
        placedK = r.job().k();
        positionOverview();
        if (traceNextPulse) {
            requestLayout();
        }
    }

    /** Places the overview picture for the view's zoom and pan; false when a new one is needed. */
    private boolean positionOverview() {
        return overview.place(scale, tx, ty, getWidth(), getHeight());
    }

    /** Whether the overview shows the picture asked for last (for tests: pictures come from another thread). */
    public boolean overviewUpToDate() {
        return !makingNodes && (!overviewShown || overview.upToDate());
    }

    /** The names drawn on the overview now, centred where they are in this view's coordinates (for tests). */
    List<OverviewPainter.Name> overviewNames() {
        return overviewShown ? overview.names(scale, tx, ty) : List.of();
    }

    /** The concepts the overview's picture names now (for tests); empty when the concepts have their own nodes. */
    public List<String> namedOnOverview() {
        return overviewNames().stream().map(OverviewPainter.Name::id).toList();
    }

    /** The concept whose name the overview draws at (x, y) of this view, or null. */
    private String nameOnOverviewAt(double x, double y) {
        return overviewShown ? overview.nameAt(x, y, scale, tx, ty) : null;
    }

    private javafx.scene.Scene themedScene;
    private javafx.scene.Parent themedRoot;
    /** Whether concepts' names are set in bold: in high contrast, as the overview sets them. */
    private boolean namesBold;
    private final javafx.collections.ListChangeListener<String> themeChanged = c -> applyTheme();

    /**
     * Sets the names in the theme's weight and places them again: a bold name is wider, and placed
     * at the regular one's width it ran out of its backing onto its neighbours and off the view.
     */
    private void applyTheme() {
        boolean bold = theme() == OverviewPainter.Theme.HIGH_CONTRAST;
        boolean reweighed = bold != namesBold;
        namesBold = bold;
        nodes.values().forEach(v -> v.setBold(bold)); // spare nodes take the weight when shown again
        if (virtual || reweighed) {
            // The overview paints its own colours: the stylesheet's new theme does not reach it.
            placedAtScale = -1;
            applyLevelOfDetail();
        }
    }
    private final javafx.beans.value.ChangeListener<javafx.scene.Parent> rootChanged = (o, was, now) -> watchRoot(now);

    /** Follows the style classes of the window's root, where the theme is chosen (dark, high contrast). */
    private void watchThemeOf(javafx.scene.Scene scene) {
        if (themedScene != null) {
            themedScene.rootProperty().removeListener(rootChanged);
        }
        themedScene = scene;
        if (scene != null) {
            scene.rootProperty().addListener(rootChanged);
        }
        watchRoot(scene == null ? null : scene.getRoot());
    }

    private void watchRoot(javafx.scene.Parent root) {
        if (themedRoot != null) {
            themedRoot.getStyleClass().removeListener(themeChanged);
        }
        themedRoot = root;
        if (root != null) {
            root.getStyleClass().addListener(themeChanged);
            applyTheme();
        }
    }

    /** The theme the window's stylesheet applies, read from the style classes above this view. */
    private OverviewPainter.Theme theme() {
        for (javafx.scene.Parent p = getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("high-contrast")) {
                return OverviewPainter.Theme.HIGH_CONTRAST;
            }
            if (p.getStyleClass().contains("dark")) {
                return OverviewPainter.Theme.DARK;
            }
        }
        return OverviewPainter.Theme.LIGHT;
    }

    /** A concept's label size at scale 1, as drawn: measured on its node when it has one. */
    private double labelWidth(int i, boolean exact) {
        NodeView v = nodes.get(drawing.node(i).id());
        return v != null ? v.labelWidth() : drawing.labelWidth(i, exact);
    }

    private double labelHeight(int i, boolean exact) {
        NodeView v = nodes.get(drawing.node(i).id());
        return v != null ? v.labelHeight() : drawing.labelHeight(i, exact);
    }

    /**
     * The concepts whose labels may be shown, most important first: selection and hover, then the
     * taxonomy's backbone (umbrella, operations, principles, practices), then the most connected.
     * Of a large diagram, only those in view, and no more than can matter.
     */
    private List<Integer> byImportance() {
        List<Integer> chosen = new java.util.ArrayList<>();
        for (String id : new String[] {selected, hovered}) {
            int i = id == null ? -1 : drawing.indexOf(id);
            if (i >= 0 && !chosen.contains(i)) {
                chosen.add(i);
            }
        }
        if (!virtual) {
            for (int i : drawing.byImportance()) {
                if (!chosen.contains(i)) {
                    chosen.add(i);
                }
            }
            return chosen;
        }
        double x0 = -tx / scale;
        double y0 = -ty / scale;
        double x1 = (getWidth() - tx) / scale;
        double y1 = (getHeight() - ty) / scale;
        for (int i : drawing.importantIn(x0, y0, x1, y1, LABEL_CANDIDATES)) {
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    @Override
    protected void layoutChildren() {
        if (fitPending && diagram != null && getWidth() > 0) {
            fitPending = false;
            fitFrame();
        }
        if (getWidth() != laidOutWidth || getHeight() != laidOutHeight) {
            endGesture();
            // More or less of the drawing in view: which concepts have nodes, and the labels, change with it.
            laidOutWidth = getWidth();
            laidOutHeight = getHeight();
            placedAtScale = -1;
            applyLevelOfDetail();
        }
        flushLevelOfDetail();
        if (revealStep == 2) {
            revealStep = 0;
            glass.hide();
        } else if (revealStep == 1) {
            // This frame made the nodes; the next styles them, and its layout pass shows them.
            revealStep = 2;
            javafx.application.Platform.runLater(this::requestLayout);
        }
        if (traceNextPulse && getScene() != null && (!overviewShown || overview.hasPicture())) {
            traceNextPulse = false;
            FrameTrace.mark("graph in scene: " + nodes.size() + " concepts with nodes"
                    + (overviewShown ? ", overview" : ""));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- mouse

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            beginGesture();
            zoomBy(Math.exp(e.getDeltaY() * 0.0025), e.getX(), e.getY());
            gestureMoved();
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.MIDDLE) {
            // The middle button pans wherever it is pressed, on a concept too: zoomed in, the
            // background may be hard to find between concepts.
            dragStart = new Point2D(e.getX(), e.getY());
            dragged = null;
            draggedMoved = false;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragStart = new Point2D(e.getX(), e.getY());
        String id = conceptAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY());
        dragged = id == null ? null : nodes.containsKey(id) ? nodes.get(id) : show(drawing.node(drawing.indexOf(id)));
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
            beginGesture();
            tx += dx;
            ty += dy;
            adjustedByUser = true;
            restoreOnNextDiagram = null;
            anchorOnNextDiagram = null;
            gestureMoved();
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
        String id = conceptAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY());
        if (e.getClickCount() == 2 && id != null) {
            onOpen.accept(id);
        } else if (e.getClickCount() == 1) {
            onSelect.accept(id);
        }
    }

    /** Hover over the overview, where concepts are drawn on the canvas and have no nodes to enter. */
    private void onMoved(MouseEvent e) {
        if (pointerStill) {
            // The pointer moves again: what it rests on now is pointed at.
            pointerStill = false;
            if (dragStart == null) {
                hover(conceptAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY()));
            }
            return;
        }
        if (overviewShown && dragStart == null) {
            hover(conceptAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY()));
        }
    }

    /** The concept under the pointer: the node picked, or on the overview canvas the box under (x, y). */
    private String conceptAt(javafx.scene.Node picked, double x, double y) {
        String id = nodeAt(picked);
        if (id != null || !overviewShown) {
            return id;
        }
        String named = nameOnOverviewAt(x, y);
        if (named != null) {
            return named;
        }
        double slack = 3 / scale;
        return drawing.conceptAt((x - tx) / scale, (y - ty) / scale, slack);
    }

    private static String nodeAt(javafx.scene.Node picked) {
        for (javafx.scene.Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof NodeView v) {
                return v.conceptId();
            }
            if (n.getProperties().get(DrawnKeys.LABEL_OF) instanceof String id) {
                return id;
            }
        }
        return null;
    }

    /** Whether the pointer of {@code e} is on {@code part} (a concept's shape or its name). */
    private static boolean over(javafx.scene.Node part, MouseEvent e) {
        return part.isVisible() && part.contains(part.sceneToLocal(e.getSceneX(), e.getSceneY()));
    }

    // ---- drawing a relation (edit mode)

    private javafx.scene.shape.Line rubberBand;

    /**
     * The concept drawn at a point of this view (its shape, not its label), or null: where a relation
     * being drawn would end.
     */
    public String conceptAt(double x, double y) {
        if (overviewShown) {
            String named = nameOnOverviewAt(x, y);
            return named != null ? named : drawing.conceptAt((x - tx) / scale, (y - ty) / scale, 0);
        }
        Point2D p = world.parentToLocal(x, y);
        String hit = null;
        // A name is drawn over every shape: it is hit first.
        for (NodeView v : nodes.values()) {
            if (v.labelBox().isVisible() && v.labelBox().getBoundsInParent().contains(p)) {
                return v.conceptId();
            }
        }
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
