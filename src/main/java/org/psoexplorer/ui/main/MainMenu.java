package org.psoexplorer.ui.main;

import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.ui.DisplayModel;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.graph.GraphView;

/** The menu bar, with the accelerators of {@link Shortcut}. */
final class MainMenu {

    private final MenuBar bar = new MenuBar();

    MainMenu(Lifetime life, ExplorerViewModel vm, WindowActions actions, DisplayModel display, GraphView graph, ExplorerToolBar toolBar,
             Runnable relate, Runnable toggleSidePanel, Runnable export, Runnable copy, Runnable toggleTimeline) {
        MenuItem open = item("menu.open", Shortcut.OPEN,
                actions.chooseFile());
        Menu recent = new Menu(I18n.get("menu.recent"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : actions.recentFiles().get()) {
                MenuItem item = new MenuItem(p.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> actions.open().accept(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(I18n.get("menu.recentNone"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem(I18n.get("menu.recentNone")));
        MenuItem builtIn = item("menu.openDefault", null, vm::openDefault);
        MenuItem reload = item("menu.reload", Shortcut.RELOAD, vm::reload);
        MenuItem quit = item("menu.quit", Shortcut.QUIT, actions.quit());
        MenuItem exportItem = item("export.button", Shortcut.EXPORT,
                export);
        MenuItem copyItem = item("export.copy", Shortcut.COPY, copy);
        Menu file = new Menu(I18n.get("menu.file"), null, open, recent, builtIn, reload, new SeparatorMenuItem(),
                exportItem, copyItem, new SeparatorMenuItem(), quit);

        MenuItem search = item("menu.search", Shortcut.SEARCH,
                toolBar::focusSearch);
        MenuItem fit = item("menu.fit", Shortcut.FIT, graph::fit);
        MenuItem zoomIn = item("menu.zoomIn", Shortcut.ZOOM_IN,
                () -> graph.zoom(1.25, graph.getWidth() / 2, graph.getHeight() / 2));
        MenuItem zoomOut = item("menu.zoomOut", Shortcut.ZOOM_OUT,
                () -> graph.zoom(0.8, graph.getWidth() / 2, graph.getHeight() / 2));
        MenuItem relateItem = item("relate.button", Shortcut.RELATE, relate);
        MenuItem labels = item("menu.edgeLabels", Shortcut.EDGE_LABELS,
                toolBar::toggleEdgeLabels);
        CheckMenuItem allRelations = new CheckMenuItem(I18n.get("menu.allRelations"));
        allRelations.setId("menu-all-relations");
        allRelations.setAccelerator(Shortcut.ALL_RELATIONS.accelerator());
        allRelations.selectedProperty().bindBidirectional(display.allRelationsProperty());
        MenuItem back = item("menu.back", Shortcut.BACK, vm::back);
        MenuItem showAll = item("filters.showAll", null, vm::resetFilters);
        Menu layouts = new Menu(I18n.get("menu.layout"));
        layouts.setId("menu-layout");
        ToggleGroup layoutGroup = new ToggleGroup();
        for (LayoutKind k : LayoutKind.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.get("layout." + k.id()));
            item.setToggleGroup(layoutGroup);
            item.setSelected(vm.layoutKindProperty().get() == k);
            item.setOnAction(e -> vm.layoutKindProperty().set(k));
            life.listen(vm.layoutKindProperty(), (o, was, now) -> item.setSelected(now == k));
            layouts.getItems().add(item);
        }
        MenuItem again = item("menu.layOutAgain", null, vm::layOutAgain);
        again.setId("menu-lay-out-again");
        layouts.getItems().addAll(new SeparatorMenuItem(), again);
        CheckMenuItem dark = new CheckMenuItem(I18n.get("menu.darkTheme"));
        dark.selectedProperty().bindBidirectional(display.darkProperty());
        CheckMenuItem contrast = new CheckMenuItem(I18n.get("menu.highContrast"));
        contrast.selectedProperty().bindBidirectional(display.highContrastProperty());
        CheckMenuItem presentation = new CheckMenuItem(I18n.get("menu.presentation"));
        presentation.setAccelerator(Shortcut.PRESENTATION.accelerator());
        presentation.selectedProperty().bindBidirectional(display.presentationProperty());
        MenuItem larger = item("menu.textLarger", Shortcut.TEXT_LARGER, display::enlargeText);
        MenuItem smaller = item("menu.textSmaller", Shortcut.TEXT_SMALLER, display::shrinkText);
        Menu uiLanguage = new Menu(I18n.get("menu.uiLanguage"));
        ToggleGroup uiGroup = new ToggleGroup();
        for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.FRENCH}) {
            RadioMenuItem item = new RadioMenuItem(ExplorerToolBar.languageName(l.toLanguageTag()));
            item.setId("ui-language-" + l.getLanguage());
            item.setToggleGroup(uiGroup);
            item.setSelected(display.uiLocaleProperty().get().getLanguage().equals(l.getLanguage()));
            item.setOnAction(e -> display.uiLocaleProperty().set(l));
            uiLanguage.getItems().add(item);
        }
        MenuItem panel = item("menu.sidePanel", Shortcut.SIDE_PANEL,
                toggleSidePanel);
        MenuItem timeline = item("timeline.menu", Shortcut.TIMELINE,
                toggleTimeline);
        Menu view = new Menu(I18n.get("menu.view"), null, search, relateItem, fit, zoomIn, zoomOut, labels, allRelations, panel, timeline,
                new SeparatorMenuItem(), layouts, back, showAll, new SeparatorMenuItem(), presentation, larger, smaller,
                dark, contrast, uiLanguage);

        MenuItem keys = item("menu.keys", Shortcut.HELP, actions.showKeys());
        MenuItem about = item("menu.about", null, actions.showAbout());
        Menu help = new Menu(I18n.get("menu.help"), null, keys, about);
        bar.getMenus().addAll(file, view, help);
        bar.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> giveTheKeysBack());
    }

    /**
     * JavaFX's menu bar takes the arrow keys and Esc for its menus once the pointer has passed over a
     * menu's title, until the next click elsewhere: after the pointer crossed the bar (or came up to
     * it in presentation mode), a clicker's → highlighted the next menu instead of the tour's next
     * step, and Esc no longer cleared the selection. Leaving the bar with no menu open now ends that,
     * as the bar does itself on a click elsewhere: it is told of one, at a point outside it.
     */
    private void giveTheKeysBack() {
        javafx.scene.Scene scene = bar.getScene();
        if (scene == null || bar.getMenus().stream().anyMatch(Menu::isShowing)) {
            return;
        }
        // Just below the bar's bottom left corner, in the scene and on the screen.
        javafx.geometry.Point2D inScene = bar.localToScene(-1, bar.getHeight() + 1);
        javafx.geometry.Point2D onScreen = bar.localToScreen(-1, bar.getHeight() + 1);
        if (onScreen == null) {
            return;
        }
        javafx.event.Event.fireEvent(scene, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, inScene.getX(), inScene.getY(), onScreen.getX(),
                onScreen.getY(), javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false,
                false, false, false, false, null));
    }

    private static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.accelerator());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    MenuBar bar() {
        return bar;
    }

    /** Adds items to the File menu, in a group of their own just before Quit. */
    void addToFile(java.util.List<MenuItem> items) {
        Menu file = bar.getMenus().get(0);
        int beforeQuit = file.getItems().size() - 1;
        file.getItems().add(beforeQuit, new SeparatorMenuItem());
        file.getItems().addAll(beforeQuit, items);
    }
}
