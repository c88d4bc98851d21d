package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.KeyboardHelp;
import org.psoexplorer.ui.main.MainWindow;
import org.psoexplorer.ui.main.Shortcut;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keys a lecturer presses, and the F1 list that tells them. */
@ExtendWith(ApplicationExtension.class)
class KeysTest {

    private ExplorerViewModel vm;
    private MainWindow window;
    private DisplayModel display;
    private Alert help;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1280, 720);
        vm = f.vm();
        window = f.window();
        display = f.display();
    }

    @AfterEach
    void closeHelp(FxRobot robot) {
        if (help != null) {
            robot.interact(help::close);
        }
        I18n.setLocale(Locale.ENGLISH);
    }

    private static Set<KeyCombination> boundAccelerators(MainWindow window) {
        MenuBar bar = (MenuBar) window.lookup(".menu-bar");
        Set<KeyCombination> bound = new HashSet<>();
        for (Menu m : bar.getMenus()) {
            collect(m, bound);
        }
        return bound;
    }

    private static void collect(MenuItem item, Set<KeyCombination> bound) {
        if (item.getAccelerator() != null) {
            bound.add(item.getAccelerator());
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, bound));
        }
    }

    private List<String> helpTexts(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            I18n.setLocale(locale);
            help = KeyboardHelp.dialog(window.getScene().getWindow());
            help.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node content = help.getDialogPane().getContent();
        return content.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theHelpListsExactlyTheBoundAccelerators(FxRobot robot) {
        Set<KeyCombination> listed = java.util.Arrays.stream(Shortcut.values()).map(Shortcut::accelerator)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());

        assertThat(listed).isEqualTo(boundAccelerators(window));
        List<String> texts = helpTexts(robot, Locale.ENGLISH);
        for (KeyCombination k : boundAccelerators(window)) {
            assertThat(texts).as("F1 shows %s", k).contains(k.getDisplayText());
        }
        assertThat(texts).contains(new javafx.scene.input.KeyCodeCombination(KeyCode.T,
                KeyCombination.SHORTCUT_DOWN).getDisplayText());
        // F10 brings the folded menus back in presentation mode: a key filter, not an accelerator.
        assertThat(texts).contains("F10", I18n.get("keys.presentationMenus"));
        assertThat(texts).contains(I18n.get("keys.tourNext"), I18n.get("keys.tourPrevious"), I18n.get("keys.tourExit"),
                I18n.get("keys.timeline"));
    }

    @Test
    void theHelpShowsEveryDescriptionWholeAndFitsTheProjectorInFrench(FxRobot robot) {
        helpTexts(robot, Locale.FRENCH);

        Node content = help.getDialogPane().getContent();
        assertThat(ScreenText.cut(help.getDialogPane())).as("labels cut with …").isEmpty();
        assertThat(content.lookupAll(".label")).hasSizeGreaterThan(2 * Shortcut.values().length);
        assertThat(help.getDialogPane().getWidth()).isLessThanOrEqualTo(1280);
        assertThat(help.getDialogPane().getHeight()).isLessThanOrEqualTo(720);
        Button close = (Button) help.getDialogPane().lookupButton(help.getButtonTypes().get(0));
        assertThat(close.getText()).isEqualTo("Fermer");
    }

    @Test
    void altLeftGoesBackEvenWhenTheGraphHasFocus(FxRobot robot) {
        robot.interact(() -> {
            vm.focus("peacekeeping", 1);
            vm.select("peacekeeping");
            window.graphView().requestFocus();
        });
        assertThat(vm.canGoBack()).isTrue();
        int focused = window.graphView().conceptIds().size();

        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.canGoBack()).isFalse();
        assertThat(window.graphView().conceptIds().size()).isGreaterThan(focused);
        assertThat(vm.selectedProperty().get()).isEqualTo("peacekeeping");
    }

    private static List<Node> dimmed(FxRobot robot) {
        javafx.css.PseudoClass dim = javafx.css.PseudoClass.getPseudoClass("dimmed");
        return robot.lookup(".concept").queryAll().stream().filter(n -> n.getPseudoClassStates().contains(dim)).toList();
    }

    /**
     * JavaFX's menu bar kept the arrow keys and Esc for its menus after the pointer had passed over a
     * menu's title: the graph's Esc and a tour's → (a clicker's key) did nothing until a click
     * elsewhere. Found as this class's Esc test failing after other tests had left the pointer where
     * the way to the menu bar crossed the menus.
     */
    @Test
    void theGraphAndTheTourKeepTheirKeysAfterThePointerCrossedTheMenus(FxRobot robot) {
        javafx.scene.Node view = robot.lookup(".menu-bar .menu-button").nth(2).query();
        robot.interact(() -> vm.select("peacekeeping"));
        robot.moveTo(view).moveTo(".side-tabs");
        robot.interact(() -> window.graphView().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).as("Esc on the graph clears the selection").isNull();

        robot.interact(() -> window.startTour(vm.getTaxonomy().tours().get(0)));
        // On this 1280-pixel window the tour has the side panel's room: the pointer ends on its caption.
        robot.moveTo(view).moveTo("#tour-caption");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tours().stepProperty().get()).as("→ goes to the tour's next step").isEqualTo(1);
        Label counter = robot.lookup("#tour-counter").queryAs(Label.class);
        assertThat(ScreenAssertions.shown(counter) ? counter.getText() : "").as("the card on screen")
                .startsWith("Step 2 of");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tours().isPlaying()).as("Esc leaves the tour").isFalse();
    }

    /**
     * On a projector, Esc with the graph in focus clears the selection first, then leaves presentation
     * mode. The graph kept every Esc for itself, with nothing left to clear too: a lecturer pressing
     * Esc to leave full screen stayed in it (F11 only).
     */
    @Test
    void escOnTheGraphClearsTheSelectionThenLeavesPresentation(FxRobot robot) {
        robot.moveTo(".side-tabs");
        robot.interact(() -> {
            display.presentationProperty().set(true);
            vm.select("peacekeeping");
            window.graphView().requestFocus();
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get()).as("the first Esc clears the selection").isNull();
        assertThat(display.presentationProperty().get()).as("and stays in presentation").isTrue();

        robot.interact(() -> window.graphView().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.presentationProperty().get()).as("the next Esc leaves presentation").isFalse();
        assertThat(ScreenAssertions.shown(robot.lookup(".menu-bar").query())).as("the menus back").isTrue();
    }

    @Test
    void escClearsTheSelectionAndTheRelateHighlight(FxRobot robot) {
        robot.interact(() -> {
            window.relate().relate("peacekeeping", "peacebuilding");
            vm.select("peacekeeping");
            window.graphView().requestFocus();
        });
        assertThat(window.relate().highlightedConceptsProperty().get()).isNotEmpty();
        // The answer is shown alone, laid out for itself.
        int all = vm.getTaxonomy().concepts().size();
        assertThat(window.graphView().conceptIds()).hasSizeLessThan(all)
                .containsAll(window.relate().highlightedConceptsProperty().get());

        // Away from the graph, so no hovered concept dims its surroundings.
        robot.moveTo(".side-tabs");
        robot.interact(() -> window.graphView().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(window.relate().highlightedConceptsProperty().get()).isEmpty();
        assertThat(dimmed(robot)).as("concepts still dimmed by the path").isEmpty();
        assertThat(window.graphView().conceptIds()).as("the whole taxonomy back").hasSize(all);
    }
}
