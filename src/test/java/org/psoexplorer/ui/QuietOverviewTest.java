package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Tour;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.graph.DrawnKeys;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The opening overview draws the built-in taxonomy's hierarchy in full and lets its other 159
 * relations recede (issue 10.1: 172 relations drawn alike were a hairball), a selected concept
 * brings its own relations forward, and Ctrl+Shift+L draws them all; measured on the relations'
 * nodes as drawn (their opacity after CSS), through both interface languages.
 */
@ExtendWith(ApplicationExtension.class)
class QuietOverviewTest {

    private static final PseudoClass RECEDED = PseudoClass.getPseudoClass("receded");

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1366, 768);
    }

    private MainWindow window() {
        return fixture.window();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window().graphView().finishAnimations();
            window().applyCss();
        });
    }

    private List<Node> relations() {
        return List.copyOf(window().graphView().lookupAll(".relation"));
    }

    private Set<String> backbone() {
        return fixture.vm().getTaxonomy().relationTypes().stream().filter(RelationType::hierarchical)
                .map(t -> "type-" + t.id()).collect(Collectors.toSet());
    }

    private static boolean ofType(Node relation, Set<String> types) {
        return relation.getStyleClass().stream().anyMatch(types::contains);
    }

    private static boolean full(Node relation) {
        return relation.getOpacity() > 0.99 && !relation.getPseudoClassStates().contains(RECEDED);
    }

    private boolean recedingHintShown() {
        return window().lookupAll(".legend-hint").stream()
                .anyMatch(n -> n instanceof Label l && l.isVisible() && l.getScene() != null
                        && !l.getText().isBlank());
    }

    @Test
    void theOverviewDrawsItsHierarchyInFullAndTheRestFaintly(FxRobot robot) {
        settle(robot);
        List<Node> drawn = relations();
        Set<String> backbone = backbone();
        assertThat(drawn).hasSize(fixture.vm().getTaxonomy().relations().size());

        List<Node> full = drawn.stream().filter(QuietOverviewTest::full).toList();
        assertThat(full).isNotEmpty().allSatisfy(r -> assertThat(ofType(r, backbone)).as("relation " + r.getProperties().get(DrawnKeys.RELATION)).isTrue());
        assertThat(full).hasSize((int) drawn.stream().filter(r -> ofType(r, backbone)).count());
        drawn.stream().filter(r -> !ofType(r, backbone))
                .forEach(r -> assertThat(r.getOpacity()).as("relation " + r.getProperties().get(DrawnKeys.RELATION)).isLessThan(0.4));
        assertThat(recedingHintShown()).as("the legend says why most lines are faint").isTrue();
    }

    @Test
    void aSelectedConceptBringsItsRelationsForward(FxRobot robot) {
        robot.interact(() -> window().graphView().setSelected("conflict-prevention"));
        settle(robot);
        Set<Integer> touching = fixture.vm().getTaxonomy().relations().stream()
                .filter(r -> r.from().equals("conflict-prevention") || r.to().equals("conflict-prevention"))
                .map(r -> fixture.vm().getTaxonomy().relations().indexOf(r))
                .collect(Collectors.toSet());
        assertThat(touching).hasSizeGreaterThan(5);

        for (Node r : relations()) {
            if (touching.contains(r.getProperties().get(DrawnKeys.RELATION))) {
                assertThat(full(r)).as("relation " + r.getProperties().get(DrawnKeys.RELATION) + " touches the selection").isTrue();
            } else if (!ofType(r, backbone())) {
                assertThat(full(r)).as("relation " + r.getProperties().get(DrawnKeys.RELATION)).isFalse();
            }
        }
    }

    @Test
    void ctrlShiftLDrawsEveryRelationAndTheChoiceSurvivesBothLanguageSwitches(FxRobot robot) {
        settle(robot);
        robot.clickOn(window().graphView());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        settle(robot);
        assertThat(fixture.display().allRelationsProperty().get()).isTrue();
        assertThat(relations()).isNotEmpty().allSatisfy(r -> assertThat(full(r)).as("relation " + r.getProperties().get(DrawnKeys.RELATION)).isTrue());
        assertThat(recedingHintShown()).isFalse();

        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            settle(robot);
            assertThat(relations()).as(locale.toString()).hasSize(fixture.vm().getTaxonomy().relations().size())
                    .allSatisfy(r -> assertThat(full(r)).as("relation " + r.getProperties().get(DrawnKeys.RELATION)).isTrue());
        }

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        settle(robot);
        assertThat(relations().stream().filter(QuietOverviewTest::full).count())
                .isLessThan(relations().size() / 4);
        assertThat(recedingHintShown()).isTrue();
    }

    @Test
    void aTourStepShowsItsOwnRelationsAtFullStrength(FxRobot robot) {
        Tour tour = fixture.vm().getTaxonomy().tours().get(0);
        robot.interact(() -> window().startTour(tour));
        settle(robot);
        // The step's own highlighting decides what is faint, not the overview's receding.
        assertThat(relations()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getPseudoClassStates()).doesNotContain(RECEDED));
        assertThat(relations().stream().filter(r -> r.getOpacity() > 0.99).count()).isPositive();
        assertThat(recedingHintShown()).isFalse();
    }

    @Test
    void pointingAtAConceptInTheOverviewNeverShowsAnUnreadableRelationLabel(FxRobot robot) {
        settle(robot);
        robot.moveTo(Drawn.in(window().graphView(), Drawn.concept("peacekeeping")));
        settle(robot);
        assertThat(relations().stream().filter(r -> r.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("highlighted"))).count()).as("the hover lit a neighbourhood")
                .isGreaterThan(5);

        List<Node> shown = window().graphView().lookupAll(".relation-label").stream()
                .filter(Node::isVisible).toList();
        for (Node label : shown) {
            // The text's line on screen: a label under 11 px is not drawn (the side panel names the relation).
            assertThat(label.localToScene(label.getBoundsInLocal()).getHeight()).as(((Label) label).getText())
                    .isGreaterThanOrEqualTo(11);
        }
    }

    private String exportedSvg(FxRobot robot, java.nio.file.Path file) throws java.io.IOException {
        robot.interact(() -> window().exports().write(new org.psoexplorer.ui.export.ExportRequest(
                org.psoexplorer.export.ExportFormat.SVG, false, org.psoexplorer.export.ExportOptions.defaults(), "Overview"),
                file, null));
        return java.nio.file.Files.readString(file);
    }

    private static int count(String svg, String pattern) {
        return svg.split(pattern, -1).length - 1;
    }

    @Test
    void anExportOfTheOverviewFadesWhatTheScreenFades(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        settle(robot);
        long faint = relations().stream().filter(r -> !full(r)).count();
        assertThat(faint).isGreaterThan(100);

        String quiet = exportedSvg(robot, dir.resolve("quiet.svg"));
        assertThat(count(quiet, "class='relation[^']*dimmed")).isEqualTo(faint);

        robot.interact(() -> fixture.display().allRelationsProperty().set(true));
        settle(robot);
        String all = exportedSvg(robot, dir.resolve("all.svg"));
        assertThat(count(all, "class='relation[^']*dimmed")).isZero();
        assertThat(count(all, "class='relation")).isEqualTo(relations().size());
    }

    @Test
    void theLegendSaysWhyLinesAreFaintInBothLanguagesWithoutCuttingAWord(FxRobot robot) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            settle(robot);
            assertThat(recedingHintShown()).as(locale.toString()).isTrue();
            ScreenAssertions.on(window(), locale + ", overview").noTruncatedText();
            Node legend = window().lookup("#legend");
            ScreenAssertions.on(window(), locale + ", overview").onScreen(legend, "the legend");
        }
    }
}
