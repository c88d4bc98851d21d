package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window says about a broken file (the problems panel) and about a field being edited
 * (the line under it) is in the interface language, and follows it when the user switches
 * language (View > Interface language), one way and back.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsInTheInterfaceLanguageTest {

    @TempDir
    Path dir;
    private WindowFixture fixture;
    private ExplorerViewModel vm;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.show(stage, 1366, 768);
        vm = fixture.vm();
    }

    @AfterEach
    void backToEnglish() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private void switchTo(FxRobot robot, Locale locale) {
        robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(I18n.locale().getLanguage()).isEqualTo(locale.getLanguage().equals("fr") ? "fr" : "");
    }

    /** The rows of the problems panel as the scene graph holds them. */
    private List<String> problemRows() {
        return fixture.window().lookupAll("#problems-list .problem-row").stream().map(n -> ((Label) n).getText()).toList();
    }

    private String panelTitle() {
        return ((Label) fixture.window().lookup("#problems-panel .problems-title")).getText();
    }

    @Test
    void aBrokenFilesProblemsAreInTheInterfaceLanguageBothWays(FxRobot robot) throws IOException {
        Path bad = dir.resolve("mine.json");
        Files.writeString(bad, """
                {
                  "format": "pso-taxonomy/1",
                  "title": "Mine",
                  "kinds": [{"id": "op", "label": "Op"}],
                  "concepts": [{"id": "a", "kind": "opp", "label": "A", "definition": "D", "since": "1992"}]
                }
                """);
        List<String> english = List.of(
                "mine.json:5:36  Unknown kind \"opp\"  (concepts[0].kind) — Did you mean \"op\"?",
                "mine.json:5:85  \"since\" should be a whole number (without quotes), but is the text \"1992\"  "
                        + "(concepts[0].since)");
        List<String> french = List.of(
                "mine.json:5:36  Catégorie inconnue : « opp »  (concepts[0].kind) — Vouliez-vous dire « op » ?",
                "mine.json:5:85  « since » devrait être un nombre entier (sans guillemets), mais c’est le texte "
                        + "« 1992 »  (concepts[0].since)");

        robot.interact(() -> vm.open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problemRows()).containsExactlyElementsOf(english);

        switchTo(robot, Locale.FRENCH);
        assertThat(problemRows()).as("after switching to French").containsExactlyElementsOf(french);
        assertThat(panelTitle()).startsWith("2 problèmes dans ");

        switchTo(robot, Locale.ENGLISH);
        assertThat(problemRows()).as("after switching back to English").containsExactlyElementsOf(english);
        assertThat(panelTitle()).startsWith("2 problems in ");
    }

    @Test
    void aFileOpenedInFrenchShowsItsProblemsInFrench(FxRobot robot) throws IOException {
        switchTo(robot, Locale.FRENCH);
        Path bad = dir.resolve("tronqué.json");
        Files.writeString(bad, "{\n  \"format\": \"pso-taxonomy/1\",\n  \"title\": \"T\",\n  \"concepts\": [\n");

        robot.interact(() -> vm.open(bad));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problemRows()).singleElement().isEqualTo("tronqué.json:5:1  Le fichier se termine trop tôt : il manque "
                + "une accolade } ou un crochet ] fermant (le fichier est-il tronqué ?) — Vérifiez que chaque { a sa } "
                + "et chaque [ son ]");
    }

    @Test
    void theLineUnderAnEditedFieldFollowsTheInterfaceLanguage(FxRobot robot) {
        robot.interact(() -> fixture.window().graphView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.INSERT).release(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-concept-label").write("Hybrid operation");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        // A new concept has no definition yet: the validator says so under the definition field.
        String english = "Missing \"definition\" (a text, or an object such as {\"en\": \"…\", \"fr\": \"…\"})";
        String french = "Il manque « definition » (un texte, ou un objet comme {\"en\": \"…\", \"fr\": \"…\"})";
        assertThat(definitionProblem()).isEqualTo(english);

        switchTo(robot, Locale.FRENCH);
        assertThat(definitionProblem()).as("after switching to French").isEqualTo(french);

        switchTo(robot, Locale.ENGLISH);
        assertThat(definitionProblem()).as("after switching back to English").isEqualTo(english);
    }

    private String definitionProblem() {
        Label problem = (Label) fixture.window().lookup("#form-definition-en-problem");
        assertThat(problem).as("the line under the definition field").isNotNull();
        assertThat(problem.isVisible()).isTrue();
        return problem.getText();
    }
}
