package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.Taxonomy;

/** The explorer's state and commands, driven without a window and with synchronous background work. */
class ExplorerViewModelTest {

    /** A taxonomy that is nearly all one hierarchy, in English only. */
    static final String HIERARCHY = """
            {
              "format": "pso-taxonomy/1",
              "title": "A hierarchy",
              "defaultLanguage": "en",
              "sources": [{"id": "s", "type": "report", "title": "Report", "author": "Author", "year": 2000}],
              "kinds": [{"id": "op", "label": "Operation"}, {"id": "actor", "label": "Actor", "shape": "rectangle"}],
              "relationTypes": [
                {"id": "kind-of", "label": "is a kind of", "inverseLabel": "has kind", "directed": true, "hierarchical": true},
                {"id": "conducts", "label": "conducts", "directed": true, "hierarchical": false}
              ],
              "concepts": [
                {"id": "root", "kind": "op", "label": "Root operations", "definition": "The top."},
                {"id": "a", "kind": "op", "label": "Operation A", "definition": "A."},
                {"id": "b", "kind": "op", "label": "Operation B", "definition": "B."},
                {"id": "a1", "kind": "op", "label": "Operation A one", "definition": "A1."},
                {"id": "a2", "kind": "op", "label": "Operation A two", "definition": "A2."},
                {"id": "b1", "kind": "op", "label": "Operation B one", "definition": "B1."},
                {"id": "agency", "kind": "actor", "label": "Agency", "definition": "Does things."}
              ],
              "relations": [
                {"from": "a", "type": "kind-of", "to": "root", "sources": ["s"]},
                {"from": "b", "type": "kind-of", "to": "root"},
                {"from": "a1", "type": "kind-of", "to": "a"},
                {"from": "a2", "type": "kind-of", "to": "a"},
                {"from": "b1", "type": "kind-of", "to": "b"},
                {"from": "agency", "type": "conducts", "to": "a1"}
              ]
            }
            """;

    /** A small taxonomy written in French only. */
    static final String FRENCH = """
            {
              "format": "pso-taxonomy/1",
              "title": "Une taxonomie",
              "defaultLanguage": "fr",
              "kinds": [{"id": "op", "label": "Opération"}],
              "relationTypes": [{"id": "suit", "label": "suit", "directed": true, "hierarchical": false}],
              "concepts": [
                {"id": "maintien", "kind": "op", "label": "Maintien de la paix", "definition": "Maintenir."},
                {"id": "consolidation", "kind": "op", "label": "Consolidation de la paix", "definition": "Consolider."}
              ],
              "relations": [{"from": "consolidation", "type": "suit", "to": "maintien"}]
            }
            """;

    @TempDir
    Path dir;

    private ExplorerViewModel vm;

    @BeforeEach
    void openTheDefault() {
        vm = new ExplorerViewModel(TaskRunner.immediate());
        vm.openDefault();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Point> positions(Diagram d) {
        Map<String, Point> at = new LinkedHashMap<>();
        d.nodes().forEach(n -> at.put(n.id(), new Point(n.x(), n.y())));
        return at;
    }

    private static DiagramNode node(Diagram d, String id) {
        return d.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- export

    /**
     * The current view exported: the picture on screen at the names' own size. The screen's
     * layout is spread so that names enlarged to 14 px fit the window (the force layout of the
     * built-in taxonomy became 14,771 × 7,935 at 1×, a PNG over 32,000 pixels wide at 2×: refused).
     */
    @Test
    void theCurrentViewExportsAtItsNamesSizeInTheArrangementOnScreen() {
        vm.setCanvasSize(895, 612);
        vm.setMinLabelPx(14);
        vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.FORCE);
        Diagram onScreen = vm.diagramProperty().get();
        Diagram exported = vm.exportScene(false, org.psoexplorer.diagram.Highlight.NONE, "PSO").diagram();

        assertThat(exported.width() * 2).as("PNG width at 2x").isLessThan(org.psoexplorer.export.PngExporter.MAX_SIDE / 4.0);
        assertThat(exported.height() * 2).as("PNG height at 2x").isLessThan(org.psoexplorer.export.PngExporter.MAX_SIDE / 4.0);
        assertThat(exported.nodes()).hasSameSizeAs(onScreen.nodes());
        // The same arrangement: of every two concepts, the one left (above) on screen is left (above) in the file.
        Map<String, Point> a = positions(onScreen);
        Map<String, Point> b = positions(exported);
        List<String> ids = new ArrayList<>(a.keySet());
        int pairs = 0;
        int agree = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Point pi = a.get(ids.get(i));
                Point pj = a.get(ids.get(j));
                Point qi = b.get(ids.get(i));
                Point qj = b.get(ids.get(j));
                pairs += 2;
                agree += Math.signum(pi.x() - pj.x()) == Math.signum(qi.x() - qj.x()) ? 1 : 0;
                agree += Math.signum(pi.y() - pj.y()) == Math.signum(qi.y() - qj.y()) ? 1 : 0;
            }
        }
        assertThat((double) agree / pairs).as("pairs in the same order").isEqualTo(1.0);
        // The screen's shape, for a slide: not the taller arrangement the layout had before spreading.
        assertThat(exported.width() / exported.height()).as("width / height")
                .isCloseTo(onScreen.width() / onScreen.height(), within(0.15));
        List<DiagramNode> n = exported.nodes();
        for (int i = 0; i < n.size(); i++) {
            for (int j = i + 1; j < n.size(); j++) {
                DiagramNode p = n.get(i);
                DiagramNode q = n.get(j);
                boolean apart = Math.abs(p.x() - q.x()) >= (p.width() + q.width()) / 2
                        || Math.abs(p.y() - q.y()) >= (p.height() + q.height()) / 2;
                assertThat(apart).as("%s and %s apart", p.id(), q.id()).isTrue();
            }
        }
    }

    /**
     * A view whose names the screen draws near their own size (a neighbourhood, a Relate answer)
     * exports as laid out on screen: bringing its concepts together would leave its relation names
     * no room on their lines (a Relate answer exported so had its names piled between the boxes).
     */
    @Test
    void aSmallViewExportsAsLaidOutOnScreen() {
        vm.setCanvasSize(895, 612);
        vm.setMinLabelPx(14);
        vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.LAYERED);
        vm.filterProperty().set(vm.filterProperty().get().withFocus("peacekeeping", 1));
        Diagram onScreen = vm.diagramProperty().get();
        Diagram exported = vm.exportScene(false, org.psoexplorer.diagram.Highlight.NONE, "PSO").diagram();

        assertThat(onScreen.nodes().size()).as("concepts in the neighbourhood").isBetween(3, 30);
        assertThat(positions(exported)).isEqualTo(positions(onScreen));
    }

    // ---- loading

    @Test
    void theDefaultTaxonomyOpensWithADiagram() {
        assertThat(vm.getTaxonomy()).isNotNull();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.diagramProperty().get().nodes()).hasSize(vm.getTaxonomy().concepts().size());
        assertThat(vm.label("peacekeeping")).isEqualTo("Peacekeeping");
    }

    @Test
    void aBadFileKeepsThePreviousTaxonomyAndListsItsErrors() throws IOException {
        Taxonomy before = vm.getTaxonomy();
        Diagram diagramBefore = vm.diagramProperty().get();
        Path bad = write("bad.json", "{\"format\": \"pso-taxonomy/1\", \"title\": \"Broken\", \"concepts\": [");

        vm.open(bad);

        assertThat(vm.getTaxonomy()).isSameAs(before);
        assertThat(vm.diagramProperty().get()).isSameAs(diagramBefore);
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.errors()).isNotEmpty();
        assertThat(vm.errors()).allMatch(p -> p.isError());
        assertThat(vm.failedFileProperty().get()).isEqualTo(bad.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aMissingFileIsAnErrorToo() {
        Taxonomy before = vm.getTaxonomy();

        vm.open(dir.resolve("nowhere.json"));

        assertThat(vm.getTaxonomy()).isSameAs(before);
        assertThat(vm.errors()).hasSize(1);
    }

    @Test
    void aGoodFileAfterABadOneClearsTheErrors() throws IOException {
        vm.open(write("bad.json", "not json at all"));
        assertThat(vm.errors()).isNotEmpty();
        Path good = write("good.json", HIERARCHY);

        vm.open(good);

        assertThat(vm.errors()).isEmpty();
        assertThat(vm.failedFileProperty().get()).isNull();
        assertThat(vm.fileProperty().get()).isEqualTo(good);
        assertThat(vm.getTaxonomy().concept("a1")).isPresent();
        assertThat(vm.diagramProperty().get().nodes()).extracting(DiagramNode::id)
                .containsExactlyInAnyOrder("root", "a", "b", "a1", "a2", "b1", "agency");
        // Its lone-concept and no-quote remarks are warnings, kept apart from errors.
        assertThat(vm.warnings()).isNotEmpty().noneMatch(p -> p.isError());
    }

    @Test
    void openingAnotherFileStartsAFreshView() throws IOException {
        vm.setKindVisible("actor", false);
        vm.focus("peacekeeping", 2);

        vm.open(write("h.json", HIERARCHY));

        assertThat(vm.filterProperty().get()).isEqualTo(ViewFilter.NONE);
        assertThat(vm.canGoBack()).isFalse();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void reloadingTheSameFileKeepsTheViewAndShowsTheChange() throws IOException {
        Path file = write("h.json", HIERARCHY);
        vm.open(file);
        vm.setKindVisible("actor", false);
        vm.select("a");

        Files.writeString(file, HIERARCHY.replace("\"label\": \"Operation A\"", "\"label\": \"Operation Alpha\""));
        vm.reload();

        assertThat(vm.filterProperty().get().hiddenKinds()).containsExactly("actor");
        assertThat(vm.selectedProperty().get()).isEqualTo("a");
        assertThat(node(vm.diagramProperty().get(), "a").label()).isEqualTo("Operation Alpha");
        assertThat(vm.visibleProperty().get().contains("agency")).isFalse();
    }

    @Test
    void aFileBrokenWhileOpenStaysOnScreenUntilItIsMended() throws IOException {
        Path file = write("h.json", HIERARCHY);
        vm.open(file);
        Taxonomy good = vm.getTaxonomy();

        Files.writeString(file, HIERARCHY.replace("\"to\": \"root\"", "\"to\": \"nowhere\""));
        vm.reload();
        assertThat(vm.getTaxonomy()).isSameAs(good);
        assertThat(vm.errors()).isNotEmpty();
        assertThat(vm.failedFileProperty().get()).isEqualTo(file.toString());

        Files.writeString(file, HIERARCHY);
        vm.reload();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.getTaxonomy()).isNotSameAs(good);
    }

    @Test
    void aNewFileThatFailedIsTheOneReloadedAndWatchedWhileTheUserMendsIt() throws IOException {
        Path good = write("good.json", HIERARCHY);
        vm.open(good);
        Path mine = write("mine.json", HIERARCHY.replace("\"to\": \"root\"", "\"to\": \"nowhere\""));

        vm.open(mine);
        assertThat(vm.fileProperty().get()).isEqualTo(good);
        assertThat(vm.watchedFileProperty().get()).isEqualTo(mine);

        Files.writeString(mine, HIERARCHY.replace("\"label\": \"Operation A\"", "\"label\": \"Mended\""));
        vm.reload();

        assertThat(vm.errors()).isEmpty();
        assertThat(vm.fileProperty().get()).isEqualTo(mine);
        assertThat(vm.watchedFileProperty().get()).isEqualTo(mine);
        assertThat(node(vm.diagramProperty().get(), "a").label()).isEqualTo("Mended");
    }

    // ---- focus and filters

    @Test
    void focusShowsTheNeighbourhoodAndBackRestoresThePreviousFilter() {
        vm.setKindVisible("critique", false);
        ViewFilter before = vm.filterProperty().get();
        int allVisible = vm.visibleProperty().get().concepts().size();

        vm.focus("peacekeeping", 1);

        assertThat(vm.filterProperty().get().focus()).isEqualTo("peacekeeping");
        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
        assertThat(vm.visibleProperty().get().concepts()).contains("peacekeeping", "pso")
                .hasSizeLessThan(allVisible);
        assertThat(vm.diagramProperty().get().nodes()).hasSize(vm.visibleProperty().get().concepts().size());
        assertThat(vm.canGoBack()).isTrue();

        vm.back();

        assertThat(vm.filterProperty().get()).isEqualTo(before);
        assertThat(vm.visibleProperty().get().concepts()).hasSize(allVisible);
        assertThat(vm.canGoBack()).isFalse();
    }

    @Test
    void backUnwindsNestedFocusOneStepAtATime() {
        vm.focus("peacekeeping", 1);
        ViewFilter onPeacekeeping = vm.filterProperty().get();
        vm.focus("pso", 2);

        vm.back();
        assertThat(vm.filterProperty().get()).isEqualTo(onPeacekeeping);
        vm.back();
        assertThat(vm.filterProperty().get()).isEqualTo(ViewFilter.NONE);
        vm.back();
        assertThat(vm.filterProperty().get()).isEqualTo(ViewFilter.NONE);
    }

    @Test
    void focusOnAnUnknownConceptChangesNothing() {
        vm.focus("no-such-concept", 2);

        assertThat(vm.filterProperty().get()).isEqualTo(ViewFilter.NONE);
        assertThat(vm.canGoBack()).isFalse();
    }

    @Test
    void hidingAKindRemovesItsConceptsFromTheDiagram() {
        Taxonomy t = vm.getTaxonomy();
        long actors = t.concepts().stream().filter(c -> c.kind().equals("actor")).count();
        assertThat(actors).isPositive();

        vm.setKindVisible("actor", false);

        Diagram d = vm.diagramProperty().get();
        assertThat(d.nodes()).noneMatch(n -> n.kind().equals("actor"));
        assertThat(d.nodes()).hasSize(t.concepts().size() - (int) actors);
        assertThat(vm.visibleProperty().get().hiddenConcepts()).isEqualTo((int) actors);
        assertThat(d.legend()).noneMatch(item -> item.id().equals("actor"));
        assertThat(d.edges()).allMatch(e -> !t.concept(e.from()).orElseThrow().kind().equals("actor")
                && !t.concept(e.to()).orElseThrow().kind().equals("actor"));

        vm.setKindVisible("actor", true);

        assertThat(vm.diagramProperty().get().nodes()).hasSize(t.concepts().size());
        assertThat(vm.filterProperty().get().isActive()).isFalse();
    }

    @Test
    void resetFiltersShowsEverythingAndForgetsHistory() {
        vm.setRelationTypeVisible("kind-of", false);
        vm.focus("peacekeeping", 2);
        vm.toggleCollapsed("pso");

        vm.resetFilters();

        assertThat(vm.filterProperty().get()).isEqualTo(ViewFilter.NONE);
        assertThat(vm.canGoBack()).isFalse();
        assertThat(vm.diagramProperty().get().edges()).hasSize(vm.getTaxonomy().relations().size());
    }

    @Test
    void collapsingTwiceExpandsAgain() {
        vm.toggleCollapsed("pso");
        assertThat(vm.visibleProperty().get().contains("peacekeeping")).isFalse();
        assertThat(vm.visibleProperty().get().contains("pso")).isTrue();

        vm.toggleCollapsed("pso");
        assertThat(vm.visibleProperty().get().contains("peacekeeping")).isTrue();
        assertThat(vm.filterProperty().get().collapsed()).isEmpty();
    }

    // ---- layout

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void everyLayoutGivesADiagramWithoutOverlaps(LayoutKind kind) {
        Layout before = vm.layoutProperty().get();
        vm.select("peacekeeping");

        vm.layoutKindProperty().set(kind);

        Layout after = vm.layoutProperty().get();
        assertThat(after).isNotNull();
        assertThat(after.hasOverlaps()).as("%s overlaps: %s", kind, after.overlaps()).isFalse();
        assertThat(after.nodes().keySet()).containsExactlyInAnyOrderElementsOf(vm.visibleProperty().get().concepts());
        assertThat(vm.diagramProperty().get().nodes()).hasSize(after.nodes().size());
        if (kind != LayoutKind.FORCE) {
            // The default taxonomy opens with the force layout, so anything else must have moved things.
            assertThat(after).isNotEqualTo(before);
        }
    }

    @Test
    void aFilterChangeIsLaidOutAfreshWithoutOverlaps() {
        vm.layoutKindProperty().set(LayoutKind.LAYERED);

        vm.focus("pso", 2);

        Layout l = vm.layoutProperty().get();
        assertThat(l.nodes().keySet()).containsExactlyInAnyOrderElementsOf(vm.visibleProperty().get().concepts());
        assertThat(l.hasOverlaps()).isFalse();
    }

    @Test
    void movingAConceptPinsItAndLeavesTheOthersAlone() {
        Diagram before = vm.diagramProperty().get();
        Map<String, Point> was = positions(before);
        Point old = was.get("peacekeeping");

        vm.moveConcept("peacekeeping", old.x() + 210, old.y() - 130);

        Diagram after = vm.diagramProperty().get();
        Map<String, Point> now = positions(after);
        assertThat(now.get("peacekeeping")).isEqualTo(new Point(old.x() + 210, old.y() - 130));
        was.remove("peacekeeping");
        now.remove("peacekeeping");
        assertThat(now).isEqualTo(was);
        assertThat(vm.isPinned("peacekeeping")).isTrue();
        assertThat(vm.isPinned("pso")).isFalse();
        // Its relations follow it: they now end on its new box.
        DiagramNode moved = node(after, "peacekeeping");
        for (DiagramEdge e : after.edges()) {
            if (e.to().equals("peacekeeping")) {
                Point end = e.points().get(e.points().size() - 1);
                double level = Math.max(Math.abs(end.x() - moved.x()) / (moved.width() / 2),
                        Math.abs(end.y() - moved.y()) / (moved.height() / 2));
                assertThat(level).isCloseTo(1, within(1e-6));
            }
        }
    }

    @Test
    void aPinnedConceptStaysThroughARelayoutButNotAChangeOfLayout() {
        Point old = positions(vm.diagramProperty().get()).get("peacekeeping");
        Point pin = new Point(old.x() + 100, old.y() + 100);
        vm.moveConcept("peacekeeping", pin.x(), pin.y());

        vm.languageProperty().set("fr");
        assertThat(positions(vm.diagramProperty().get()).get("peacekeeping")).isEqualTo(pin);

        vm.layoutKindProperty().set(LayoutKind.CIRCULAR);
        assertThat(vm.isPinned("peacekeeping")).isFalse();
        assertThat(positions(vm.diagramProperty().get()).get("peacekeeping"))
                .isEqualTo(new Point(vm.layoutProperty().get().node("peacekeeping").x(),
                        vm.layoutProperty().get().node("peacekeeping").y()));
    }

    /**
     * A lecturer arranges the force layout by hand, shows the hierarchy in layers, and comes back:
     * the concepts moved are where they were put (they were laid out afresh, the hand's work lost).
     */
    @Test
    void conceptsMovedByHandComeBackWithTheirLayout() {
        Point old = positions(vm.diagramProperty().get()).get("peacekeeping");
        Point pin = new Point(old.x() + 100, old.y() + 100);
        vm.moveConcept("peacekeeping", pin.x(), pin.y());

        vm.layoutKindProperty().set(LayoutKind.LAYERED);
        assertThat(vm.isPinned("peacekeeping")).as("not moved in layers").isFalse();
        vm.layoutKindProperty().set(LayoutKind.FORCE);

        assertThat(vm.isPinned("peacekeeping")).isTrue();
        assertThat(positions(vm.diagramProperty().get()).get("peacekeeping")).isEqualTo(pin);

        vm.layoutKindProperty().set(LayoutKind.LAYERED);
        vm.layOutAgain();
        vm.layoutKindProperty().set(LayoutKind.FORCE);
        assertThat(vm.isPinned("peacekeeping")).as("laid out again: the hand's places forgotten").isFalse();
    }

    @Test
    void aPinnedConceptKeepsItsPlaceButTakesTheSizeOfItsNewLabel() {
        Point old = positions(vm.diagramProperty().get()).get("peacekeeping");
        vm.moveConcept("peacekeeping", old.x() + 100, old.y() + 100);

        // "Maintien de la paix" is wider than "Peacekeeping": the box must grow with it.
        vm.languageProperty().set("fr");

        DiagramNode pinned = node(vm.diagramProperty().get(), "peacekeeping");
        var laidOut = vm.layoutProperty().get().node("peacekeeping");
        assertThat(new Point(pinned.x(), pinned.y())).isEqualTo(new Point(old.x() + 100, old.y() + 100));
        assertThat(pinned.width()).isEqualTo(laidOut.width());
        assertThat(pinned.height()).isEqualTo(laidOut.height());
    }

    @Test
    void movingAnUnknownOrHiddenConceptDoesNothing() {
        vm.setKindVisible("actor", false);
        String actor = vm.getTaxonomy().concepts().stream().filter(c -> c.kind().equals("actor")).findFirst()
                .orElseThrow().id();
        Diagram before = vm.diagramProperty().get();

        vm.moveConcept(actor, 10, 10);
        vm.moveConcept("no-such-concept", 10, 10);

        assertThat(vm.diagramProperty().get()).isSameAs(before);
        assertThat(vm.isPinned(actor)).isFalse();
    }

    @Test
    void bestLayoutIsForceForTheDefaultTaxonomyAndLayeredForAHierarchy() throws IOException {
        assertThat(ExplorerViewModel.bestLayout(TaxonomyLoader.defaultTaxonomy())).isEqualTo(LayoutKind.FORCE);
        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.FORCE);
        Taxonomy hierarchy = new TaxonomyLoader().load("h.json",
                new ByteArrayInputStream(HIERARCHY.getBytes(StandardCharsets.UTF_8))).taxonomy().orElseThrow();
        assertThat(ExplorerViewModel.bestLayout(hierarchy)).isEqualTo(LayoutKind.LAYERED);

        vm.open(write("h.json", HIERARCHY));

        assertThat(vm.layoutKindProperty().get()).isEqualTo(LayoutKind.LAYERED);
    }

    // ---- language

    @Test
    void theLanguageFallsBackToTheTaxonomysDefaultWhenAbsent() throws IOException {
        vm.languageProperty().set("fr");
        assertThat(vm.label("peacekeeping")).isEqualTo("Maintien de la paix");

        vm.open(write("h.json", HIERARCHY));
        assertThat(vm.languageProperty().get()).isEqualTo("en");

        vm.open(write("fr.json", FRENCH));
        assertThat(vm.languageProperty().get()).isEqualTo("fr");
        assertThat(node(vm.diagramProperty().get(), "maintien").label()).isEqualTo("Maintien de la paix");
        assertThat(vm.diagramProperty().get().title()).isEqualTo("Une taxonomie");
    }

    @Test
    void aLanguageTheTaxonomyHasIsKept() throws IOException {
        vm.open(write("fr.json", FRENCH));
        assertThat(vm.languageProperty().get()).isEqualTo("fr");

        vm.openDefault();

        assertThat(vm.languageProperty().get()).isEqualTo("fr");
        assertThat(vm.label("peacebuilding")).isEqualTo("Consolidation de la paix");
    }

    @Test
    void changingTheLanguageRedrawsTheLabels() {
        vm.languageProperty().set("fr");

        assertThat(node(vm.diagramProperty().get(), "peacekeeping").label()).isEqualTo("Maintien de la paix");
        assertThat(vm.diagramProperty().get().title()).startsWith("Opérations de soutien de la paix");
    }

    // ---- background work that is still running

    /** Holds background work until the test lets it run, as a slow layout on the real worker thread would. */
    static final class HeldTasks implements TaskRunner {
        private record Held(Lane lane, Runnable run) {
        }

        private final Deque<Held> pending = new ArrayDeque<>();
        /** The lane of every piece of work asked for, in order. */
        final List<Lane> asked = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            run(Lane.OTHER, work, onDone, onFailure);
        }

        @Override
        public <T> void run(Lane lane, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
            asked.add(lane);
            pending.add(new Held(lane, () -> TaskRunner.immediate().run(work, onDone, onFailure)));
        }

        void runNext() {
            pending.poll().run().run();
        }

        /** Lets the first work waiting in {@code lane} finish, the others still held. */
        void runNext(Lane lane) {
            Held h = pending.stream().filter(w -> w.lane() == lane).findFirst().orElseThrow();
            pending.remove(h);
            h.run().run();
        }

        long asked(Lane lane) {
            return asked.stream().filter(l -> l == lane).count();
        }

        boolean idle() {
            return pending.isEmpty();
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.poll().run().run();
            }
        }
    }

    @Test
    void draggingWhileANewLayoutIsBeingComputedKeepsTheDiagramConsistent() {
        HeldTasks tasks = new HeldTasks();
        ExplorerViewModel held = new ExplorerViewModel(tasks);
        held.openDefault();
        tasks.runAll();
        held.setKindVisible("actor", false);
        tasks.runAll();
        Diagram shown = held.diagramProperty().get();
        Point old = positions(shown).get("peacekeeping");

        // Actors come back; their layout is still being computed when the user drags a concept.
        held.setKindVisible("actor", true);
        assertThat(held.busyProperty().get()).isTrue();
        held.moveConcept("peacekeeping", old.x() + 50, old.y() + 50);
        // The move is drawn on its own worker, while the layout still runs.
        tasks.runNext(TaskRunner.Lane.DRAW);

        // The diagram on screen stays the one its layout was made for, with the concept moved.
        Diagram during = held.diagramProperty().get();
        assertThat(during.nodes()).extracting(DiagramNode::id)
                .containsExactlyElementsOf(shown.nodes().stream().map(DiagramNode::id).toList());
        assertThat(positions(during).get("peacekeeping")).isEqualTo(new Point(old.x() + 50, old.y() + 50));

        tasks.runAll();

        Diagram after = held.diagramProperty().get();
        assertThat(after.nodes()).hasSize(held.getTaxonomy().concepts().size());
        assertThat(held.busyProperty().get()).isFalse();
        assertThat(positions(after).get("peacekeeping")).isEqualTo(new Point(old.x() + 50, old.y() + 50));
    }

    @Test
    void onlyTheLatestLayoutIsShown() {
        HeldTasks tasks = new HeldTasks();
        ExplorerViewModel held = new ExplorerViewModel(tasks);
        held.openDefault();
        tasks.runAll();

        held.layoutKindProperty().set(LayoutKind.CIRCULAR);
        held.focus("pso", 1);
        tasks.runAll();

        assertThat(held.diagramProperty().get().nodes()).extracting(DiagramNode::id)
                .containsExactlyInAnyOrderElementsOf(held.visibleProperty().get().concepts());
        assertThat(held.visibleProperty().get().concepts()).hasSizeLessThan(held.getTaxonomy().concepts().size());
        assertThat(held.busyProperty().get()).isFalse();
    }

    @Test
    void busyStaysOnUntilTheLatestRequestIsDone() throws IOException {
        HeldTasks tasks = new HeldTasks();
        ExplorerViewModel held = new ExplorerViewModel(tasks);
        held.openDefault();
        tasks.runAll();
        held.languageProperty().set("fr");
        tasks.runAll();

        // Opening a file queues several layouts (new language, new layout kind, new view); whatever
        // becomes of the superseded ones, the window is busy until the last one is in.
        held.open(write("h.json", HIERARCHY));
        tasks.runNext();
        while (!tasks.idle()) {
            assertThat(held.busyProperty().get()).isTrue();
            tasks.runNext();
        }
        assertThat(held.busyProperty().get()).isFalse();
        assertThat(held.diagramProperty().get().nodes()).hasSize(7);
    }

    @Test
    void selectingIgnoresUnknownConcepts() {
        vm.select("pso");
        assertThat(vm.selectedProperty().get()).isEqualTo("pso");

        vm.select("no-such-concept");
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void labelsFallBackToTheId() {
        assertThat(vm.label("no-such-concept")).isEqualTo("no-such-concept");
        assertThat(new ExplorerViewModel(TaskRunner.immediate()).label("pso")).isEqualTo("pso");
    }
}
