package org.psoexplorer.ui.main;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * What the window says about the file and the view: counts in the status bar, a link to the
 * taxonomy's warnings that opens them, the problems of a file that failed to load, and the filter
 * notice's numbers.
 */
final class FileFeedback {

    private final ExplorerViewModel vm;
    private final StatusBar status;
    private final VBox bottom;
    private final Label filterNotice;
    private final ProblemsPanel errors;
    private final ProblemsPanel warnings;
    private final Hyperlink warningsLink = new Hyperlink();

    FileFeedback(Lifetime life, ExplorerViewModel vm, StatusBar status, VBox bottom, Label filterNotice) {
        this.vm = vm;
        this.status = status;
        this.bottom = bottom;
        this.filterNotice = filterNotice;
        errors = new ProblemsPanel(life, "problems-panel", vm.errors(),
                () -> I18n.get("problems.title", vm.errors().size(), fileName(vm.failedFileProperty().get())),
                new Observable[] {vm.errors(), vm.failedFileProperty()},
                // Opened at launch, a broken file leaves nothing on screen: no taxonomy "stays".
                javafx.beans.binding.Bindings.createStringBinding(() -> I18n.get(
                        vm.getTaxonomy() != null ? "problems.kept" : "problems.nothingShown"), vm.taxonomyProperty()),
                vm.errors()::clear, vm::reload);
        warnings = new ProblemsPanel(life, "warnings-panel", vm.warnings(),
                () -> I18n.get("problems.warningsTitle", vm.warnings().size()),
                new Observable[] {vm.warnings()}, null, () -> setWarningsShown(false), null);
        warningsLink.setId("warnings-link");
        warningsLink.getStyleClass().add("status-link");
        org.psoexplorer.ui.Tips.on(warningsLink, I18n.get("status.warningsTooltip"));
        warningsLink.setOnAction(e -> setWarningsShown(!isWarningsShown()));
        status.getRightItems().add(warningsLink);

        life.listen(vm.visibleProperty(), (o, was, now) -> update());
        life.listen(vm.warnings(), (ListChangeListener<Object>) c -> {
            update();
            if (vm.warnings().isEmpty()) {
                setWarningsShown(false);
            }
        });
        life.listen(vm.errors(), (ListChangeListener<Object>) c -> {
            if (vm.errors().isEmpty()) {
                bottom.getChildren().remove(errors);
            } else if (!bottom.getChildren().contains(errors)) {
                bottom.getChildren().add(0, errors);
            }
        });
        // A window rebuilt for another interface language shows the problems already there.
        if (!vm.errors().isEmpty()) {
            bottom.getChildren().add(0, errors);
        }
        update();
    }

    private static String fileName(String file) {
        return file == null ? "" : file;
    }

    boolean isWarningsShown() {
        return bottom.getChildren().contains(warnings);
    }

    void setWarningsShown(boolean shown) {
        if (shown && !isWarningsShown() && !vm.warnings().isEmpty()) {
            bottom.getChildren().add(0, warnings);
        } else if (!shown) {
            bottom.getChildren().remove(warnings);
        }
    }

    /** Counts, hidden concepts and warnings as the explorer holds them now. */
    void refresh() {
        update();
    }

    private void update() {
        int n = vm.warnings().size();
        warningsLink.setText(n == 0 ? "" : I18n.get("status.warnings", n));
        warningsLink.setVisible(n > 0);
        warningsLink.setManaged(n > 0);
        VisibleGraph v = vm.visibleProperty().get();
        if (v == null) {
            return;
        }
        String text = I18n.get("status.counts", v.concepts().size(), v.relations().size());
        if (v.hiddenConcepts() > 0 || v.hiddenRelations() > 0) {
            text += "  ·  " + I18n.get("status.hidden", v.hiddenConcepts(), v.hiddenRelations());
        }
        status.setText(text);
        filterNotice.setText(I18n.get("filters.notice", v.concepts().size(), v.concepts().size() + v.hiddenConcepts()));
    }
}
