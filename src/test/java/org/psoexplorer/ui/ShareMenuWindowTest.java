package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoexplorer.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export as Web Page…, Handout…, Citation Style, and "Copy citation" in that style. */
@ExtendWith(ApplicationExtension.class)
class ShareMenuWindowTest {

    private ExplorerViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        WindowFixture f = WindowFixture.show(stage, 1366, 768);
        vm = f.vm();
        window = f.window();
    }

    @Test
    void theFileMenuOffersThePageTheHandoutAndTheStyle(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        assertThat(file.getItems()).extracting(MenuItem::getId)
                .contains("menu-web-page", "menu-handout", "menu-citation-style");
        assertThat(file.getItems()).extracting(MenuItem::getText).contains("Export as Web Page…", "Handout…");
        assertThat(file.getItems().get(file.getItems().size() - 1).getText()).isEqualTo(I18n.get("menu.quit"));
    }

    @Test
    void copyCitationUsesTheCitationStyle(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set("peacemaking"));
        WaitForAsyncUtils.waitForFxEvents();
        Button copy = robot.lookup(".quote .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(I18n.get("details.copyCitation"))).findFirst().orElseThrow();
        robot.interact(copy::fire);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).contains("Boutros-Ghali, Boutros. 1992. An Agenda for Peace: Preventive Diplomacy, Peacemaking and Peace-Keeping. A/47/277–S/24111. United Nations, para.");
    }
}
