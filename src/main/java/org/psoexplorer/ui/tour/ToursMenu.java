package org.psoexplorer.ui.tour;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.psoexplorer.model.Tour;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/** The toolbar's list of the taxonomy's tours, and the keys that step through the one playing. */
public final class ToursMenu extends MenuButton {

    public ToursMenu(Lifetime life, ExplorerViewModel vm, Consumer<Tour> start) {
        super(I18n.get("tour.button"), new FontIcon(Feather.PLAY_CIRCLE));
        setId("tours");
        org.psoexplorer.ui.Tips.on(this, I18n.get("tour.tooltip"));
        Runnable fill = () -> fill(vm, start);
        life.listen(vm.taxonomyProperty(), (o, was, t) -> fill.run());
        life.listen(vm.languageProperty(), (o, was, l) -> fill.run());
        fill.run();
    }

    private void fill(ExplorerViewModel vm, Consumer<Tour> start) {
        getItems().clear();
        if (vm.getTaxonomy() == null || vm.getTaxonomy().tours().isEmpty()) {
            MenuItem none = new MenuItem(I18n.get("tour.none"));
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        for (Tour t : vm.getTaxonomy().tours()) {
            MenuItem item = new MenuItem(vm.getTaxonomy().text(t.title(), vm.languageProperty().get()));
            item.setId("tour-" + t.id());
            item.setOnAction(e -> start.accept(t));
            getItems().add(item);
        }
    }

    /**
     * While a tour plays: →, Space and PageDown go on, ← and PageUp back (what presentation clickers
     * send), Home and End to the ends, Esc leaves. Typing in a text field is left alone.
     */
    public static void installKeys(Node root, TourViewModel tours) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!tours.isPlaying() || e.getTarget() instanceof TextInputControl) {
                return;
            }
            switch (e.getCode()) {
                case RIGHT, SPACE, PAGE_DOWN -> tours.next();
                case LEFT, PAGE_UP -> tours.previous();
                case HOME -> tours.first();
                case END -> tours.last();
                case ESCAPE -> tours.stop();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
