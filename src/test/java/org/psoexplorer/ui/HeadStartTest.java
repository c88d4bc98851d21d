package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/** The taxonomy read and laid out before the window serves the window's first requests, and only those. */
class HeadStartTest {

    private final HeadStart early = HeadStart.begin(null, () -> new TaxonomyLoader().loadDefault(), "fr");

    @Test
    void theOpeningViewGetsTheEarlyLoadGraphAndLayoutOnce() {
        LoadResult loaded = early.load(null, () -> {
            throw new AssertionError("read again");
        }).get();
        Taxonomy t = loaded.taxonomyOrNull();
        TaxonomyGraph g = early.graph(t);
        assertThat(early.graph(t)).isSameAs(g);
        VisibleGraph all = VisibleGraph.of(g, ViewFilter.NONE);
        LayoutKind kind = ExplorerViewModel.bestLayout(t);

        Layout layout = early.layout(g, all, kind, "fr", LayoutOptions.defaults());

        assertThat(layout).isNotNull();
        assertThat(layout.nodes().keySet()).containsExactlyInAnyOrderElementsOf(all.concepts());
        assertThat(early.layout(g, all, kind, "fr", LayoutOptions.defaults())).as("asked again").isNull();
        assertThat(early.load(null, () -> loaded).get()).as("read again: the file may have changed").isSameAs(loaded);
    }

    @Test
    void anyOtherRequestIsLeftToTheExplorer() {
        Taxonomy t = early.load(null, () -> null).get().taxonomyOrNull();
        TaxonomyGraph g = early.graph(t);
        VisibleGraph all = VisibleGraph.of(g, ViewFilter.NONE);
        LayoutKind kind = ExplorerViewModel.bestLayout(t);
        LayoutKind other = kind == LayoutKind.LAYERED ? LayoutKind.FORCE : LayoutKind.LAYERED;

        assertThat(early.layout(g, all, kind, "en", LayoutOptions.defaults())).as("another language").isNull();
        assertThat(early.layout(g, all, other, "fr", LayoutOptions.defaults())).as("another layout").isNull();
        assertThat(early.layout(g, all, kind, "fr", LayoutOptions.defaults().withCentre("pso"))).as("centred").isNull();
        assertThat(early.layout(new TaxonomyGraph(t), all, kind, "fr", LayoutOptions.defaults())).as("another graph").isNull();
        assertThat(early.graph(TaxonomyLoader.defaultTaxonomy())).as("another taxonomy").isNotSameAs(g);
        assertThat(early.layout(g, all, kind, "fr", LayoutOptions.defaults())).as("the opening view").isNotNull();
    }

    @Test
    void aFileOtherThanTheOneReadEarlyIsReadAsUsual() {
        LoadResult usual = new TaxonomyLoader().load(Path.of("taxonomy/examples/minimal.json"));
        assertThat(early.load(Path.of("taxonomy/examples/minimal.json"), () -> usual).get()).isSameAs(usual);
    }

    @Test
    void anEarlyReadThatFailsFailsTheLoadThatUsesIt() {
        HeadStart failing = HeadStart.begin(null, () -> {
            throw new IllegalStateException("disk gone");
        }, null);

        assertThatThrownBy(() -> failing.load(null, () -> null).get()).isInstanceOf(IllegalStateException.class)
                .hasMessage("disk gone");
    }

    @Test
    void withoutAHeadStartEverythingIsComputedAsUsual() {
        LoadResult usual = new TaxonomyLoader().loadDefault();
        Taxonomy t = usual.taxonomyOrNull();
        TaxonomyGraph g = HeadStart.NONE.graph(t);
        assertThat(HeadStart.NONE.load(null, () -> usual).get()).isSameAs(usual);
        assertThat(HeadStart.NONE.layout(g, VisibleGraph.of(g, ViewFilter.NONE), ExplorerViewModel.bestLayout(t),
                t.defaultLanguage(), LayoutOptions.defaults())).isNull();
    }

    @Test
    void theOpeningViewIsDrawnForTheGraphAreaTheWindowTellsOnce() {
        Taxonomy t = early.load(null, () -> null).get().taxonomyOrNull();
        TaxonomyGraph g = early.graph(t);
        VisibleGraph all = VisibleGraph.of(g, ViewFilter.NONE);
        Layout raw = early.layout(g, all, ExplorerViewModel.bestLayout(t), "fr", LayoutOptions.defaults());
        early.canvasKnown(848, 447, 11.5);

        HeadStart.EarlyDrawing drawn = early.drawing(raw, 848, 447, 11.5);

        assertThat(drawn).isNotNull();
        assertThat(drawn.raw()).isSameAs(raw);
        // What the explorer would have drawn itself for that area: the same spread, every concept, in French.
        Layout spread = org.psoexplorer.layout.LabelRoom.spread(raw, 848, 447,
                11.5 / new org.psoexplorer.diagram.DiagramBuilder().style().fontSize(), LayoutOptions.DEFAULT_MARGIN);
        assertThat(drawn.spread().nodes()).isEqualTo(spread.nodes());
        assertThat(drawn.diagram().nodes()).hasSize(all.concepts().size());
        assertThat(drawn.diagram().title()).isEqualTo(t.text(t.title(), "fr"));
        assertThat(early.drawing(raw, 848, 447, 11.5)).as("asked again").isNull();
    }

    /** The opening view's layout, as the explorer takes it from {@code hs} in French. */
    private static Layout openingLayout(HeadStart hs) {
        Taxonomy t = hs.load(null, () -> null).get().taxonomyOrNull();
        TaxonomyGraph g = hs.graph(t);
        return hs.layout(g, VisibleGraph.of(g, ViewFilter.NONE), ExplorerViewModel.bestLayout(t), "fr",
                LayoutOptions.defaults());
    }

    @Test
    void aDrawingForAnotherGraphAreaOrLabelSizeIsLeftToTheExplorer() {
        Layout raw = openingLayout(early);
        early.canvasKnown(848, 447, 11.5);

        assertThat(early.drawing(raw, 900, 447, 11.5)).as("another area").isNull();
        assertThat(early.drawing(raw, 848, 447, 11.5)).as("then the first one: already left to the explorer").isNull();

        HeadStart other = HeadStart.begin(null, () -> new TaxonomyLoader().loadDefault(), "fr");
        Layout raw2 = openingLayout(other);
        other.canvasKnown(848, 447, 11.5);
        assertThat(other.drawing(raw2, 848, 447, 18)).as("larger labels").isNull();
    }

    @Test
    void aWindowThatNeverToldItsGraphAreaDrawsForItself() {
        HeadStart unread = HeadStart.begin(null, () -> new TaxonomyLoader().loadDefault(), "fr");
        Layout raw = openingLayout(unread);

        assertThat(unread.drawing(raw, 848, 447, 11.5)).isNull();
        assertThat(HeadStart.NONE.drawing(raw, 848, 447, 11.5)).isNull();
    }

    @Test
    void theLegendsKindsAreKnownOnceTheTaxonomyIsRead() {
        Taxonomy t = early.load(null, () -> null).get().taxonomyOrNull();
        TaxonomyGraph g = early.graph(t);
        VisibleGraph all = VisibleGraph.of(g, ViewFilter.NONE);

        assertThat(early.openingKinds()).isEqualTo(org.psoexplorer.diagram.DiagramBuilder.kindLegend(t, all, "fr"));
        assertThat(HeadStart.NONE.openingKinds()).isNull();
    }

    @Test
    void theExplorerShowsTheDrawingMadeEarlyForTheGraphAreaItSettledOn() {
        ExplorerViewModel vm = new ExplorerViewModel(TaskRunner.immediate());
        vm.useHeadStart(early);
        openInFrenchFor848By447(vm);

        assertThat(vm.diagramProperty().get()).isNotNull();
        assertThat(vm.diagramProperty().get().language()).isEqualTo("fr");
        assertThat(early.drawingHandedOut()).isTrue();
    }

    @Test
    void theDrawingMadeEarlyComesPreparedForTheViewOnTheHeadStartsThreadOnce() {
        java.util.List<String> preparedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<org.psoexplorer.diagram.Diagram> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExplorerViewModel vm = new ExplorerViewModel(TaskRunner.immediate());
        vm.useHeadStart(early);
        vm.setDiagramPreparer(d -> {
            preparedOn.add(Thread.currentThread().getName());
            prepared.add(d);
        });
        openInFrenchFor848By447(vm);

        assertThat(early.drawingHandedOut()).isTrue();
        assertThat(prepared).as("prepared once, the diagram shown").containsExactly(vm.diagramProperty().get());
        assertThat(preparedOn).containsExactly("pso-explorer-head-start");
    }

    @Test
    void aPreparerGivenBeforeTheHeadStartStillPreparesItsDrawing() {
        java.util.List<org.psoexplorer.diagram.Diagram> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExplorerViewModel vm = new ExplorerViewModel(TaskRunner.immediate());
        vm.setDiagramPreparer(prepared::add);
        vm.useHeadStart(early);
        openInFrenchFor848By447(vm);

        assertThat(early.drawingHandedOut()).isTrue();
        assertThat(prepared).containsExactly(vm.diagramProperty().get());
    }

    /** Opens the built-in taxonomy in French, the graph area 848 × 447 told first, as the head start was begun for. */
    private static void openInFrenchFor848By447(ExplorerViewModel vm) {
        vm.languageProperty().set("fr");
        vm.setCanvasSize(848, 447);
        vm.graphAreaSettled();
        vm.openDefault();
    }
}
