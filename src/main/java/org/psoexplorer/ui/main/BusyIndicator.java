package org.psoexplorer.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * Shown over the graph while the window waits for long work: what is under way (reading the file,
 * laying it out, drawing it), a spinner, and a Cancel that leaves what is on screen as it is. A
 * huge or endless file must never hold the window hostage, nor leave the user wondering what it does.
 * Work done sooner than {@link #SHOW_AFTER} passes without it: a spinner flashing over the graph
 * for a tenth of a second says nothing, and its parts are made only when first needed (most
 * sessions with small taxonomies never need them).
 */
final class BusyIndicator extends HBox {

    static final Duration SHOW_AFTER = Duration.millis(300);

    private final Label phase = new Label();
    private final ExplorerViewModel vm;
    private final PauseTransition wait = new PauseTransition(SHOW_AFTER);
    private boolean built;

    BusyIndicator(Lifetime life, ExplorerViewModel vm) {
        super(8);
        this.vm = vm;
        setId("busy");
        getStyleClass().add("busy-indicator");
        phase.setId("busy-phase");
        phase.getStyleClass().add("busy-phase");
        setAlignment(Pos.CENTER_RIGHT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setVisible(false);
        wait.setOnFinished(e -> appearIfBusy());
        life.listen(vm.busyProperty(), (o, was, busy) -> {
            if (busy) {
                wait.playFromStart();
            } else {
                wait.stop();
                setVisible(false);
            }
        });
        life.listen(vm.workProperty(), (o, was, now) -> show(now));
        show(vm.workProperty().get());
        if (vm.busyProperty().get()) {
            // A window rebuilt in another language while the work goes on: it was showing already.
            appearIfBusy();
        }
    }

    private void appearIfBusy() {
        if (!vm.busyProperty().get()) {
            return;
        }
        if (!built) {
            built = true;
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(36, 36);
            Button cancel = new Button(I18n.get("busy.cancel"));
            cancel.setId("cancel-work");
            org.psoexplorer.ui.Tips.on(cancel, I18n.get("busy.cancelTooltip"));
            cancel.setOnAction(e -> vm.cancelWork());
            getChildren().addAll(phase, cancel, spinner);
        }
        setVisible(true);
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
