package org.psoexplorer.ui.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;

/** What a new concept needs before the form can take over: a label, an id (offered from the label) and a kind. */
final class NewConceptForm extends VBox {

    private final TextField label = new TextField();
    private final TextField id = new TextField();
    private final ComboBox<Kind> kind;
    private final Field labelField;
    private final Field idField;
    private final Field kindField;
    private final Taxonomy taxonomy;
    private final String lang;
    private boolean idTouched;

    NewConceptForm(Taxonomy t, String lang) {
        super(10);
        this.taxonomy = t;
        this.lang = lang;
        getStyleClass().add("edit-form");
        kind = new ComboBox<>(FXCollections.observableArrayList(t.kinds()));
        kind.setCellFactory(v -> new KindCell());
        kind.setButtonCell(new KindCell());
        if (!t.kinds().isEmpty()) {
            kind.setValue(t.kinds().get(0));
        }
        label.textProperty().addListener((o, was, now) -> {
            if (!idTouched) {
                id.setText(slug(now));
            }
        });
        id.setOnKeyTyped(e -> idTouched = true);
        labelField = new Field(Texts.ui("edit.newConcept.label", Texts.languageName(lang)), label, "new-concept-label");
        idField = new Field(Texts.ui("edit.newConcept.id"), id, "new-concept-id");
        kindField = new Field(Texts.ui("edit.form.kind"), kind, "new-concept-kind");
        getChildren().addAll(labelField, idField, kindField);
    }

    /** The concept, or null after saying beside each field what is wrong. */
    Concept concept() {
        List<String> l = new ArrayList<>();
        List<String> i = new ArrayList<>();
        List<String> k = new ArrayList<>();
        if (label.getText().isBlank()) {
            l.add(Texts.ui("edit.newConcept.needsLabel"));
        }
        String idText = id.getText().strip();
        if (idText.isEmpty()) {
            i.add(Texts.ui("edit.newConcept.needsId"));
        } else if (!idText.matches("[a-z0-9][a-z0-9-]*")) {
            i.add(Texts.ui("edit.newConcept.badId"));
        } else if (taxonomy.concept(idText).isPresent()) {
            i.add(Texts.ui("edit.newConcept.takenId", idText));
        }
        if (kind.getValue() == null) {
            k.add(Texts.ui("edit.newConcept.needsKind"));
        }
        labelField.showProblems(l);
        idField.showProblems(i);
        kindField.showProblems(k);
        if (!l.isEmpty() || !i.isEmpty() || !k.isEmpty()) {
            return null;
        }
        return new Concept(idText, kind.getValue().id(), LocalizedText.of(lang, label.getText().strip()), List.of(),
                LocalizedText.EMPTY, List.of(), null, LocalizedText.EMPTY);
    }

    TextField labelInput() {
        return label;
    }

    /** "Hybrid peace operation" → "hybrid-peace-operation": the ids the format asks for. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private final class KindCell extends ListCell<Kind> {
        @Override
        protected void updateItem(Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : Texts.label(taxonomy, k.label(), k.id(), lang));
        }
    }
}
