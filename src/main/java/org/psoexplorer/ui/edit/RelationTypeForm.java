package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/** A relation type: id, label and inverse label per language, directed, hierarchical, contested by default. */
final class RelationTypeForm extends VBox {

    private final TextField id = new TextField();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final Map<String, TextField> inverse = new LinkedHashMap<>();
    private final CheckBox directed = new CheckBox(Texts.ui("edit.types.directed"));
    private final CheckBox hierarchical = new CheckBox(Texts.ui("edit.types.hierarchical"));
    private final CheckBox contested = new CheckBox(Texts.ui("edit.types.contested"));
    private final Field idField;
    private Field labelField;
    private final RelationType editing;
    private final Taxonomy taxonomy;

    RelationTypeForm(Taxonomy t, RelationType editing) {
        super(8);
        this.taxonomy = t;
        this.editing = editing;
        getStyleClass().add("edit-form");
        id.setText(editing == null ? "" : editing.id());
        idField = new Field(Texts.ui("edit.types.id"), id, "type-id");
        getChildren().add(idField);
        for (String lang : Texts.languages(t)) {
            TextField l = new TextField(editing == null ? "" : Texts.in(editing.label(), lang));
            TextField i = new TextField(editing == null ? "" : Texts.in(editing.inverseLabel(), lang));
            labels.put(lang, l);
            inverse.put(lang, i);
            Field lf = new Field(Texts.ui("edit.types.label", Texts.languageName(lang)), l, "type-label-" + lang);
            labelField = labelField == null ? lf : labelField;
            getChildren().addAll(lf, new Field(Texts.ui("edit.types.inverse", Texts.languageName(lang)), i,
                    "type-inverse-" + lang));
        }
        directed.setSelected(editing == null || editing.directed());
        hierarchical.setSelected(editing != null && editing.hierarchical());
        contested.setSelected(editing != null && editing.contested());
        for (CheckBox c : List.of(directed, hierarchical, contested)) {
            c.setWrapText(true);
        }
        hierarchical.setId("type-hierarchical");
        getChildren().addAll(directed, hierarchical, contested);
    }

    RelationType relationType() {
        List<String> idProblems = new ArrayList<>();
        String idText = id.getText().strip();
        if (!idText.matches("[a-z0-9][a-z0-9-]*")) {
            idProblems.add(Texts.ui("edit.newConcept.badId"));
        } else if ((editing == null || !editing.id().equals(idText)) && taxonomy.relationType(idText).isPresent()) {
            idProblems.add(Texts.ui("edit.types.takenId", idText));
        }
        LocalizedText label = editing == null ? LocalizedText.EMPTY : editing.label();
        LocalizedText inv = editing == null ? LocalizedText.EMPTY : editing.inverseLabel();
        for (String lang : labels.keySet()) {
            label = Texts.with(label, lang, labels.get(lang).getText());
            inv = Texts.with(inv, lang, inverse.get(lang).getText());
        }
        idField.showProblems(idProblems);
        labelField.showProblems(label.isEmpty() ? List.of(Texts.ui("edit.newConcept.needsLabel")) : List.of());
        if (!idProblems.isEmpty() || label.isEmpty()) {
            return null;
        }
        return new RelationType(idText, label, inv, directed.isSelected(), hierarchical.isSelected(), contested.isSelected());
    }
}
