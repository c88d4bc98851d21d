package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Taxonomy;

/** A kind of concept: id, label per language, colour and shape. */
final class KindForm extends VBox {

    private final TextField id = new TextField();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final ColorPicker color = new ColorPicker();
    private final ComboBox<NodeShape> shape = new ComboBox<>(FXCollections.observableArrayList(NodeShape.values()));
    private final Field idField;
    private final Field labelField;
    private final Kind editing;
    private final Taxonomy taxonomy;

    KindForm(Taxonomy t, Kind editing) {
        super(8);
        this.taxonomy = t;
        this.editing = editing;
        getStyleClass().add("edit-form");
        id.setText(editing == null ? "" : editing.id());
        idField = new Field(Texts.ui("edit.types.id"), id, "kind-id");
        getChildren().add(idField);
        Field first = null;
        for (String lang : Texts.languages(t)) {
            TextField f = new TextField(editing == null ? "" : Texts.in(editing.label(), lang));
            labels.put(lang, f);
            Field field = new Field(Texts.ui("edit.types.label", Texts.languageName(lang)), f, "kind-label-" + lang);
            first = first == null ? field : first;
            getChildren().add(field);
        }
        labelField = first;
        color.setValue(editing == null || editing.color() == null ? Color.web("#dddddd") : Color.web(editing.color()));
        color.setId("kind-color");
        shape.setConverter(new StringConverter<>() {
            @Override
            public String toString(NodeShape s) {
                return s == null ? "" : Texts.ui("edit.types.shape." + s.id());
            }

            @Override
            public NodeShape fromString(String s) {
                return null;
            }
        });
        shape.setValue(editing == null || editing.shape() == null ? NodeShape.ROUNDED : editing.shape());
        getChildren().addAll(new Field(Texts.ui("edit.types.color"), color, null),
                new Field(Texts.ui("edit.types.shape"), shape, "kind-shape"));
    }

    /** The kind, or null after saying beside each field what is wrong. */
    Kind kind() {
        List<String> idProblems = new ArrayList<>();
        String idText = id.getText().strip();
        if (!idText.matches("[a-z0-9][a-z0-9-]*")) {
            idProblems.add(Texts.ui("edit.newConcept.badId"));
        } else if ((editing == null || !editing.id().equals(idText)) && taxonomy.kind(idText).isPresent()) {
            idProblems.add(Texts.ui("edit.types.takenId", idText));
        }
        LocalizedText label = editing == null ? LocalizedText.EMPTY : editing.label();
        for (Map.Entry<String, TextField> e : labels.entrySet()) {
            label = Texts.with(label, e.getKey(), e.getValue().getText());
        }
        idField.showProblems(idProblems);
        labelField.showProblems(label.isEmpty() ? List.of(Texts.ui("edit.newConcept.needsLabel")) : List.of());
        if (!idProblems.isEmpty() || label.isEmpty()) {
            return null;
        }
        return new Kind(idText, label, hex(color.getValue()), shape.getValue());
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
