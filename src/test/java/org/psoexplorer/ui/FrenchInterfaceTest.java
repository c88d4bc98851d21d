package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window in French: menus, panels and the details pane speak French, the taxonomy follows. */
@ExtendWith(ApplicationExtension.class)
class FrenchInterfaceTest {

    private ExplorerViewModel vm;
    private org.psoexplorer.ui.main.MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1366, 768, java.util.Locale.FRENCH);
        vm = f.vm();
        window = f.window();
        vm.languageProperty().set("fr");
    }

    @AfterEach
    void backToEnglish() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void menusTabsAndDetailsAreInFrench(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("Fichier", "Édition", "Affichage", "Vues", "Aide");
        TabPane side = robot.lookup(".side-tabs").queryAs(TabPane.class);
        assertThat(side.getTabs()).extracting(t -> t.getText()).containsExactly("Détails", "Liens", "Comparer");

        robot.interact(() -> vm.select("peacebuilding"));

        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Consolidation de la paix");
        assertThat(robot.lookup(".details-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Définition", "Relations");
    }
}
