package org.psoexplorer.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;

/**
 * Shown over the graph while the window waits for long work: what is under way (reading the file,
 * laying it out, drawing it), a spinner, and a Cancel that leaves what is on screen as it is. A
 * huge or endless file must never hold the window hostage, nor leave the user wondering what it does.
 */
final class BusyIndicator extends HBox {

    private final Label phase = new Label();

    BusyIndicator(ExplorerViewModel vm) {
        super(8);
        setId("busy");
        getStyleClass().add("busy-indicator");
        phase.setId("busy-phase");
        phase.getStyleClass().add("busy-phase");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Button cancel = new Button(I18n.get("busy.cancel"));
        cancel.setId("cancel-work");
        cancel.setTooltip(new Tooltip(I18n.get("busy.cancelTooltip")));
        cancel.setOnAction(e -> vm.cancelWork());
        getChildren().addAll(phase, cancel, spinner);
        setAlignment(Pos.CENTER_RIGHT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        visibleProperty().bind(vm.busyProperty());
        vm.workProperty().addListener((o, was, now) -> show(now));
        show(vm.workProperty().get());
    }

    private void show(ExplorerViewModel.Work work) {
        phase.setText(work == null ? "" : I18n.get(switch (work) {
            case LOADING -> "busy.loading";
            case LAYING_OUT -> "busy.layingOut";
            case DRAWING -> "busy.drawing";
        }));
    }

    /** What the indicator says is under way (empty when idle). */
    String phaseText() {
        return phase.getText();
    }
}
