package org.psoexplorer.ui.export;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.ui.DialogButtons;
import org.psoexplorer.ui.I18n;

/** Asks what to export and how: format, whole taxonomy or current view, title, legend, sources, scale, page. */
public final class ExportDialog {

    private ExportDialog() {
    }

    public static Optional<ExportRequest> ask(Window owner, String defaultTitle) {
        return dialog(owner, defaultTitle).showAndWait();
    }

    /** The dialog, not yet shown. */
    public static Dialog<ExportRequest> dialog(Window owner, String defaultTitle) {
        ComboBox<ExportFormat> format = new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        format.setId("export-format");
        format.setValue(ExportFormat.PNG);
        format.setConverter(converter(f -> I18n.get("export.format." + f.id())));
        RadioButton view = new RadioButton(I18n.get("export.currentView"));
        RadioButton whole = new RadioButton(I18n.get("export.wholeTaxonomy"));
        ToggleGroup scope = new ToggleGroup();
        view.setToggleGroup(scope);
        whole.setToggleGroup(scope);
        view.setSelected(true);
        TextField title = new TextField(defaultTitle);
        title.setPrefColumnCount(30);
        CheckBox showTitle = new CheckBox(I18n.get("export.showTitle"));
        CheckBox legend = new CheckBox(I18n.get("export.legend"));
        CheckBox sources = new CheckBox(I18n.get("export.sources"));
        showTitle.setSelected(true);
        legend.setSelected(true);
        sources.setSelected(true);
        ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setValue(2);
        scale.setConverter(converter(n -> n + "×"));
        CheckBox transparent = new CheckBox(I18n.get("export.transparent"));
        ComboBox<ExportOptions.PageSize> page = new ComboBox<>(FXCollections.observableArrayList(
                ExportOptions.PageSize.values()));
        page.setValue(ExportOptions.PageSize.FIT);
        page.setConverter(converter(p -> I18n.get("export.page." + p.id())));
        Runnable enable = () -> {
            ExportFormat f = format.getValue();
            scale.setDisable(f != ExportFormat.PNG);
            transparent.setDisable(f != ExportFormat.PNG);
            page.setDisable(f != ExportFormat.PDF);
            boolean picture = f.isImage() || f == ExportFormat.PDF;
            showTitle.setDisable(!picture);
            title.setDisable(!picture);
            legend.setDisable(!picture);
            sources.setDisable(!picture);
        };
        format.valueProperty().addListener((o, was, now) -> enable.run());
        enable.run();

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, new Label(I18n.get("export.formatLabel")), format);
        grid.addRow(row++, new Label(I18n.get("export.what")), new HBox(14, view, whole));
        grid.addRow(row++, new Label(I18n.get("export.title")), title);
        grid.addRow(row++, new Label(), new HBox(14, showTitle, legend, sources));
        grid.addRow(row++, new Label(I18n.get("export.scale")), new HBox(14, scale, transparent));
        grid.addRow(row, new Label(I18n.get("export.page")), page);

        Dialog<ExportRequest> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.get("export.dialogTitle"));
        dialog.setHeaderText(I18n.get("export.dialogHeader"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.ok(), DialogButtons.cancel());
        dialog.setResultConverter(b -> !DialogButtons.isOk(b) ? null : new ExportRequest(format.getValue(),
                whole.isSelected(), ExportOptions.defaults().withScale(scale.getValue())
                        .withTransparent(transparent.isSelected()).withTitle(showTitle.isSelected())
                        .withLegend(legend.isSelected()).withSources(sources.isSelected()).withPage(page.getValue()),
                title.getText()));
        return dialog;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
