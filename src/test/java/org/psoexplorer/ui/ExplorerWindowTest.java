package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.io.Problem;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window, driven headless as a user would: look, click, type. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1366, 768);
        vm = f.vm();
        window = f.window();
    }

    @Test
    void theDefaultTaxonomyAppearsAtOnce(FxRobot robot) {
        assertThat(window.graphView().conceptIds()).contains("pso", "peacekeeping", "peacebuilding", "counterterrorism");
        assertThat(robot.lookup(Drawn.concept("pso")).tryQuery()).isPresent();
        assertThat(robot.lookup(Drawn.concept("pso")).query().isVisible()).isTrue();
        assertThat(robot.lookup("#legend").query().isVisible()).isTrue();
    }

    @Test
    void selectingAConceptShowsItsDefinitionAndQuotes(FxRobot robot) {
        robot.interact(() -> window.graphView().centreOn("peacekeeping"));
        robot.clickOn(Drawn.concept("peacekeeping"));

        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Peacekeeping");
        String definition = robot.lookup("#details-definition").queryAs(TextInputControl.class).getText();
        assertThat(definition).isEqualTo(vm.getTaxonomy().text(vm.getTaxonomy().concept("peacekeeping").orElseThrow()
                .definition(), "en"));
        String firstQuote = vm.getTaxonomy().concept("peacekeeping").orElseThrow().quotes().get(0).text();
        assertThat(robot.lookup(".quote-text").queryAllAs(TextInputControl.class))
                .anySatisfy(t -> assertThat(t.getText()).contains(firstQuote));
        assertThat(robot.lookup(".quote-citation").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Agenda for Peace"));
    }

    @Test
    void searchSelectsAConcept(FxRobot robot) {
        robot.clickOn("#search").write("consolidation de la");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedProperty().get()).isEqualTo("peacebuilding");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Peacebuilding");
    }

    @Test
    void aKindFilterHidesItsConceptsAndSaysSo(FxRobot robot) {
        int before = window.graphView().conceptIds().size();
        robot.interact(() -> vm.setKindVisible("actor", false));

        assertThat(window.graphView().conceptIds()).doesNotContain("nato", "un-security-council").contains("pso");
        assertThat(window.graphView().conceptIds().size()).isLessThan(before);
        Label notice = robot.lookup("#filter-notice").queryAs(Label.class);
        assertThat(notice.getParent().isVisible()).isTrue();
        assertThat(notice.getText()).contains("of " + before);

        robot.interact(() -> vm.resetFilters());
        assertThat(window.graphView().conceptIds()).hasSize(before);
    }

    @Test
    void aSourceFilterShowsOnlyWhatThatSourceSays(FxRobot robot) {
        robot.interact(() -> vm.setOnlySource("agenda-for-peace-1992"));

        assertThat(window.graphView().conceptIds()).contains("peacemaking", "peacekeeping")
                .doesNotContain("counterterrorism");
    }

    @Test
    void everyLayoutRunsAndLeavesNoOverlappingConcepts(FxRobot robot) {
        robot.interact(() -> vm.select("pso"));
        for (LayoutKind kind : LayoutKind.values()) {
            robot.interact(() -> vm.layoutKindProperty().set(kind));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(vm.layoutProperty().get().overlaps()).as(kind.id()).isEmpty();
            assertThat(window.graphView().conceptIds()).as(kind.id())
                    .hasSize(vm.getTaxonomy().concepts().size());
        }
    }

    @Test
    void anInvalidFileShowsItsErrorsAndKeepsThePreviousGraph(FxRobot robot, @TempDir Path dir) throws IOException {
        List<String> before = window.graphView().conceptIds();
        Path bad = Files.writeString(dir.resolve("mine.json"),
                "{\n  \"format\": \"pso-taxonomy/1\",\n  \"title\": \"Mine\",\n  \"concepts\": [\n    {\"id\": \"a\"\n}\n");

        robot.interact(() -> vm.open(bad));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#problems-panel").tryQuery()).isPresent();
        assertThat(vm.errors()).singleElement().extracting(Problem::line).isEqualTo(7);
        assertThat(robot.lookup("#problems-list .problem-row").queryAll()).singleElement()
                .extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .satisfies(text -> assertThat(text).startsWith("mine.json:7:"));
        assertThat(window.graphView().conceptIds()).isEqualTo(before);
        assertThat(vm.getTaxonomy().concept("pso")).isPresent();
    }

    @Test
    void doubleClickFocusesOnTheNeighbourhoodAndBackReturns(FxRobot robot) {
        int all = window.graphView().conceptIds().size();
        robot.interact(() -> window.graphView().centreOn("peace-enforcement"));
        robot.doubleClickOn(Drawn.concept("peace-enforcement"));

        List<String> focused = window.graphView().conceptIds();
        assertThat(focused).contains("peace-enforcement").hasSizeLessThan(all);
        assertThat(focused).containsAll(vm.graphProperty().get().neighbours("peace-enforcement"));

        robot.clickOn("#back");
        assertThat(window.graphView().conceptIds()).hasSize(all);
    }

    @Test
    void arrowKeysMoveTheSelectionToANeighbour(FxRobot robot) {
        robot.interact(() -> {
            vm.select("peacekeeping");
            window.graphView().requestFocus();
        });
        robot.type(KeyCode.UP);

        String now = vm.selectedProperty().get();
        assertThat(now).isNotEqualTo("peacekeeping");
        assertThat(vm.graphProperty().get().neighbours("peacekeeping")).contains(now);

        robot.type(KeyCode.ESCAPE);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void theCurrentViewExportsAsShownAndTheWholeTaxonomyAsAWhole(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            vm.setKindVisible("actor", false);
            vm.select("peacekeeping");
        });
        Path view = dir.resolve("view.svg");
        Path whole = dir.resolve("whole.svg");
        org.psoexplorer.export.ExportOptions options = org.psoexplorer.export.ExportOptions.defaults();

        robot.interact(() -> {
            window.exports().write(new org.psoexplorer.ui.export.ExportRequest(
                    org.psoexplorer.export.ExportFormat.SVG, false, options, "Seminar 3"), view, null);
            window.exports().write(new org.psoexplorer.ui.export.ExportRequest(
                    org.psoexplorer.export.ExportFormat.SVG, true, options, "All"), whole, null);
        });

        String viewSvg = Files.readString(view);
        String wholeSvg = Files.readString(whole);
        assertThat(viewSvg).contains("Seminar 3").contains(">Peacekeeping<").doesNotContain(">NATO<");
        assertThat(wholeSvg).contains(">NATO<").contains(">Peacekeeping<");
        assertThat(window.graphView().diagram().nodes()).extracting(n -> n.id()).doesNotContain("nato");
    }

    @Test
    void anExportDuringATourStepFadesWhatTheStepFades(FxRobot robot, @TempDir Path dir) throws Exception {
        org.psoexplorer.model.Tour tour = vm.getTaxonomy().tours().get(0);
        robot.interact(() -> {
            window.startTour(tour);
            window.tours().go(1);
        });
        java.util.Set<Integer> stepRelations = window.tours().relationsProperty().get();
        Path view = dir.resolve("step.svg");
        robot.interact(() -> window.exports().write(new org.psoexplorer.ui.export.ExportRequest(
                org.psoexplorer.export.ExportFormat.SVG, false, org.psoexplorer.export.ExportOptions.defaults(), "Step 2"),
                view, null));

        String svg = Files.readString(view);
        long shownRelations = window.graphView().diagram().edges().size();
        assertThat(stepRelations).isNotEmpty().hasSizeLessThan((int) shownRelations);
        // The screen fades the relations the step does not name; so does the export.
        assertThat(svg.split("class='relation[^']*highlighted", -1)).hasSize(stepRelations.size() + 1);
        assertThat(svg).contains(" dimmed");
        robot.interact(() -> window.tours().stop());
    }

    static boolean visible(Node n) {
        return n.isVisible() && (n.getParent() == null || visible(n.getParent()));
    }
}
