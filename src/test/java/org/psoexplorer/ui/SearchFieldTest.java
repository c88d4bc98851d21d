package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.ui.graph.Drawn;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's search as a lecturer meets it: what the suggestion list shows, and what the field keeps. */
@ExtendWith(ApplicationExtension.class)
class SearchFieldTest {

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1280, 720);
        vm = f.vm();
        window = f.window();
    }

    private static ListView<?> suggestions(FxRobot robot, String typed) {
        return Suggestions.after(robot, typed);
    }

    @Test
    void suggestionsComeWhenTheSearchIsReachedByItsShortcut(FxRobot robot) throws Exception {
        // The suggestions are bound to the field when it is first focused (not while the window is
        // built): by Ctrl+F as well as by a click.
        robot.interact(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(Window::hide));
        robot.clickOn(Drawn.in(window.graphView(), Drawn.anyConcept()));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").query().isFocused()).isTrue();
        robot.write("peacek");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup > .list-view"))
                .anyMatch(list -> list != null && !((ListView<?>) list).getItems().isEmpty()));
        robot.interact(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(Window::hide));
    }

    @Test
    void theListOffersWhatTheLatestTextFindsWhateverTheOrderTheFetchesEndIn(FxRobot robot) throws Exception {
        // Two keys in one go ("peace", then "k") start two fetches; only the second may reach the list,
        // whichever ends last, and never both. Threads decide the order: several rounds give a late
        // first fetch its chances.
        Suggestions.after(robot, "p");
        TextField field = robot.lookup("#search").queryAs(TextField.class);
        org.psoexplorer.ui.main.SearchIndex index = new org.psoexplorer.ui.main.SearchIndex(vm.getTaxonomy(),
                vm.languageProperty().get());
        String[][] rounds = {{"peace", "peacek"}, {"con", "conf"}, {"peace", "peaceb"}, {"hum", "humanitarian pr"},
            {"sta", "stab"}, {"pr", "pre"}};
        for (String[] round : java.util.stream.Stream.concat(java.util.Arrays.stream(rounds), java.util.Arrays.stream(rounds))
                .toList()) {
            java.util.List<String> expected = index.search(round[1], 12).stream()
                    .map(org.psoexplorer.ui.main.SearchIndex.Hit::display).toList();
            assertThat(expected).as(round[1]).isNotEmpty()
                    .isNotEqualTo(index.search(round[0], 12).stream().map(org.psoexplorer.ui.main.SearchIndex.Hit::display).toList());
            robot.interact(() -> {
                field.setText(round[0]);
                field.setText(round[1]);
            });
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownSuggestions().equals(expected));
            } catch (java.util.concurrent.TimeoutException e) {
                // The assertion below says what the list shows instead.
            }
            // Long enough for a late fetch of the first text to land, had it not been dropped.
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownSuggestions()).as(round[1]).isEqualTo(expected);
        }
        robot.interact(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(Window::hide));
    }

    /** The displays in the search's suggestion list as it is on screen now (empty when none is shown). */
    private static java.util.List<String> shownSuggestions() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".auto-complete-popup > .list-view"))
                .filter(java.util.Objects::nonNull).findFirst()
                .map(list -> ((ListView<?>) list).getItems().stream().map(String::valueOf).toList())
                .orElse(java.util.List.of());
    }

    @Test
    void theSuggestionListIsWideEnoughForItsLongestEntry(FxRobot robot) {
        ListView<?> list = suggestions(robot, "peace");

        assertThat(list.getItems()).isNotEmpty();
        for (Node n : list.lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getItem() != null) {
                assertThat(ScreenText.whole(cell)).as("suggestion cut: %s shown as %s", cell.getText(),
                        ScreenText.shown(cell)).isTrue();
            }
        }
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(list.getWidth()).isGreaterThanOrEqualTo(search.getWidth());
    }

    @Test
    void maintienDeLaOffersMaintienDeLaPaixFirst(FxRobot robot) {
        ListView<?> list = suggestions(robot, "maintien de la");

        assertThat(list.getItems().get(0).toString()).isEqualTo("Peacekeeping");
    }

    @Test
    void choosingAConceptOnTheGraphClearsTheSearchText(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        // The field's action is fired directly, as in the test below: on a loaded machine ControlsFX's
        // popup may or may not be up when a robot's Enter arrives, and takes the key (and the text).
        robot.interact(() -> {
            search.setText("consolidation de la");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(vm.selectedProperty().get()).isEqualTo("peacebuilding");
        assertThat(search.getText()).isEqualTo("consolidation de la");

        robot.interact(() -> window.graphView().centreOn("peacekeeping"));
        robot.clickOn(Drawn.concept("peacekeeping"));

        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
        assertThat(search.getText()).isEmpty();
    }

    @Test
    void openingAnotherFileClearsTheTextAndOffersOnlyItsConcepts(FxRobot robot, @TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.json");
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(TaxonomyLoader.DEFAULT_RESOURCE)) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // The same taxonomy with its peacekeeping concept renamed: the old name must not be offered.
            Files.writeString(small, json.replace("\"en\": \"Peacekeeping\"", "\"en\": \"Keeping the peace\""));
        }
        robot.clickOn("#search").write("Peacekeep");
        robot.interact(() -> {
            window.graphView().requestFocus();
            vm.open(small);
        });
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(search.getText()).isEmpty();

        assertThat(vm.errors()).isEmpty();
        assertThat(vm.getTaxonomy().concept("peacekeeping").orElseThrow().label().values()).containsValue("Keeping the peace");
        // The new file's name is what the field finds. (Its action is fired directly: right after a file
        // opens, ControlsFX's popup may or may not be up when a robot's Enter arrives, and takes the key.)
        robot.interact(() -> {
            search.setText("keeping the");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
    }
}
