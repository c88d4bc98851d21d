package org.psoexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.model.Taxonomy;

/**
 * The explorer's state and commands, as JavaFX properties without any control: which taxonomy is
 * open, what is visible, how it is laid out, what is selected. Views bind to it; tests drive it
 * without a window.
 */
public final class ExplorerViewModel {

    private final TaxonomyLoader loader = new TaxonomyLoader();
    private final DiagramBuilder builder = new DiagramBuilder();
    /** What the window does with a diagram on the drawing's worker, before it is shown (indexes it, for one); null: nothing. */
    private volatile java.util.function.Consumer<Diagram> diagramPreparer;
    private HeadStart headStart = HeadStart.NONE;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Taxonomy> taxonomy = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TaxonomyGraph> graph = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VisibleGraph> visible = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
    // Loads, layouts and drawings run in lanes of their own, at the same time: each keeps its own flag,
    // and the window is busy while any runs.
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Work> work = new ReadOnlyObjectWrapper<>();
    private final StringProperty language = new SimpleStringProperty("en");
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(LayoutKind.LAYERED);
    private final ObjectProperty<ViewFilter> filter = new SimpleObjectProperty<>(ViewFilter.NONE);
    private final StringProperty selected = new SimpleStringProperty();
    private final ObservableList<Problem> errors = FXCollections.observableArrayList();
    private final ObservableList<Problem> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> failedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> watched = new ReadOnlyObjectWrapper<>();
    private Path failedPath;
    private java.util.function.BooleanSupplier mayReplace = () -> true;
    private boolean applying;
    private final Deque<ViewFilter> focusHistory = new ArrayDeque<>();
    private final Map<String, NodeBox> pinned = new LinkedHashMap<>();
    /** The concepts moved by hand in each layout not shown now, until it is shown again. */
    private final Map<LayoutKind, Map<String, NodeBox>> pinnedIn = new java.util.EnumMap<>(LayoutKind.class);
    private int layoutGeneration;
    /** What the latest layout was computed for; the diagram is drawn from this, never from newer state. */
    private LaidOut laidOut;

    private record LaidOut(TaxonomyGraph graph, VisibleGraph visible, String language, ViewFilter filter) {
    }

    /**
     * What a drawing is made from: a layout, what it was computed for, and whether it comes spread
     * already (a year of the timeline, cut from its whole); {@code keptFor}, the screen {width, height,
     * smallest name} an edit's layout was kept for (see {@link #showEdited}), null for others.
     */
    private record Source(LaidOut laidOut, Layout layout, boolean spread, LayoutKind kind, double[] keptFor) {

        Source(LaidOut laidOut, Layout layout, boolean spread, LayoutKind kind) {
            this(laidOut, layout, spread, kind, null);
        }

        /**
         * Whether the layout is the one to draw on this screen as it is, without spreading it: spreading
         * again is not idempotent (it moved every concept by some 8 %), so an edit's layout kept for a
         * screen within the tolerance a redraw waits for ({@link #differs}) is drawn as kept.
         */
        boolean spreadFor(double[] screen, double minPx) {
            return spread || keptFor != null && !differs(keptFor, screen[0], screen[1]) && keptFor[2] == minPx;
        }
    }

    /** A drawing made off the FX thread: the layout as spread to the screen, and the diagram of it. */
    private record Drawn(Layout layout, Diagram diagram) {
    }

    /** The long work the window may be waiting for, in the order it happens. */
    public enum Work {
        LOADING, LAYING_OUT, DRAWING
    }

    /** The latest layout, to be drawn; {@link #shown} is the one the diagram on screen was drawn from. */
    private Source source;
    private Source shown;
    /** The canvas and label minimum the diagram on screen was spread for: a redraw for the same ones reuses it. */
    private double[] shownCanvas;
    private double shownMinLabelPx;
    /**
     * Drawings are made one at a time, off the FX thread, from the state when they start; requests made
     * meanwhile are served by one drawing of the latest state when the running one is done.
     */
    private int drawGeneration;
    private boolean drawScheduled;
    private boolean drawRunning;
    /** A window will tell the graph area's size: nothing is drawn before it has. */
    private boolean awaitCanvas;

    /** The whole taxonomy's layout that the timeline's years are cut from, and what it was computed for. */
    private record WholeLayout(TaxonomyGraph graph, ViewFilter filter, LayoutKind kind, String language,
                               VisibleGraph visible, Layout raw, double[] canvas, Layout layout) {
    }

    /** The smallest concept label the graph draws on screen, in pixels (as the graph view does). */
    public static final double MIN_LABEL_PX = 11.5;
    private volatile WholeLayout timelineLayout;
    /** The layout as computed, before it is spread to the screen's shape. */
    private Layout computed;
    /** The layout an edit's new layout places the concepts as (see {@link #showEdited}); null for a fresh one. */
    private Layout keepFrom;

    /** Where the next edit's new concept related to none goes, in the drawing's coordinates; null: beside the drawing. */
    private org.psoexplorer.layout.Point newcomersAt;

    /** A layout an edit kept, and the view it was for. */
    private record KeptView(TaxonomyGraph graph, ViewFilter filter, String language, String centre, Layout layout) {
    }

    /**
     * The last kept layout of each kind: coming back to its view (Back from a neighbourhood, another
     * layout and back) finds the map the edits kept, not a fresh layout they never showed.
     */
    private final Map<LayoutKind, KeptView> keptViews = new java.util.EnumMap<>(LayoutKind.class);
    /** Width and height of the screen area the graph is fitted into; zeros while unknown. */
    private double[] canvas = {0, 0};
    private double minLabelPx = MIN_LABEL_PX;
    /**
     * The canvas each recent view was spread for. The canvas follows what floats over the graph (a
     * legend listing fewer types in a small view), so coming back to a view (Back, leaving Relate)
     * spreads it for the size it had, not for a passing one: the concepts come back where they were.
     */
    private final Map<ViewFilter, double[]> spreadFor = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ViewFilter, double[]> eldest) {
            return size() > 32;
        }
    };

    /**
     * What is on screen, apart from the file: filters with the focus history, layout and selection.
     * A tour keeps it to give the view back exactly as it found it.
     */
    public record ViewState(ViewFilter filter, LayoutKind layout, String selected, java.util.List<ViewFilter> history) {
    }

    public ExplorerViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        busy.bind(loading.or(layingOut).or(drawing));
        work.bind(javafx.beans.binding.Bindings.createObjectBinding(() -> loading.get() ? Work.LOADING
                : layingOut.get() ? Work.LAYING_OUT : drawing.get() ? Work.DRAWING : null, loading, layingOut, drawing));
        language.addListener((o, was, now) -> {
            if (now == null && was != null) {
                // A language list emptied while another taxonomy's replaces it must not unset the language.
                language.set(was);
                return;
            }
            keepTheMapThroughLanguage();
            relayout();
        });
        layoutKind.addListener((o, was, now) -> {
            // Concepts moved by hand belong to the layout they were moved in: they wait while another
            // layout is shown and are where they were put when it comes back.
            if (was != null && !pinned.isEmpty()) {
                pinnedIn.put(was, Map.copyOf(pinned));
            }
            pinned.clear();
            Map<String, NodeBox> back = now == null ? null : pinnedIn.remove(now);
            if (back != null) {
                pinned.putAll(back);
            }
            relayout();
        });
        filter.addListener((o, was, now) -> refreshVisible());
    }

    // ---- loading

    /** Work begun before the window: the first load and layout use it when it is for them. */
    public void useHeadStart(HeadStart early) {
        headStart = java.util.Objects.requireNonNull(early);
        headStart.prepareWith(diagramPreparer);
    }

    /**
     * The kinds the opening view's legend will list, when the taxonomy being read at launch is read
     * by now (null otherwise): a window that shows them at once has its graph area's final size
     * before the first drawing is made.
     */
    public java.util.List<org.psoexplorer.diagram.LegendItem> openingKinds() {
        return getTaxonomy() == null ? headStart.openingKinds() : null;
    }

    /** Opens the built-in taxonomy. */
    public void openDefault() {
        if (mayReplace.getAsBoolean()) {
            load(null, headStart.load(null, loader::loadDefault));
        }
    }

    /** Opens a file; on errors the current taxonomy stays and {@link #errors()} lists what is wrong. */
    public void open(Path path) {
        if (mayReplace.getAsBoolean()) {
            load(path, headStart.load(path, () -> loader.load(path)));
        }
    }

    /**
     * Asked before the taxonomy on screen is replaced by another file or read again: false keeps it
     * (the user chose to keep unsaved edits).
     */
    public void setBeforeReplacing(java.util.function.BooleanSupplier mayReplace) {
        this.mayReplace = mayReplace;
    }

    /** Reads the current file again (the built-in taxonomy when none is open). */
    public void reload() {
        if (!mayReplace.getAsBoolean()) {
            return;
        }
        if (failedPath != null) {
            // The user is correcting the file that failed: read that one again, not the last good one.
            Path path = failedPath;
            load(path, () -> loader.load(path));
        } else if (file.get() == null) {
            load(null, loader::loadDefault);
        } else {
            Path path = file.get();
            load(path, () -> loader.load(path));
        }
    }

    /** A file read, with its graph built on the same worker (seconds for tens of thousands of concepts). */
    private record Loaded(LoadResult result, TaxonomyGraph graph) {
    }

    private void load(Path path, Supplier<LoadResult> work) {
        loading.set(true);
        HeadStart early = headStart;
        tasks.run(TaskRunner.Lane.LOAD, () -> {
            LoadResult result = work.get();
            if (result.ok()) {
                // Here rather than when the window asks for it on the FX thread (it reads every text).
                result.taxonomyOrNull().languages();
            }
            return new Loaded(result, result.ok() ? early.graph(result.taxonomyOrNull()) : null);
        }, loaded -> {
            loading.set(false);
            accept(path, loaded.result(), loaded.graph());
        }, failure -> {
            loading.set(false);
            accept(path, TaxonomyLoader.stoppedUnexpectedly(path, failure));
        });
    }

    private void accept(Path path, LoadResult result) {
        accept(path, result, result.ok() ? headStart.graph(result.taxonomyOrNull()) : null);
    }

    private void accept(Path path, LoadResult result, TaxonomyGraph built) {
        if (!result.ok()) {
            failedPath = path;
            failedFile.set(result.file());
            errors.setAll(result.errors());
            watched.set(path == null ? file.get() : path);
            return;
        }
        failedPath = null;
        failedFile.set(null);
        errors.clear();
        warnings.setAll(result.warnings());
        boolean sameFile = path != null && path.equals(file.get());
        Taxonomy t = result.taxonomyOrNull();
        keptViews.clear();
        // Language, filter and layout change together here: lay out once, at the end, not per change.
        applying = true;
        try {
            file.set(path);
            watched.set(path);
            graph.set(built);
            taxonomy.set(t);
            if (!t.languages().contains(language.get()) && !t.defaultLanguage().equals(language.get())) {
                language.set(t.defaultLanguage());
            }
            if (!sameFile) {
                forgetMovedConcepts();
                focusHistory.clear();
                filter.set(ViewFilter.NONE);
                layoutKind.set(bestLayout(t));
            }
            if (selected.get() != null && t.concept(selected.get()).isEmpty()) {
                selected.set(null);
            }
        } finally {
            applying = false;
        }
        refreshVisible();
    }

    /**
     * A taxonomy that is mostly one hierarchy reads best top-down; one where many concepts stand
     * outside the hierarchy (actors, documents, principles) reads best as a force layout.
     */
    static LayoutKind bestLayout(Taxonomy t) {
        return hierarchyConcepts(t).size() >= 0.6 * t.concepts().size() ? LayoutKind.LAYERED : LayoutKind.FORCE;
    }

    /** The concepts at either end of a hierarchical relation, in file order. */
    private static java.util.Set<String> hierarchyConcepts(Taxonomy t) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (org.psoexplorer.model.Relation r : t.relations()) {
            if (t.relationType(r.type()).map(rt -> rt.hierarchical()).orElse(false)) {
                ids.add(r.from());
                ids.add(r.to());
            }
        }
        return ids;
    }

    // ---- view

    private void refreshVisible() {
        TaxonomyGraph g = graph.get();
        if (g == null || applying) {
            return;
        }
        visible.set(VisibleGraph.of(g, filter.get()));
        relayout();
    }

    /** Lays out what is visible again, off the FX thread; results of superseded requests are dropped. */
    public void relayout() {
        TaxonomyGraph g = graph.get();
        VisibleGraph v = visible.get();
        if (g == null || v == null || applying) {
            return;
        }
        int generation = ++layoutGeneration;
        LayoutKind kind = layoutKind.get();
        String lang = language.get();
        String centre = selected.get() != null && v.contains(selected.get()) ? selected.get() : null;
        LayoutOptions options = LayoutOptions.defaults().withCentre(centre);
        ViewFilter yearless = filter.get().asOfYear() == null ? null : filter.get().withAsOfYear(null);
        WholeLayout cached = timelineLayout;
        double[] screen = canvas;
        double minPx = minLabelPx;
        ViewFilter requested = filter.get();
        Layout keep = keepFrom;
        keepFrom = null;
        // Only an edit's own layout places its new concept where asked.
        org.psoexplorer.layout.Point newAt = keep != null ? newcomersAt : null;
        newcomersAt = null;
        KeptView earlier = keptViews.get(kind);
        // Only rings are laid out around the selection.
        String keptCentre = kind == LayoutKind.RADIAL ? centre : null;
        if (keep == null && earlier != null && earlier.graph() == g && earlier.filter().equals(requested)
                && earlier.language().equals(lang) && java.util.Objects.equals(earlier.centre(), keptCentre)) {
            keep = earlier.layout();
        }
        Layout keepNow = keep;
        boolean[] keptIt = {false};
        layingOut.set(true);
        tasks.run(TaskRunner.Lane.LAYOUT, () -> {
            if (yearless == null) {
                Layout kept = keepNow == null ? null : builder.keep(g, v, keepNow, kind, lang, options,
                        org.psoexplorer.layout.LabelRoom.growth(keepNow, screen[0], screen[1],
                                minPx / builder.style().fontSize(), kind.keepsItsShape()), newAt);
                if (kept != null) {
                    keptIt[0] = true;
                    return kept;
                }
                Layout early = headStart.layout(g, v, kind, lang, options);
                return early != null ? early : builder.layOut(g, v, kind, lang, options);
            }
            // The timeline's years are cut from one layout of the whole, so concepts appear in place, never jump.
            WholeLayout whole = cached != null && cached.graph() == g && cached.filter().equals(yearless)
                    && cached.kind() == kind && cached.language().equals(lang) ? cached : null;
            // Spread once for the screen as it was when the timeline started: a legend growing with the
            // years must not move what is already shown.
            if (whole == null) {
                VisibleGraph all = VisibleGraph.of(g, yearless);
                Layout raw = kind.algorithm().layout(builder.layoutGraph(g, all, lang), LayoutOptions.defaults());
                whole = new WholeLayout(g, yearless, kind, lang, all, raw, screen, spread(raw, screen, minPx, kind));
            }
            timelineLayout = whole;
            return cut(whole, v);
        }, result -> {
            if (generation == layoutGeneration) {
                org.psoexplorer.ui.graph.FrameTrace.mark("layout done");
                laidOut = new LaidOut(g, v, lang, requested);
                // A year of the timeline comes already spread, as a part of its whole.
                computed = yearless == null ? result : null;
                double[] before = spreadFor.get(requested);
                if (yearless == null && before != null && !differs(before, canvas[0], canvas[1])) {
                    canvas = before;
                }
                spreadFor.put(requested, canvas);
                source = new Source(laidOut, result, yearless != null, kind,
                        keptIt[0] ? new double[] {screen[0], screen[1], minPx} : null);
                if (keptIt[0]) {
                    keptViews.put(kind, new KeptView(g, requested, lang, keptCentre, result));
                }
                // Drawing is asked for before the layout's flag drops, so the window never looks idle between them.
                requestDraw();
                layingOut.set(false);
            }
        }, failure -> {
            if (generation == layoutGeneration) {
                layingOut.set(false);
            }
        });
    }

    /**
     * The layout spread to the screen's shape, its concepts moved apart where, fitted to the
     * screen, their labels (drawn at a legible minimum, larger than their boxes) would overlap.
     */
    private Layout spread(Layout l, double[] canvas, double minLabelPx, LayoutKind kind) {
        double minScale = minLabelPx / builder.style().fontSize();
        return org.psoexplorer.layout.LabelRoom.spread(l, canvas[0], canvas[1], minScale, LayoutOptions.DEFAULT_MARGIN,
                kind != null && kind.keepsItsShape());
    }

    /**
     * The smallest label the screen draws, in pixels (larger on a projector, with larger text):
     * layouts make room for labels of that size.
     */
    public void setMinLabelPx(double px) {
        if (px == minLabelPx) {
            return;
        }
        minLabelPx = px;
        if (filter.get().asOfYear() == null && computed != null) {
            requestDraw();
        }
    }

    /**
     * Tells the size of the screen area the graph is fitted into, so layouts are spread to fill
     * it (not a narrow column on a wide screen) with room for legible labels. Small changes are ignored.
     */
    public void setCanvasSize(double width, double height) {
        // A graph area within a few pixels of one already drawn for (the window rebuilt in another
        // interface language comes out a pixel narrower) is that one: spreading is sensitive to the last
        // pixel, and the graph must not rearrange under the lecturer.
        for (double[] seen : recentCanvases) {
            if (Math.abs(seen[0] - width) <= SAME_CANVAS_PX && Math.abs(seen[1] - height) <= SAME_CANVAS_PX) {
                width = seen[0];
                height = seen[1];
                break;
            }
        }
        if (width > 0 && height > 0) {
            double w = width;
            double h = height;
            recentCanvases.removeIf(c -> c[0] == w && c[1] == h);
            recentCanvases.addFirst(new double[] {w, h});
            while (recentCanvases.size() > 8) {
                recentCanvases.removeLast();
            }
        }
        if (width <= 0 || height <= 0 || !differs(canvas, width, height, resizeTolerance())) {
            return;
        }
        boolean first = canvas[0] <= 0;
        canvas = new double[] {width, height};
        // Only a resize of the view itself counts: one while another view is on its way is passing.
        if (laidOut != null && laidOut.filter().equals(filter.get())) {
            spreadFor.put(laidOut.filter(), canvas);
        }
        if (filter.get().asOfYear() == null && computed != null || first && drawing.get()) {
            requestDraw();
        }
    }

    /**
     * Called once the window is shown and laid out, its graph area at the size it opens with: the
     * taxonomy read at launch is drawn for it on the head start, before the window asks.
     */
    public void graphAreaSettled() {
        if (laidOut == null && canvas[0] > 0) {
            headStart.canvasKnown(canvas[0], canvas[1], minLabelPx);
        }
    }

    /**
     * Called by a window that will tell the graph area's size ({@link #setCanvasSize}): until it has,
     * layouts are not drawn, since a drawing spread for no screen in particular would be made again
     * at once for the real one (at launch, the layout may well be ready before the window).
     */
    /** Graph areas closer than this, in pixels, count as the same (see {@link #setCanvasSize}). */
    private static final double SAME_CANVAS_PX = 6;
    private final java.util.Deque<double[]> recentCanvases = new java.util.ArrayDeque<>();

    public void awaitCanvasSize() {
        awaitCanvas = true;
    }

    /** Whether a canvas of {@code width} × {@code height} differs enough from {@code c} to spread again. */
    private static boolean differs(double[] c, double width, double height) {
        return differs(c, width, height, 0.06);
    }

    private static boolean differs(double[] c, double width, double height, double tolerance) {
        return Math.abs(width - c[0]) >= tolerance * width || Math.abs(height - c[1]) >= tolerance * height;
    }

    /**
     * How much the graph area must change to spread and draw again. A large drawing is only stretched
     * to the screen's shape (no label room is made: {@link org.psoexplorer.layout.LabelRoom#MAX_CONCEPTS}),
     * and drawing it again takes seconds to a minute: the legend filling with its first diagram, or a
     * panel of a few rows, does not warrant that.
     */
    private double resizeTolerance() {
        return computed != null && computed.nodes().size() > org.psoexplorer.layout.LabelRoom.MAX_CONCEPTS ? 0.25 : 0.06;
    }

    /** The part of a whole layout that a year shows: its concepts and relations where the whole put them. */
    private static Layout cut(WholeLayout whole, VisibleGraph year) {
        Map<Integer, org.psoexplorer.layout.EdgeRoute> routes = new java.util.HashMap<>();
        for (int i = 0; i < whole.visible().relations().size(); i++) {
            routes.put(whole.visible().relations().get(i).index(), whole.layout().edges().get(i));
        }
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        for (String id : year.concepts()) {
            NodeBox box = whole.layout().nodes().get(id);
            if (box != null) {
                nodes.put(id, box);
            }
        }
        java.util.List<org.psoexplorer.layout.EdgeRoute> edges = new java.util.ArrayList<>();
        for (org.psoexplorer.graph.RelationEdge e : year.relations()) {
            org.psoexplorer.layout.EdgeRoute r = routes.get(e.index());
            edges.add(r != null ? r : new org.psoexplorer.layout.EdgeRoute(e.from(), e.to(), false, java.util.List.of()));
        }
        return new Layout(nodes, edges, whole.layout().bounds());
    }

    /**
     * Asks for the latest layout to be drawn again (spread to the canvas, moved concepts in place).
     * The drawing is made off the FX thread; requests made before it starts, or while another
     * drawing runs, are served together by one drawing of the state as it is then.
     */
    private void requestDraw() {
        if (source == null) {
            return;
        }
        drawGeneration++;
        drawing.set(true);
        if (!drawScheduled) {
            drawScheduled = true;
            tasks.later(this::startDraw);
        }
    }

    private void startDraw() {
        drawScheduled = false;
        if (drawRunning || !drawing.get() || source == null || awaitCanvas && canvas[0] <= 0) {
            // The drawing running starts the next one when done, the canvas's arrival the first one; a
            // cancelled one is not made.
            return;
        }
        Source s = source;
        int generation = drawGeneration;
        double[] screen = canvas;
        double minPx = minLabelPx;
        Map<String, NodeBox> pins = new LinkedHashMap<>(pinned);
        // Only concepts moved by hand, or a saved arrangement, changed: the spread on screen still holds.
        Layout spreadBefore = s == shown && (s.spread() || java.util.Arrays.equals(screen, shownCanvas) && minPx == shownMinLabelPx)
                ? layout.get() : null;
        drawRunning = true;
        tasks.run(TaskRunner.Lane.DRAW, () -> draw(s, screen, minPx, pins, spreadBefore), drawn -> {
            drawRunning = false;
            boolean latest = generation == drawGeneration;
            // A drawing of the very layout still awaited is shown even if the canvas changed meanwhile:
            // something on screen now beats the exact fit a few moments later.
            if (latest || s == source) {
                if (latest) {
                    drawing.set(false);
                }
                shown = s;
                shownCanvas = screen;
                shownMinLabelPx = minPx;
                org.psoexplorer.ui.graph.FrameTrace.mark("diagram drawn");
                layout.set(drawn.layout());
                diagram.set(drawn.diagram());
            }
            if (!latest) {
                startDraw();
            }
        }, failure -> {
            drawRunning = false;
            if (generation == drawGeneration) {
                drawing.set(false);
            } else {
                startDraw();
            }
        });
    }

    /**
     * Has each diagram prepared for showing on the drawing's worker, as soon as it is built: what
     * the view needs of a large diagram (its spatial index) then costs the FX thread nothing.
     */
    public void setDiagramPreparer(java.util.function.Consumer<Diagram> preparer) {
        diagramPreparer = preparer;
        headStart.prepareWith(preparer);
    }

    private void prepare(Diagram d) {
        java.util.function.Consumer<Diagram> p = diagramPreparer;
        if (p != null) {
            p.accept(d);
        }
    }

    /** Runs off the FX thread: touches nothing of the view model but what it is given. */
    private Drawn draw(Source s, double[] screen, double minPx, Map<String, NodeBox> pins, Layout spreadBefore) {
        HeadStart.EarlyDrawing early = spreadBefore == null && !s.spread() && pins.isEmpty()
                ? headStart.drawing(s.layout(), screen[0], screen[1], minPx) : null;
        if (early != null) {
            org.psoexplorer.ui.graph.FrameTrace.mark("drawing from the head start");
            if (!early.prepared()) {
                prepare(early.diagram());
            }
            return new Drawn(early.spread(), early.diagram());
        }
        Layout spread = spreadBefore != null ? spreadBefore : s.spreadFor(screen, minPx) ? s.layout()
                : spread(s.layout(), screen, minPx, s.kind());
        LaidOut lo = s.laidOut();
        // A newer filter, file or language may be waiting for its layout: draw what this layout is for.
        Taxonomy t = lo.graph().taxonomy();
        Diagram d = builder.build(lo.graph(), lo.visible(), withPins(spread, pins), lo.language(), Highlight.NONE,
                t.text(t.title(), lo.language()));
        prepare(d);
        return new Drawn(spread, d);
    }

    /** The runner for long work, shared with the window's own background jobs (exports). */
    public TaskRunner tasks() {
        return tasks;
    }

    /**
     * What an export draws. The current view is exactly what is on screen (layout, moved concepts,
     * filters, language) with the given highlight; the whole taxonomy is laid out afresh, unfiltered,
     * in the current layout and language.
     */
    public ExportScene exportScene(boolean wholeTaxonomy, Highlight highlight, String title) {
        if (wholeTaxonomy) {
            TaxonomyGraph g = graph.get();
            DiagramPipeline.Result r = new DiagramPipeline(builder).run(g, ViewFilter.NONE, layoutKind.get(),
                    LayoutOptions.defaults().withCentre(selected.get()), language.get(), highlight, title);
            return new ExportScene(g, r.visible(), language.get(), r.diagram());
        }
        // What is on screen: the layout of the diagram shown, not one still being drawn.
        LaidOut on = shown == null ? laidOut : shown.laidOut();
        Diagram d = builder.build(on.graph(), on.visible(), exportLayout(), on.language(), highlight, title);
        return new ExportScene(on.graph(), on.visible(), on.language(), d);
    }

    /**
     * The current view's arrangement at the size an export draws its names. The screen spreads a
     * layout so that, fitted to the window, names enlarged to a legible size do not overlap: the
     * built-in taxonomy's force layout becomes some 9,500 × 6,500 units, shown at about 1/10. Drawn
     * at the names' own size that was a poster of small boxes far apart, too large for a PNG. The
     * export brings the centres together instead ({@link org.psoexplorer.layout.Compaction}), no
     * closer than the screen's own picture; where that cannot shrink it, it draws the layout before
     * spreading, the concepts moved by hand mapped into it.
     */
    private Layout exportLayout() {
        Layout onScreen = layout.get();
        double enlarged = namesEnlargedOnScreen();
        // Names drawn near their own size on screen: the layout on screen is already at their size
        // (a Relate answer, a tour step), its relation names placed on their lines.
        if (shown == null || shown.spread() || onScreen == null || shown.layout() == null || enlarged < 2) {
            return withPins(onScreen);
        }
        Layout shrunk = org.psoexplorer.layout.Compaction.toBoxes(withPins(onScreen), 1 / enlarged,
                LayoutOptions.DEFAULT_MARGIN);
        if (shrunk != null) {
            return shrunk;
        }
        Layout raw = shown.layout();
        if (pinned.isEmpty()) {
            return raw;
        }
        org.psoexplorer.layout.Bounds from = onScreen.bounds();
        org.psoexplorer.layout.Bounds to = raw.bounds();
        double kx = from.width() > 0 ? to.width() / from.width() : 1;
        double ky = from.height() > 0 ? to.height() / from.height() : 1;
        Map<String, NodeBox> mapped = new LinkedHashMap<>();
        pinned.forEach((id, box) -> mapped.put(id, box.moveTo(to.minX() + (box.x() - from.minX()) * kx,
                to.minY() + (box.y() - from.minY()) * ky)));
        return withPins(raw, mapped);
    }

    /**
     * How many times their own size the screen draws the names of the diagram shown, fitted to the
     * window: {@code minLabelPx / fontSize / s} at scale s (1 when the screen is unknown).
     */
    private double namesEnlargedOnScreen() {
        Diagram d = diagram.get();
        if (shownCanvas == null || shownMinLabelPx <= 0 || d == null || d.width() <= 0 || d.height() <= 0) {
            return 1;
        }
        double fit = Math.min(shownCanvas[0] / d.width(), shownCanvas[1] / d.height());
        return shownMinLabelPx / (builder.style().fontSize() * fit);
    }

    /** The selection and a shown path, as an export should highlight them. */
    public Highlight highlight(java.util.Set<String> pathConcepts, java.util.Set<Integer> pathRelations) {
        return new Highlight(selected.get(), pathConcepts, pathRelations);
    }

    private Layout withPins(Layout l) {
        return withPins(l, pinned);
    }

    private static Layout withPins(Layout l, Map<String, NodeBox> pinned) {
        if (l == null || pinned.isEmpty()) {
            return l;
        }
        Map<String, NodeBox> nodes = new LinkedHashMap<>(l.nodes());
        // Only the place is pinned: the box keeps the size the new layout gives its label.
        pinned.forEach((id, box) -> nodes.computeIfPresent(id, (k, old) -> old.moveTo(box.x(), box.y())));
        return new Layout(nodes, l.edges(), l.bounds());
    }

    /**
     * Moves a concept to a place of the user's choosing, where it stays in this layout (another layout
     * places it as its own, and gives it back on return) until laid out again or another file opens.
     */
    public void moveConcept(String id, double x, double y) {
        Layout l = withPins(layout.get());
        if (l == null || !l.nodes().containsKey(id)) {
            return;
        }
        pinned.put(id, l.node(id).moveTo(x, y));
        requestDraw();
    }

    public boolean isPinned(String id) {
        return pinned.containsKey(id);
    }

    /** Where every concept on screen is drawn now (centres, in the drawing's coordinates), moved ones included. */
    public Map<String, double[]> positions() {
        Layout l = withPins(layout.get());
        Map<String, double[]> out = new LinkedHashMap<>();
        if (l != null) {
            l.nodes().forEach((id, box) -> out.put(id, new double[] {box.x(), box.y()}));
        }
        return out;
    }

    /**
     * Puts concepts where a saved arrangement had them; they stay there through later layouts of the
     * same kind, as concepts moved by hand do.
     */
    public void placeConcepts(Map<String, double[]> places) {
        forgetMovedConcepts();
        places.forEach((id, p) -> pinned.put(id, new NodeBox(p[0], p[1], 0, 0)));
        requestDraw();
    }

    // ---- editing

    /**
     * Shows an edited taxonomy in place of the one on screen: same file, filters, moved concepts and
     * selection (unless the edit removed it), every concept where it was (new ones beside their
     * relations), only what now overlaps moved. {@link #layOutAgain} gives a fresh layout.
     */
    public void showEdited(Taxonomy t) {
        keepFrom = layoutOnScreen();
        applying = true;
        try {
            graph.set(new TaxonomyGraph(t));
            taxonomy.set(t);
            if (selected.get() != null && t.concept(selected.get()).isEmpty()) {
                selected.set(null);
            }
        } finally {
            applying = false;
        }
        refreshVisible();
    }

    /**
     * The names in another language take their own room, but the map the class has been reading stays:
     * the concepts keep their places, and only names that would now overlap are moved apart (as for an
     * edit). Not when the language changes with the file or the view (a taxonomy opened in its own
     * language): that view is laid out afresh.
     */
    private void keepTheMapThroughLanguage() {
        LaidOut drawn = shown != null ? shown.laidOut() : null;
        boolean sameView = drawn != null && drawn.graph() == graph.get() && drawn.filter().equals(filter.get())
                && drawn.filter().asOfYear() == null;
        if (!applying && sameView) {
            keepFrom = layoutOnScreen();
        }
    }

    /**
     * The layout on screen, for a new one to keep: the shown drawing's, spread for the screen as the user
     * sees it; null when none is shown in the current layout kind.
     */
    private Layout layoutOnScreen() {
        return layout.get() != null && shown != null && shown.kind() == layoutKind.get() ? layout.get() : null;
    }

    /** Concepts moved by hand, in every layout, are let go: a new file, a fresh layout or a saved view's places. */
    private void forgetMovedConcepts() {
        pinned.clear();
        pinnedIn.clear();
    }

    /**
     * Where the next edit puts a new concept related to no other, in the drawing's coordinates (the
     * middle of a zoomed-in view, so it appears where the user looks); by default, beside the drawing.
     */
    public void placeNewConceptsAt(double x, double y) {
        newcomersAt = new org.psoexplorer.layout.Point(x, y);
    }

    /** Whether the diagram shown is an edit's, its concepts where the screen showed them before it. */
    public boolean diagramKeepsTheMap() {
        return shown != null && shown.keptFor() != null;
    }

    /** Lays what is visible out afresh, as if opened so: edits kept their concepts in place, moved ones are freed. */
    public void layOutAgain() {
        forgetMovedConcepts();
        keptViews.clear();
        relayout();
    }

    /** Shows a taxonomy that has no file yet (File → New), as opening a new file would. */
    public void showNew(Taxonomy t, String name) {
        accept(null, new LoadResult(name, t, java.util.List.of(), 0));
    }

    /** Where the taxonomy on screen now lives, after Save As or File → New; null for one not yet saved. */
    public void setFile(Path path) {
        file.set(path);
        watched.set(path);
        failedPath = null;
    }

    // ---- selection, focus, filters

    public void select(String id) {
        Taxonomy t = taxonomy.get();
        selected.set(t != null && id != null && t.concept(id).isPresent() ? id : null);
    }

    /** Shows only the neighbourhood of a concept; {@link #back()} returns to the view before. */
    public void focus(String id, int depth) {
        if (taxonomy.get() == null || taxonomy.get().concept(id).isEmpty()) {
            return;
        }
        focusHistory.push(filter.get());
        select(id);
        filter.set(filter.get().withFocus(id, depth));
    }

    public ViewState viewState() {
        return new ViewState(filter.get(), layoutKind.get(), selected.get(), java.util.List.copyOf(focusHistory));
    }

    /** Puts a view back as {@link #viewState()} found it, laid out once. */
    public void restore(ViewState state) {
        applying = true;
        try {
            layoutKind.set(state.layout());
            filter.set(state.filter());
            focusHistory.clear();
            focusHistory.addAll(state.history());
            select(state.selected());
        } finally {
            applying = false;
        }
        refreshVisible();
    }

    public boolean canGoBack() {
        return !focusHistory.isEmpty();
    }

    public void back() {
        if (!focusHistory.isEmpty()) {
            filter.set(focusHistory.pop());
        }
    }

    public void clearFocus() {
        focusHistory.clear();
        filter.set(filter.get().withFocus(null, 1));
    }

    public void setKindVisible(String kind, boolean shown) {
        Set<String> hidden = new HashSet<>(filter.get().hiddenKinds());
        if (shown) {
            hidden.remove(kind);
        } else {
            hidden.add(kind);
        }
        filter.set(filter.get().withHiddenKinds(hidden));
    }

    public void setRelationTypeVisible(String type, boolean shown) {
        Set<String> hidden = new HashSet<>(filter.get().hiddenRelationTypes());
        if (shown) {
            hidden.remove(type);
        } else {
            hidden.add(type);
        }
        filter.set(filter.get().withHiddenRelationTypes(hidden));
    }

    /** Shows only what one source says, or everything with {@code null}. */
    public void setOnlySource(String source) {
        filter.set(filter.get().withOnlySource(source));
    }

    public void toggleCollapsed(String id) {
        Set<String> collapsed = new HashSet<>(filter.get().collapsed());
        if (!collapsed.remove(id)) {
            collapsed.add(id);
        }
        filter.set(filter.get().withCollapsed(collapsed));
    }

    /**
     * The taxonomy's overview for a projector: the concepts of its hierarchy (PSO and its kinds of
     * operation, in the default taxonomy), few enough to read from the back of the room; the whole
     * taxonomy when it has no hierarchy to speak of.
     */
    public java.util.Set<String> overviewConcepts() {
        Taxonomy t = taxonomy.get();
        if (t == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> ids = hierarchyConcepts(t);
        return ids.size() >= 3 ? ids : java.util.Set.of();
    }

    public void resetFilters() {
        focusHistory.clear();
        filter.set(ViewFilter.NONE);
    }

    // ---- properties

    public ReadOnlyObjectProperty<Taxonomy> taxonomyProperty() {
        return taxonomy.getReadOnlyProperty();
    }

    public Taxonomy getTaxonomy() {
        return taxonomy.get();
    }

    public ReadOnlyObjectProperty<TaxonomyGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisibleGraph> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /**
     * Stops a load, a layout or a drawing still running (the Cancel beside the busy indicator): what is
     * on screen stays, a result that arrives late is not drawn, and a later resize redraws what is on
     * screen, not the layout given up.
     */
    public void cancelWork() {
        tasks.cancel(TaskRunner.Lane.LOAD);
        tasks.cancel(TaskRunner.Lane.LAYOUT);
        tasks.cancel(TaskRunner.Lane.DRAW);
        layoutGeneration++;
        drawGeneration++;
        drawRunning = false;
        source = shown;
        laidOut = shown == null ? null : shown.laidOut();
        computed = shown == null || shown.spread() ? null : shown.layout();
        loading.set(false);
        layingOut.set(false);
        drawing.set(false);
    }

    /** Whether a load, a layout or a drawing is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the window waits for now (the first of reading, laying out and drawing under way); null when idle. */
    public ReadOnlyObjectProperty<Work> workProperty() {
        return work.getReadOnlyProperty();
    }

    /** Whether a file is being read: what the explorer shows until then is the previous taxonomy. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    public ObjectProperty<ViewFilter> filterProperty() {
        return filter;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    /** Errors of the last file that failed to load (empty after a successful load). */
    public ObservableList<Problem> errors() {
        return errors;
    }

    /** Warnings of the taxonomy on screen. */
    public ObservableList<Problem> warnings() {
        return warnings;
    }

    /** The file whose changes on disk should reload the view: the open one, or the one being corrected. */
    public ReadOnlyObjectProperty<Path> watchedFileProperty() {
        return watched.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> failedFileProperty() {
        return failedFile.getReadOnlyProperty();
    }

    /** The label of a concept in the current language. */
    public String label(String id) {
        Taxonomy t = taxonomy.get();
        return t == null ? id : t.concept(id).map(c -> t.text(c.label(), language.get())).orElse(id);
    }
}
