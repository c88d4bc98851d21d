package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Relation;
import org.psoexplorer.ui.edit.EditController;
import org.psoexplorer.ui.edit.EditViewModel;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing in the window at 1366×768, driven as a lecturer would: keys, clicks and a drag; after each
 * step the form is checked on the real scene graph (fields on screen, nothing cut short).
 */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {

    @TempDir
    Path dir;
    private Stage stage;
    private ExplorerViewModel vm;
    private MainWindow window;
    private EditViewModel edits;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowFixture f = WindowFixture.show(stage, 1366, 768);
        fixture = f;
        vm = f.vm();
        window = f.window();
        edits = window.editing().edits();
    }

    private void editMode(FxRobot robot) {
        robot.interact(() -> window.graphView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits.editModeProperty().get()).as("Ctrl+Shift+E turns edit mode on").isTrue();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            vm.select(id);
            window.graphView().centreOn(id);
        });
    }

    private Point2D onScreen(String id) {
        Point2D p = window.graphView().screenPosition(id);
        return window.graphView().localToScreen(p);
    }

    /** The form's fields lie inside the window and no text in it is cut short. */
    private void formHoldsTogether(String context) {
        ScreenAssertions screen = ScreenAssertions.on(window, context);
        Node form = window.lookup("#concept-form");
        assertThat(form).as("%s: the form replaces the details", context).isNotNull();
        assertThat(ScreenAssertions.shown(form)).isTrue();
        screen.onScreen(form, "the edit form").noTruncatedText();
        for (Node field : form.lookupAll(".edit-field")) {
            javafx.geometry.Bounds b = field.localToScene(field.getLayoutBounds());
            javafx.geometry.Bounds pane = form.localToScene(form.getLayoutBounds());
            // The fields scrolled into the pane's view; the others are a scroll away, as in any form.
            if (ScreenAssertions.shown(field) && b.getMinY() >= pane.getMinY() && b.getMaxY() <= pane.getMaxY()) {
                assertThat(field.getLayoutBounds().getWidth()).as("%s: a field of the form has room", context)
                        .isGreaterThan(200);
                screen.onScreen(field, "field");
            }
        }
    }

    @Test
    void aConceptAndARelationAddedWithKeysAndMouseAreSavedAndFoundAfterReopening(FxRobot robot) throws Exception {
        Path target = dir.resolve("course.json");
        robot.interact(() -> window.editing().setSaveTarget(w -> target));
        editMode(robot);
        formHoldsTogether("edit mode, nothing selected");

        robot.press(KeyCode.INSERT).release(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        allFieldsInView("#new-concept-dialog");
        robot.clickOn("#new-concept-label").write("Hybrid operation");
        assertThat(robot.lookup("#new-concept-id").queryAs(TextInputControl.class).getText()).isEqualTo("hybrid-operation");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.selectedProperty().get()).isEqualTo("hybrid-operation");
        assertThat(window.graphView().conceptIds()).contains("hybrid-operation");
        assertThat(robot.lookup("#form-title").queryAs(Label.class).getText()).contains("Hybrid operation");
        // A definition is required: the form says so beside the field, in the validator's words.
        assertThat(robot.lookup("#form-definition-en-problem").tryQuery()).isPresent();
        formHoldsTogether("a new concept in the form");

        robot.clickOn("#form-definition-en").write("An operation run jointly by two organizations.");
        robot.clickOn("#form-since").write("2007").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-definition-en-problem").tryQuery()).isEmpty();
        Concept added = edits.taxonomyProperty().get().concept("hybrid-operation").orElseThrow();
        assertThat(added.since()).isEqualTo(2007);

        // Shift and drag from the new concept to Peacekeeping, then choose the type in the menu.
        robot.interact(() -> window.graphView().fit());
        Point2D from = onScreen("hybrid-operation");
        Point2D to = onScreen("peacekeeping");
        robot.moveTo(from).press(KeyCode.SHIFT).press(MouseButton.PRIMARY);
        robot.moveTo(from.add(20, 10)).moveTo(to.add(-10, 0)).moveTo(to);
        robot.release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Hybrid operation — is a kind of → Peacekeeping").tryQuery())
                .as("the relation types offered where the drag ended").isPresent();
        robot.clickOn("Hybrid operation — is a kind of → Peacekeeping");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits.taxonomyProperty().get().relations()).anySatisfy(r -> assertThat(List.of(r.from(), r.type(), r.to()))
                .containsExactly("hybrid-operation", "kind-of", "peacekeeping"));
        assertThat(robot.lookup(".edit-relation-line").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("is a kind of").contains("Peacekeeping"));
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Add relation");

        assertThat(edits.problemsProperty().get()).as("errors left before saving").noneMatch(p -> p.isError());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target).exists();
        assertThat(edits.isDirty()).isFalse();

        javafx.application.Platform.runLater(() -> vm.open(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.errors()).isEmpty();
        Concept reopened = vm.getTaxonomy().concept("hybrid-operation").orElseThrow();
        assertThat(vm.getTaxonomy().text(reopened.definition(), "en")).isEqualTo("An operation run jointly by two organizations.");
        assertThat(vm.getTaxonomy().relations()).contains(new Relation("hybrid-operation", "kind-of", "peacekeeping",
                List.of(), null, org.psoexplorer.model.LocalizedText.EMPTY, null, null));
        assertThat(window.graphView().conceptIds()).contains("hybrid-operation");
    }

    /**
     * Renaming a concept in the form: the form's title names it anew, every other concept stays
     * where the screen showed it (laid out afresh, they all moved, by 66 px on average), and View →
     * Layout → Lay out again gives the fresh layout when asked.
     */
    @Test
    void renamingAConceptKeepsTheMapOnScreenUntilLaidOutAgain(FxRobot robot) {
        editMode(robot);
        robot.interact(() -> window.graphView().fit());
        select(robot, "peacebuilding");
        robot.interact(() -> window.graphView().fit());
        robot.interact(() -> window.graphView().finishAnimations());
        Map<String, Point2D> before = placesOnScreen();

        TextInputControl label = robot.lookup("#form-label-en").queryAs(TextInputControl.class);
        robot.clickOn(label).push(KeyCode.CONTROL, KeyCode.A).write("Peacebuilding after conflict");
        robot.clickOn("#form-since");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());

        assertThat(robot.lookup("#form-title").queryAs(Label.class).getText()).contains("Peacebuilding after conflict");
        Map<String, Point2D> after = placesOnScreen();
        double moved = before.entrySet().stream().mapToDouble(e -> e.getValue().distance(after.get(e.getKey())))
                .average().orElseThrow();
        assertThat(moved).as("the concepts' mean move on screen, px").isLessThan(5);
        ScreenAssertions.on(window, "after renaming").fitted(0.8).uncovered().noTruncatedText();
        formHoldsTogether("after renaming");

        MenuBar bar = (MenuBar) window.lookup(".menu-bar");
        MenuItem again = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-layout".equals(i.getId())).flatMap(i -> ((javafx.scene.control.Menu) i).getItems().stream())
                .filter(i -> "menu-lay-out-again".equals(i.getId())).findFirst().orElseThrow();
        assertThat(again.getText()).isEqualTo("Lay out again");
        robot.interact(again::fire);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
        Map<String, Point2D> fresh = placesOnScreen();
        assertThat(fresh.entrySet().stream().mapToDouble(e -> e.getValue().distance(after.get(e.getKey())))
                .average().orElseThrow()).as("laid out again, the concepts move").isGreaterThan(20);
        ScreenAssertions.on(window, "laid out again").fitted(0.8).uncovered().noTruncatedText();
    }

    /** A short form's dialog shows every field of it, none a scroll away (the new concept's three fields). */
    private void allFieldsInView(String dialogId) {
        Node pane = javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup(dialogId)).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) pane.lookup(".edit-dialog-scroll");
        javafx.geometry.Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        List<Node> fields = List.copyOf(pane.lookupAll(".edit-field"));
        assertThat(fields).hasSizeGreaterThanOrEqualTo(3);
        for (Node field : fields) {
            javafx.geometry.Bounds b = field.localToScreen(field.getLayoutBounds());
            assertThat(b.getMaxY()).as("a field's bottom (%s) within the dialog's view (%s)", b, view)
                    .isLessThanOrEqualTo(view.getMaxY() + 1);
        }
    }

    /**
     * Zoomed in on the part of the map being adapted, a lecturer stays there through an edit: the
     * concepts on screen keep their places and zoom (they were fitted out to the whole map before),
     * and a concept added there appears in the middle of the view (it went beside the whole map, off
     * screen).
     */
    @Test
    void anEditWhileZoomedInKeepsTheZoomAndPan(FxRobot robot) {
        editMode(robot);
        select(robot, "peacebuilding");
        robot.interact(() -> window.graphView().zoom(2.5, window.graphView().getWidth() / 2,
                window.graphView().getHeight() / 2));
        robot.interact(() -> window.graphView().finishAnimations());
        Map<String, Point2D> before = placesOnScreen();
        java.util.Set<String> inView = new java.util.HashSet<>();
        before.forEach((id, p) -> {
            if (p.getX() > 0 && p.getY() > 0 && p.getX() < window.graphView().getWidth()
                    && p.getY() < window.graphView().getHeight()) {
                inView.add(id);
            }
        });
        assertThat(inView.size()).as("zoomed in: some of the map").isBetween(3, before.size() / 2);

        TextInputControl label = robot.lookup("#form-label-en").queryAs(TextInputControl.class);
        robot.clickOn(label).push(KeyCode.CONTROL, KeyCode.A).write("Peacebuilding after conflict");
        robot.clickOn("#form-since");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());

        Map<String, Point2D> after = placesOnScreen();
        double moved = inView.stream().mapToDouble(id -> before.get(id).distance(after.get(id))).average().orElseThrow();
        assertThat(moved).as("the concepts in view: mean move on screen, px").isLessThan(5);

        robot.interact(() -> window.graphView().requestFocus());
        robot.press(KeyCode.INSERT).release(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-concept-label").write("Security sector reform");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.graphView().finishAnimations());
        Point2D added = window.graphView().screenPosition("security-sector-reform");
        assertThat(added).isNotNull();
        assertThat(added.getX()).as("the new concept on screen, x").isBetween(0.0, window.graphView().getWidth());
        assertThat(added.getY()).as("the new concept on screen, y").isBetween(0.0, window.graphView().getHeight());
        Map<String, Point2D> afterAdding = placesOnScreen();
        assertThat(inView.stream().mapToDouble(id -> after.get(id).distance(afterAdding.get(id))).average().orElseThrow())
                .as("adding it moved the concepts in view, mean px").isLessThan(10);
        ScreenAssertions screen = ScreenAssertions.on(window, "a concept added while zoomed in");
        javafx.geometry.Bounds fresh = screen.concept("security-sector-reform");
        for (String id : screen.shownConcepts()) {
            if (!id.equals("security-sector-reform")) {
                assertThat(ScreenAssertions.overlapArea(fresh, screen.concept(id))).as("the new concept on %s", id)
                        .isZero();
            }
        }
    }

    private Map<String, Point2D> placesOnScreen() {
        Map<String, Point2D> places = new java.util.LinkedHashMap<>();
        for (String id : vm.positions().keySet()) {
            places.put(id, window.graphView().screenPosition(id));
        }
        return places;
    }

    @Test
    void theFormSurvivesAnInterfaceLanguageSwitchBothWays(FxRobot robot) {
        editMode(robot);
        select(robot, "peacekeeping");
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.FRENCH, java.util.Locale.ENGLISH)) {
            robot.interact(() -> fixture.display().uiLocaleProperty().set(DisplayModel.supported(locale)));
            WaitForAsyncUtils.waitForFxEvents();
            window = fixture.window();
            assertThat(edits.editModeProperty().get()).isTrue();
            Label title = (Label) window.lookup("#form-title");
            assertThat(title).as("%s: the rebuilt window's form shows the concept", locale).isNotNull();
            assertThat(ScreenAssertions.shown(title)).as("%s: form title shown", locale).isTrue();
            assertThat(title.getText()).contains("Peacekeeping");
            formHoldsTogether(locale + " after the switch");
            org.controlsfx.control.StatusBar status = (org.controlsfx.control.StatusBar) window.lookup(".status-bar");
            assertThat(status.getText()).as("%s: the status bar still explains edit mode", locale)
                    .isEqualTo(I18n.get("edit.status.hint"));
        }
    }

    @Test
    void undoAndRedoWorkFromTheMenuAndTheKeysAndTheMenuNamesTheEdit(FxRobot robot) {
        editMode(robot);
        select(robot, "peacekeeping");
        String original = vm.getTaxonomy().text(vm.getTaxonomy().concept("peacekeeping").orElseThrow().definition(), "en");

        TextInputControl definition = robot.lookup("#form-definition-en").queryAs(TextInputControl.class);
        robot.clickOn(definition).push(KeyCode.CONTROL, KeyCode.A).write("Keeping the peace, for first-year students.");
        robot.clickOn("#form-since");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definition(robot)).isEqualTo("Keeping the peace, for first-year students.");

        robot.clickOn("#edit-menu");
        MenuItem undo = menuItem("menu-undo");
        assertThat(undo.getText()).isEqualTo("Undo Edit definition");
        // The menu's own item, fired as a click on it does (clicking popup text races the popup under load).
        robot.interact(() -> {
            undo.getParentMenu().hide();
            undo.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definition(robot)).isEqualTo(original);
        assertThat(robot.lookup("#form-definition-en").queryAs(TextInputControl.class).getText()).isEqualTo(original);

        robot.interact(() -> window.graphView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definition(robot)).isEqualTo("Keeping the peace, for first-year students.");

        robot.interact(() -> window.graphView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definition(robot)).isEqualTo(original);

        robot.interact(() -> window.graphView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(definition(robot)).isEqualTo("Keeping the peace, for first-year students.");
        assertThat(robot.lookup("#form-definition-en").queryAs(TextInputControl.class).getText())
                .isEqualTo("Keeping the peace, for first-year students.");
        formHoldsTogether("after redo");
    }

    private String definition(FxRobot robot) {
        var t = edits.taxonomyProperty().get();
        return t.text(t.concept("peacekeeping").orElseThrow().definition(), "en");
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void theFormRefusesAQuoteWithoutASourceAndSaysWhyBesideTheField(FxRobot robot) {
        editMode(robot);
        select(robot, "peacekeeping");
        int quotes = vm.getTaxonomy().concept("peacekeeping").orElseThrow().quotes().size();

        robot.interact(() -> ((Button) window.lookup("#form-add-quote")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Peacekeeping is a technique.");
        robot.clickOn("#quote-locator").write("para. 20");
        robot.interact(() -> ((Button) window.lookup("#quote-save")).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(edits.taxonomyProperty().get().concept("peacekeeping").orElseThrow().quotes()).hasSize(quotes);
        assertThat(edits.isDirty()).isFalse();
        Label why = robot.lookup("#quote-source-row-problem").queryAs(Label.class);
        assertThat(ScreenAssertions.shown(why)).isTrue();
        assertThat(why.getText()).isEqualTo(I18n.get("quote.noSource"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) window.lookup("#concept-form")).setVvalue(
                vvalueShowing(window.lookup("#quote-source-row-problem"))));
        ScreenAssertions.on(window, "quote refused").onScreen(why, "the reason beside the source field");
        formHoldsTogether("quote refused");

        // With a source chosen the same quote is added.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var source = (javafx.scene.control.ComboBox<org.psoexplorer.model.Source>) window.lookup("#quote-source");
            source.setValue(vm.getTaxonomy().source("agenda-for-peace").orElse(vm.getTaxonomy().sources().get(0)));
            ((Button) window.lookup("#quote-save")).fire();
        });
        assertThat(edits.taxonomyProperty().get().concept("peacekeeping").orElseThrow().quotes()).hasSize(quotes + 1);
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Add quote");
    }

    private double vvalueShowing(Node n) {
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) window.lookup("#concept-form");
        double contentH = pane.getContent().getLayoutBounds().getHeight();
        double viewH = pane.getViewportBounds().getHeight();
        double y = pane.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
        return contentH <= viewH ? 0 : Math.min(1, Math.max(0, (y - viewH / 2) / (contentH - viewH)));
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheEdits(FxRobot robot) {
        robot.interact(() -> EditController.guardClose(stage, () -> window.editing(), () -> { }));
        editMode(robot);
        select(robot, "peacekeeping");
        robot.clickOn("#form-since").push(KeyCode.CONTROL, KeyCode.A).write("1956").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits.isDirty()).isTrue();

        // The question waits for an answer in its own event loop: asked from a later pulse, not from interact().
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Save your changes?").tryQuery()).isPresent();
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Save", "Don't save", "Cancel");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(edits.isDirty()).isTrue();
        assertThat(edits.taxonomyProperty().get().concept("peacekeeping").orElseThrow().since()).isEqualTo(1956);

        // Opening another file asks the same question; Don't save gives the edits up and opens it.
        javafx.application.Platform.runLater(() -> vm.openDefault());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edits.isDirty()).isFalse();
        assertThat(vm.getTaxonomy().concept("peacekeeping").orElseThrow().since()).isNotEqualTo(1956);
    }

    @Test
    void aSavedViewReopensWithTheSamePlacesAfterSavingAndOpeningTheFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("arranged.json");
        editMode(robot);
        robot.interact(() -> window.graphView().fit());
        // Drag Peacekeeping somewhere else with the mouse (a plain drag moves a concept).
        Point2D start = onScreen("peacekeeping");
        robot.drag(start, MouseButton.PRIMARY).moveTo(start.add(60, 40)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, double[]> arranged = vm.positions();
        assertThat(vm.isPinned("peacekeeping")).isTrue();

        robot.interact(() -> window.editMenus().saveView("Seminar 3"));
        robot.interact(() -> window.editing().setSaveTarget(w -> target));
        robot.interact(() -> window.editing().saveAs());
        assertThat(Files.readString(target)).contains("\"seminar-3\"");

        javafx.application.Platform.runLater(() -> vm.open(target));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.CIRCULAR));
        assertThat(vm.positions().get("peacekeeping")).isNotEqualTo(arranged.get("peacekeeping"));

        robot.clickOn("#views-menu");
        robot.clickOn("Seminar 3");
        WaitForAsyncUtils.waitForFxEvents();

        for (Map.Entry<String, double[]> e : arranged.entrySet()) {
            assertThat(vm.positions().get(e.getKey())).as("place of %s", e.getKey())
                    .containsExactly(new double[] {e.getValue()[0], e.getValue()[1]}, org.assertj.core.data.Offset.offset(0.06));
        }
        Point2D shown = window.graphView().screenPosition("peacekeeping");
        assertThat(shown).isNotNull();
        ScreenAssertions.on(window, "saved view reopened").fitted(0.0);
    }

}
