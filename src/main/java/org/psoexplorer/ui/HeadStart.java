package org.psoexplorer.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LabelRoom;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/**
 * The opening taxonomy read, laid out and drawn on a thread of its own while JavaFX starts and the
 * window is built, so that the graph is ready about when the window first paints rather than a load,
 * a layout and a drawing later. The drawing is spread for the graph area, whose size the window tells
 * as soon as it is first laid out. The explorer asks for each piece once, with what it would have
 * computed itself, and gets the early result only when it was computed for exactly that (same file,
 * graph, filter, layout kind, language, options and graph area); otherwise it does the work as usual.
 * No JavaFX class is touched here: it starts before the toolkit.
 */
public final class HeadStart {

    /** Nothing begun early: every request is computed as usual. */
    public static final HeadStart NONE = new HeadStart();

    private final Path file;
    private final CompletableFuture<LoadResult> loaded;
    private final CompletableFuture<Opening> opening;
    /** The graph area's width and height and its smallest label in pixels, as the window first told them. */
    private final CompletableFuture<double[]> canvas = new CompletableFuture<>();
    private final CompletableFuture<EarlyDrawing> drawing = new CompletableFuture<>();
    private boolean loadTaken;
    private boolean layoutTaken;
    private boolean drawingTaken;
    /** The explorer draws for itself (another graph area, or it asked before this one was told): none is made here. */
    private boolean drawingAbandoned;
    private volatile boolean handedOut;
    /** What the window does to a diagram before showing it (see {@link #prepareWith}); nothing until it says. */
    private volatile java.util.function.Consumer<Diagram> preparer;

    /** A drawing of the early layout, spread for a graph area of {@code width} × {@code height} pixels. */
    record EarlyDrawing(Layout raw, double width, double height, double minLabelPx, Layout spread, Diagram diagram,
                        boolean prepared) {
    }

    /** A typical graph area, drawn for while the window's own is not yet known (to load and compile the code). */
    private static final double TYPICAL_WIDTH = 960;
    private static final double TYPICAL_HEIGHT = 560;

    /** How long the head start waits for the window to tell its graph area before it leaves the drawing to it. */
    private static final long CANVAS_WAIT_SECONDS = 20;

    /** The opening view as the explorer will ask for it: the whole taxonomy, in its best layout. */
    private record Opening(Taxonomy taxonomy, TaxonomyGraph graph, VisibleGraph visible, LayoutKind kind,
                           String language, CompletableFuture<Layout> layout) {
    }

    private HeadStart() {
        file = null;
        loaded = null;
        opening = null;
        loadTaken = true;
        layoutTaken = true;
        drawingTaken = true;
        drawing.complete(null);
    }

    private HeadStart(Path file, Supplier<LoadResult> load, Supplier<String> rememberedLanguage) {
        this.file = file;
        this.loaded = new CompletableFuture<>();
        this.opening = new CompletableFuture<>();
        Thread t = new Thread(() -> run(load, rememberedLanguage), "pso-explorer-head-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Begins reading {@code file} (the built-in taxonomy when null) and laying it out in the language
     * the user last chose. The preferences (an XML file) and the reader's classes are read on this
     * thread too, not on the one that goes on to start JavaFX; the window then finds the
     * preferences already in memory.
     */
    public static HeadStart begin(Path file) {
        Supplier<LoadResult> load = () -> {
            TaxonomyLoader loader = new TaxonomyLoader();
            return file == null ? loader.loadDefault() : loader.load(file);
        };
        return new HeadStart(file, load, () -> {
            UserSettings settings = UserSettings.forUser();
            warmInterfaceWords(settings.uiLocale());
            return settings.language();
        });
    }

    /** For tests: {@code load} stands in for reading the file. */
    static HeadStart begin(Path file, Supplier<LoadResult> load, String rememberedLanguage) {
        return new HeadStart(file, load, () -> rememberedLanguage);
    }

    /**
     * Reads the interface's words for the window's locale into the resource bundles' shared cache,
     * so that the window's first {@link I18n} call finds them read.
     */
    private static void warmInterfaceWords(java.util.Locale chosen) {
        I18n.locale();
        if (chosen != null) {
            java.util.ResourceBundle.getBundle(I18n.BUNDLE, chosen);
        }
    }

    private void run(Supplier<LoadResult> load, Supplier<String> rememberedLanguageSource) {
        String rememberedLanguage;
        LoadResult result;
        try {
            rememberedLanguage = rememberedLanguageSource.get();
        } catch (RuntimeException e) {
            // Unreadable preferences: the window reports nothing either, it starts from the defaults.
            rememberedLanguage = null;
        }
        try {
            result = load.get();
        } catch (RuntimeException | Error e) {
            loaded.completeExceptionally(e);
            opening.complete(null);
            drawing.complete(null);
            return;
        }
        loaded.complete(result);
        Taxonomy t = result.taxonomyOrNull();
        if (t == null) {
            opening.complete(null);
            drawing.complete(null);
            return;
        }
        CompletableFuture<Layout> layout = new CompletableFuture<>();
        try {
            TaxonomyGraph graph = new TaxonomyGraph(t);
            VisibleGraph visible = VisibleGraph.of(graph, ViewFilter.NONE);
            String language = rememberedLanguage != null
                    && (t.languages().contains(rememberedLanguage) || t.defaultLanguage().equals(rememberedLanguage))
                    ? rememberedLanguage : t.defaultLanguage();
            LayoutKind kind = ExplorerViewModel.bestLayout(t);
            opening.complete(new Opening(t, graph, visible, kind, language, layout));
            DiagramBuilder builder = new DiagramBuilder();
            Layout raw = builder.layOut(graph, visible, kind, language, LayoutOptions.defaults());
            layout.complete(raw);
            double minScale = ExplorerViewModel.MIN_LABEL_PX / builder.style().fontSize();
            if (!canvas.isDone()) {
                // Drawn once at a typical size while the window is still being built, the spreading and
                // drawing code is loaded and compiled when the real graph area is known.
                Diagram typical = builder.build(graph, visible, LabelRoom.spread(raw, TYPICAL_WIDTH, TYPICAL_HEIGHT,
                        minScale, LayoutOptions.DEFAULT_MARGIN), language, Highlight.NONE, "");
                warmOverview(typical);
            }
            drawForWindow(builder, t, graph, visible, language, raw);
        } catch (RuntimeException | Error e) {
            // The explorer then lays out for itself, and reports what goes wrong there.
            opening.complete(null);
            layout.completeExceptionally(e);
            drawing.complete(null);
        }
    }

    /** The overview's painting, loaded and compiled before the window's first picture of a large graph needs it. */
    private static void warmOverview(Diagram typical) {
        try {
            org.psoexplorer.ui.graph.OverviewWarmUp.paintOnce(typical, TYPICAL_WIDTH, TYPICAL_HEIGHT,
                    ExplorerViewModel.MIN_LABEL_PX);
        } catch (RuntimeException e) {
            // Only a warm-up: the view paints its own picture, and reports what fails there.
        }
    }

    private void drawForWindow(DiagramBuilder builder, Taxonomy t, TaxonomyGraph graph, VisibleGraph visible,
                               String language, Layout raw) {
        double[] area;
        try {
            area = canvas.get(CANVAS_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            area = null;
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            area = null;
        }
        synchronized (this) {
            if (area == null || drawingAbandoned) {
                drawingAbandoned = true;
                drawing.complete(null);
                return;
            }
        }
        Layout spread = LabelRoom.spread(raw, area[0], area[1], area[2] / builder.style().fontSize(),
                LayoutOptions.DEFAULT_MARGIN);
        Diagram d = builder.build(graph, visible, spread, language, Highlight.NONE, t.text(t.title(), language));
        drawing.complete(new EarlyDrawing(raw, area[0], area[1], area[2], spread, d, prepare(d)));
    }

    /**
     * Has the early drawing prepared for showing here, as the explorer's worker would once it took
     * the drawing: at 5,000 concepts the view's index of it is a tenth of a second that otherwise
     * falls between the drawing and the first frame showing it. The window says this when its view
     * is made, before it tells its graph area.
     */
    void prepareWith(java.util.function.Consumer<Diagram> prepare) {
        if (this != NONE) { // shared by every window that began nothing: it must not hold on to one
            preparer = prepare;
        }
    }

    /** Whether {@code d} was prepared here; false when the window had not said how, or preparing failed. */
    private boolean prepare(Diagram d) {
        java.util.function.Consumer<Diagram> p = preparer;
        if (p == null) {
            return false;
        }
        try {
            p.accept(d);
            return true;
        } catch (RuntimeException e) {
            // The explorer's worker prepares it again, and reports what goes wrong there.
            return false;
        }
    }

    /** The load of {@code path}, the early one the first time it is asked for, else {@code otherwise}. */
    synchronized Supplier<LoadResult> load(Path path, Supplier<LoadResult> otherwise) {
        if (loadTaken || !Objects.equals(path, file)) {
            return otherwise;
        }
        loadTaken = true;
        return () -> {
            try {
                return loaded.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
    }

    /** The graph of {@code t}: the early one when {@code t} is the taxonomy read early. */
    TaxonomyGraph graph(Taxonomy t) {
        Opening o = openingIfRead();
        return o != null && o.taxonomy() == t ? o.graph() : new TaxonomyGraph(t);
    }

    /**
     * The early layout when it was computed for exactly this request, once; null otherwise. Called
     * from a worker thread: it waits for the layout under way.
     */
    Layout layout(TaxonomyGraph g, VisibleGraph v, LayoutKind kind, String language, LayoutOptions options) {
        Opening o;
        synchronized (this) {
            o = layoutTaken ? null : openingIfRead();
            if (o == null || o.graph() != g || o.kind() != kind || !o.language().equals(language)
                    || !options.equals(LayoutOptions.defaults()) || !o.visible().equals(v)) {
                return null;
            }
            layoutTaken = true;
        }
        try {
            return o.layout().join();
        } catch (CompletionException e) {
            return null;
        }
    }

    /**
     * The graph area the window will draw into, the first time it is known: the early layout is
     * spread and drawn for it here. Later sizes are the explorer's business.
     */
    void canvasKnown(double width, double height, double minLabelPx) {
        canvas.complete(new double[] {width, height, minLabelPx});
    }

    /**
     * The early drawing, once, when it was made of {@code raw} for exactly this graph area and label
     * size; null otherwise (and then none is made here). Called from a worker thread: it waits for
     * the drawing under way.
     */
    EarlyDrawing drawing(Layout raw, double width, double height, double minLabelPx) {
        synchronized (this) {
            if (drawingTaken) {
                return null;
            }
            drawingTaken = true;
            double[] area = canvas.getNow(null);
            if (area == null || area[0] != width || area[1] != height || area[2] != minLabelPx) {
                drawingAbandoned = true;
                return null;
            }
        }
        EarlyDrawing d = drawing.join();
        handedOut = d != null && d.raw() == raw;
        return handedOut ? d : null;
    }

    /** Whether the explorer was given the drawing made here (for tests). */
    boolean drawingHandedOut() {
        return handedOut;
    }

    /** The kinds the opening view's legend lists, when the taxonomy has been read by now; null otherwise. */
    java.util.List<LegendItem> openingKinds() {
        Opening o = openingIfRead();
        return o == null ? null : DiagramBuilder.kindLegend(o.taxonomy(), o.visible(), o.language());
    }

    private Opening openingIfRead() {
        return opening == null || !loaded.isDone() ? null : opening.join();
    }
}
