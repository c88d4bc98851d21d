package org.psoexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.export.PngExporter;
import org.psoexplorer.export.share.StyledSources;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.WriteFailure;
import org.psoexplorer.ui.TaskRunner;

/**
 * Exporting from the window: the dialog, the file chooser, the work off the FX thread, and the
 * copy to the clipboard. What is drawn comes from the view model, so it is what the user sees.
 */
public final class Exports {

    private final ExplorerViewModel vm;
    private final TaskRunner tasks;
    private final Supplier<Highlight> highlight;
    private final Consumer<String> notify;
    private final Supplier<CitationStyle> style;
    private java.util.function.UnaryOperator<org.psoexplorer.diagram.Diagram> asOnScreen = d -> d;

    /**
     * @param highlight the selection and the path shown now, so the export highlights what the screen does
     * @param notify    shows a short message once an export is done
     * @param style     the citation style chosen in the File menu, for the sources footer
     */
    public Exports(ExplorerViewModel vm, TaskRunner tasks, Supplier<Highlight> highlight, Consumer<String> notify,
                   Supplier<CitationStyle> style) {
        this.vm = vm;
        this.tasks = tasks;
        this.highlight = highlight;
        this.notify = notify;
        this.style = style;
    }

    /**
     * How the screen draws a diagram beyond its highlight (a busy view's receding relations), so
     * exports draw the same.
     */
    public void setAsOnScreen(java.util.function.UnaryOperator<org.psoexplorer.diagram.Diagram> asOnScreen) {
        this.asOnScreen = asOnScreen;
    }

    private ExportScene sceneFor(boolean wholeTaxonomy, String title) {
        ExportScene s = vm.exportScene(wholeTaxonomy, highlight.get(), title);
        return new ExportScene(s.graph(), s.visible(), s.language(), asOnScreen.apply(s.diagram()));
    }

    /** Asks what to export and where, then writes the file in the background. */
    public void exportToFile(Window owner) {
        if (vm.getTaxonomy() == null) {
            return;
        }
        String title = vm.getTaxonomy().text(vm.getTaxonomy().title(), vm.languageProperty().get());
        ExportDialog.ask(owner, title).ifPresent(request -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.get("export.dialogTitle"));
            String ext = request.format().extensions().get(0);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get("export.format." + request.format().id()), "*." + ext));
            chooser.setInitialFileName("pso-taxonomy." + ext);
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                ExportTarget target = ExportTarget.of(chosen.toPath(), ext);
                if (!target.askBeforeReplacing() || confirmReplacing(owner, target.path())) {
                    write(request, target.path(), owner);
                }
            }
        });
    }

    /** Writes an export; public so it can be driven without the dialogs. */
    public void write(ExportRequest request, Path target, Window owner) {
        ExportScene scene = sceneFor(request.wholeTaxonomy(), request.title());
        CitationStyle chosenStyle = style.get();
        boolean styled = request.format().isImage() && request.options().sources();
        tasks.run(TaskRunner.Lane.EXPORT, () -> {
            try {
                request.format().exporter().write(styled ? StyledSources.apply(scene, chosenStyle) : scene,
                        request.options(), target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> notify.accept(I18n.get("export.done", done.toString())),
                failure -> WriteFailure.alert(owner, failure).show());
    }

    /** Puts the current view on the clipboard as a picture at twice the screen's resolution, for slides. */
    public void copyToClipboard() {
        if (vm.getTaxonomy() == null) {
            return;
        }
        String title = vm.getTaxonomy().text(vm.getTaxonomy().title(), vm.languageProperty().get());
        ExportScene scene = StyledSources.apply(sceneFor(false, title), style.get());
        try {
            BufferedImage image = new PngExporter().render(scene.diagram(), ExportOptions.defaults().withScale(2));
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
            notify.accept(I18n.get("export.copied"));
        } catch (IOException e) {
            notify.accept(I18n.get("export.failed", WriteFailure.reason(e)));
        }
    }

    private static boolean confirmReplacing(Window owner, Path file) {
        // Buttons named for what they do, in the interface's language (JavaFX's Yes/No stay English).
        ButtonType replace = new ButtonType(I18n.get("export.replaceButton"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.get("export.replace", file.getFileName().toString()),
                replace, DialogButtons.cancel());
        alert.initOwner(owner);
        // The title too: an Alert's own ("Confirmation") follows the JVM's locale, not the interface's.
        alert.setTitle(I18n.get("export.replaceHeader"));
        alert.setHeaderText(I18n.get("export.replaceHeader"));
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /** A highlight with nothing but the selection. */
    public static Highlight selectionOnly(String selected) {
        return new Highlight(selected, Set.of(), Set.of());
    }
}
