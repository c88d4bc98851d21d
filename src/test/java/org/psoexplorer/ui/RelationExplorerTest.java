package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.graph.ConceptPath;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.relate.RelateViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "How does conflict prevention relate to peacebuilding?", asked in the window. */
@ExtendWith(ApplicationExtension.class)
class RelationExplorerTest {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private ExplorerViewModel vm;
    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1366, 768);
        fixture = f;
        vm = f.vm();
        window = f.window();
    }

    @Test
    void relatingTwoConceptsHighlightsThePathsAndTellsThem(FxRobot robot) {
        robot.interact(() -> vm.setKindVisible("document", false));
        robot.interact(() -> window.relate().relate("conflict-prevention", "peacebuilding"));

        RelateViewModel.Answer answer = window.relate().answerProperty().get();
        assertThat(answer.answer().paths()).hasSizeGreaterThanOrEqualTo(2);
        // The answer is shown alone, laid out afresh: every concept of every path (no filter hides a step),
        // nothing else.
        java.util.Set<String> answerConcepts = new java.util.HashSet<>(
                java.util.List.of("conflict-prevention", "peacebuilding"));
        answer.answer().paths().forEach(p -> answerConcepts.addAll(p.concepts()));
        assertThat(java.util.Set.copyOf(window.graphView().conceptIds())).isEqualTo(answerConcepts);
        assertThat(vm.filterProperty().get().hiddenKinds()).isEmpty();

        ConceptPath first = answer.answer().paths().get(0);
        for (String id : first.concepts()) {
            assertThat(node(robot, id).getPseudoClassStates()).as(id).contains(HIGHLIGHTED);
        }
        assertThat(robot.lookup(Drawn.concept("counterterrorism")).tryQuery()).isEmpty();

        TabPane side = robot.lookup(".side-tabs").queryAs(TabPane.class);
        assertThat(side.getSelectionModel().getSelectedItem().getId()).isEqualTo("connections-tab");
        assertThat(robot.lookup("#relate-headline").queryAs(Label.class).getText())
                .startsWith("Conflict prevention and Peacebuilding");
        assertThat(robot.lookup("#path-sentence-0").queryAs(Label.class).getText())
                .startsWith("Conflict prevention —").endsWith("Peacebuilding");
        assertThat(robot.lookup(".path-step-detail").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("Source"));
    }

    @Test
    void theRelationAskedAboutIsNamedOnTheGraphInEveryLayoutOnLinesThatFitBetweenItsConcepts(FxRobot robot) {
        robot.interact(() -> window.relate().relate("peacekeeping", "peacebuilding"));
        int precedes = window.relate().answerProperty().get().answer().paths().get(0).relationIndices().get(0);
        for (org.psoexplorer.layout.LayoutKind kind : org.psoexplorer.layout.LayoutKind.values()) {
            robot.interact(() -> vm.layoutKindProperty().set(kind));
            robot.interact(() -> window.graphView().finishAnimations());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Label name = (Label) Drawn.in(window.graphView(), Drawn.relationLabel(precedes));
            assertThat(name).as("%s: the relation's name is drawn", kind).isNotNull();
            assertThat(name.isVisible()).as("%s: the relation's name is shown", kind).isTrue();
            javafx.geometry.Bounds shown = window.graphView().sceneToLocal(name.localToScene(name.getLayoutBounds()));
            assertThat(shown.getMinX()).as(kind.toString()).isGreaterThanOrEqualTo(0);
            assertThat(shown.getMinY()).as(kind.toString()).isGreaterThanOrEqualTo(0);
            assertThat(shown.getMaxX()).as(kind.toString()).isLessThanOrEqualTo(window.graphView().getWidth());
            assertThat(shown.getMaxY()).as(kind.toString()).isLessThanOrEqualTo(window.graphView().getHeight());
            assertThat(name.getText().replace('\n', ' ')).isEqualTo("precedes (in the classic sequence)");
            for (String id : window.graphView().conceptIds()) {
                Node concept = node(robot, id);
                javafx.geometry.Bounds box = window.graphView().sceneToLocal(concept.localToScene(concept.getBoundsInLocal()));
                assertThat(shown.intersects(box)).as("%s: the name over %s", kind, id).isFalse();
            }
        }
    }

    @Test
    void zoomedInOnTheAnswerEveryRelationNameShownLiesWholeInsideTheView(FxRobot robot) {
        robot.interact(() -> window.relate().relate("peacekeeping", "peacebuilding"));
        org.psoexplorer.ui.graph.GraphView graph = window.graphView();
        // Four and seven clicks of the wheel, where the lecturer met names cut by the edge ("…ually
        // reinforcing with"), and elsewhere.
        double[][] pivots = {{480, 336}, {150, 300}, {700, 150}, {400, 600}};
        int checked = 0;
        for (double[] pivot : pivots) {
            for (double zoom : new double[] {Math.exp(0.4), Math.exp(0.7)}) {
                robot.interact(() -> {
                    graph.fit();
                    graph.zoom(zoom, pivot[0], pivot[1]);
                    graph.finishAnimations();
                });
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                // And each concept's name nearer its own box than any other's.
                ScreenAssertions.on(window, String.format(java.util.Locale.ROOT, "zoom %.2f about %s", zoom,
                        java.util.Arrays.toString(pivot))).namesNearTheirConcepts().namesApartAreJoined();
                javafx.geometry.Bounds view = new javafx.geometry.BoundingBox(0, 0, graph.getWidth(), graph.getHeight());
                // A name's drawn bounds may round past its box by a fraction of a pixel.
                javafx.geometry.Bounds slack = new javafx.geometry.BoundingBox(-1, -1, graph.getWidth() + 2,
                        graph.getHeight() + 2);
                for (int i = 0; i < vm.getTaxonomy().relations().size(); i++) {
                    Node name = Drawn.in(graph, Drawn.relationLabel(i));
                    if (name == null || !ScreenAssertions.shown(name)) {
                        continue;
                    }
                    javafx.geometry.Bounds shown = graph.sceneToLocal(name.localToScene(name.getLayoutBounds()));
                    if (!shown.intersects(view)) {
                        continue; // its line is elsewhere: not on screen at all
                    }
                    checked++;
                    assertThat(slack.contains(shown)).as("'%s' at %s, zoom %.2f about %s: %s in the %s view",
                            ((Label) name).getText(), i, zoom, java.util.Arrays.toString(pivot),
                            ScreenAssertions.brief(shown), ScreenAssertions.brief(view)).isTrue();
                }
            }
        }
        assertThat(checked).as("names checked").isGreaterThan(10);
    }

    @Test
    void clickingAPathShowsOnlyThatPath(FxRobot robot) {
        robot.interact(() -> window.relate().relate("conflict-prevention", "peacebuilding"));
        List<ConceptPath> paths = window.relate().answerProperty().get().answer().paths();
        ConceptPath second = paths.get(1);

        robot.clickOn("#path-sentence-1");

        assertThat(window.relate().activePathProperty().get()).isEqualTo(1);
        assertThat(window.relate().highlightedRelationsProperty().get())
                .containsExactlyInAnyOrderElementsOf(second.relationIndices());
    }

    @Test
    void sameConceptAndNoConnectionGetClearAnswers(FxRobot robot) {
        robot.interact(() -> window.relate().relate("peacekeeping", "peacekeeping"));
        assertThat(robot.lookup("#relate-headline").queryAs(Label.class).getText())
                .contains("are the same concept");

        robot.interact(() -> {
            window.relate().typesProperty().set(java.util.Set.of("kind-of"));
            window.relate().relate("impartiality", "nato");
        });
        assertThat(robot.lookup("#relate-headline").queryAs(Label.class).getText()).startsWith("No connection");
    }

    private static Node node(FxRobot robot, String id) {
        return robot.lookup(Drawn.concept(id)).query();
    }

    @Test
    void theAnswerStaysOnScreenAndInThePanelThroughBothLanguageSwitches(FxRobot robot) {
        robot.interact(() -> window.relate().relate("conflict-prevention", "peacebuilding"));
        java.util.Set<String> shown = java.util.Set.copyOf(window.graphView().conceptIds());

        for (java.util.Locale locale : List.of(java.util.Locale.FRENCH, java.util.Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            MainWindow now = fixture.window();
            assertThat(now).isNotSameAs(window);
            assertThat(java.util.Set.copyOf(now.graphView().conceptIds())).as(locale.toString()).isEqualTo(shown);
            TabPane side = (TabPane) now.lookup(".side-tabs");
            assertThat(side.getSelectionModel().getSelectedItem().getId()).as(locale.toString())
                    .isEqualTo("connections-tab");
            Label headline = (Label) now.lookup("#relate-headline");
            assertThat(headline).as(locale + ": the answer is still told").isNotNull();
            assertThat(headline.isVisible()).isTrue();
            assertThat(headline.getText()).contains(vm.label("conflict-prevention"));
            // Told again in the language chosen, all of it: the headline, the heading, every path's words.
            boolean french = locale.equals(java.util.Locale.FRENCH);
            assertThat(headline.getText()).as(locale.toString())
                    .contains(french ? "directement liés" : "directly related");
            assertThat(((Label) now.lookup(".relate-heading")).getText()).as(locale.toString())
                    .contains(french ? "du plus court au plus long" : "shortest first");
            assertThat(now.lookupAll(".path-title")).as(locale.toString()).isNotEmpty()
                    .allSatisfy(t -> assertThat(((Label) t).getText()).startsWith(french ? "Chemin " : "Path "));
            assertThat(now.lookupAll(".path-step-detail")).as(locale.toString())
                    .anySatisfy(d -> assertThat(((Label) d).getText()).startsWith(french ? "Source :" : "Source:"));
        }
    }
}
