package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.psoexplorer.edit.QuoteDraft;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * A relation in full: its ends and type, the sources that state it, the passage that says so, a note
 * per language and whether it is contested. A quote, when given, needs its source and locator.
 */
final class RelationForm extends VBox {

    private final Taxonomy taxonomy;
    private final Relation editing;
    private final ComboBox<Concept> from;
    private final ComboBox<RelationType> type;
    private final ComboBox<Concept> to;
    private final CheckListView<Source> sources;
    private final TextArea quoteText = new TextArea();
    private final ComboBox<Source> quoteSource;
    private final TextField locator = new TextField();
    private final List<TextArea> notes = new ArrayList<>();
    private final List<String> languages;
    private final CheckBox contested = new CheckBox();
    private final Field typeField;
    private final Field endsField;
    private final Field quoteTextField;
    private final Field quoteSourceField;
    private final Field locatorField;

    RelationForm(Taxonomy t, Relation editing, String fromId, String lang) {
        super(8);
        this.taxonomy = t;
        this.editing = editing;
        getStyleClass().add("edit-form");
        languages = Texts.languages(t);
        from = conceptChoice(t, lang);
        to = conceptChoice(t, lang);
        type = new ComboBox<>(FXCollections.observableArrayList(t.relationTypes()));
        type.setCellFactory(v -> new TypeCell(lang));
        type.setButtonCell(new TypeCell(lang));
        sources = new CheckListView<>(FXCollections.observableArrayList(t.sources()));
        sources.setPrefHeight(110);
        javafx.util.StringConverter<Source> cite = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : s.shortCitation() + " — " + s.title();
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        };
        sources.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(sources::getItemBooleanProperty, cite));
        quoteSource = new ComboBox<>(FXCollections.observableArrayList(t.sources()));
        quoteSource.setCellFactory(v -> new QuoteEditor.SourceCell());
        quoteSource.setButtonCell(new QuoteEditor.SourceCell());
        quoteSource.setMaxWidth(Double.MAX_VALUE);
        quoteText.setPrefRowCount(3);
        quoteText.setWrapText(true);
        contested.setText(Texts.ui("edit.relation.contested"));
        contested.setWrapText(true);
        if (editing != null) {
            t.concept(editing.from()).ifPresent(from::setValue);
            t.concept(editing.to()).ifPresent(to::setValue);
            t.relationType(editing.type()).ifPresent(type::setValue);
            for (String s : editing.sources()) {
                t.source(s).ifPresent(src -> sources.getCheckModel().check(src));
            }
            if (editing.quote() != null) {
                quoteText.setText(editing.quote().text());
                t.source(editing.quote().source()).ifPresent(quoteSource::setValue);
                locator.setText(editing.quote().locator());
            }
            contested.setSelected(t.relationType(editing.type()).map(editing::isContested).orElse(false));
        } else {
            t.concept(fromId).ifPresent(from::setValue);
            if (!t.relationTypes().isEmpty()) {
                type.setValue(t.relationTypes().get(0));
            }
        }
        VBox ends = new VBox(6, new Label(Texts.ui("edit.relation.from")), from, new Label(Texts.ui("edit.relation.to")), to);
        endsField = new Field(Texts.ui("edit.relation.ends"), ends, null);
        typeField = new Field(Texts.ui("edit.relation.type"), type, "relation-type");
        from.setId("relation-from");
        to.setId("relation-to");
        sources.setId("relation-sources");
        getChildren().addAll(endsField, typeField, new Field(Texts.ui("edit.relation.sources"), sources, null));
        quoteTextField = new Field(Texts.ui("edit.relation.quote"), quoteText, "relation-quote");
        quoteSourceField = new Field(Texts.ui("edit.quote.source"), quoteSource, "relation-quote-source");
        locatorField = new Field(Texts.ui("edit.quote.locator"), locator, "relation-quote-locator");
        getChildren().addAll(quoteTextField, quoteSourceField, locatorField);
        for (String l : languages) {
            TextArea note = new TextArea(editing == null ? "" : Texts.in(editing.note(), l));
            note.setPrefRowCount(2);
            note.setWrapText(true);
            notes.add(note);
            getChildren().add(new Field(Texts.ui("edit.relation.note", Texts.languageName(l)), note, "relation-note-" + l));
        }
        contested.setId("relation-contested");
        getChildren().add(contested);
    }

    private static ComboBox<Concept> conceptChoice(Taxonomy t, String lang) {
        List<Concept> sorted = new ArrayList<>(t.concepts());
        sorted.sort(java.util.Comparator.comparing(c -> t.text(c.label(), lang).toLowerCase(java.util.Locale.ROOT)));
        ComboBox<Concept> c = new ComboBox<>(FXCollections.observableArrayList(sorted));
        c.setCellFactory(v -> new ConceptCell(t, lang));
        c.setButtonCell(new ConceptCell(t, lang));
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(14);
        return c;
    }

    /** The relation, or null after saying beside each field what is wrong. */
    Relation relation() {
        List<String> ends = new ArrayList<>();
        if (from.getValue() == null || to.getValue() == null) {
            ends.add(Texts.ui("edit.relation.needsEnds"));
        }
        List<String> typeProblems = new ArrayList<>();
        if (type.getValue() == null) {
            typeProblems.add(Texts.ui("edit.relation.needsType"));
        }
        endsField.showProblems(ends);
        typeField.showProblems(typeProblems);
        Quote quote = null;
        boolean anyQuote = !quoteText.getText().isBlank() || quoteSource.getValue() != null || !locator.getText().isBlank();
        List<QuoteDraft.Issue> issues = List.of();
        if (anyQuote) {
            QuoteDraft draft = new QuoteDraft(quoteText.getText(), quoteSource.getValue() == null ? null
                    : quoteSource.getValue().id(), locator.getText(), editing == null || editing.quote() == null ? null
                    : editing.quote().lang());
            issues = draft.check(taxonomy);
            if (issues.isEmpty()) {
                quote = draft.toQuote(taxonomy);
            }
        }
        quoteTextField.showProblems(messages(issues, "text"));
        quoteSourceField.showProblems(messages(issues, "source"));
        locatorField.showProblems(messages(issues, "locator"));
        if (!ends.isEmpty() || !typeProblems.isEmpty() || !issues.isEmpty()) {
            return null;
        }
        LocalizedText note = editing == null ? LocalizedText.EMPTY : editing.note();
        for (int i = 0; i < languages.size(); i++) {
            note = Texts.with(note, languages.get(i), notes.get(i).getText());
        }
        List<String> sourceIds = sources.getCheckModel().getCheckedItems().stream().map(Source::id).toList();
        // Keep the file's order for sources already cited; new ones follow.
        if (editing != null) {
            List<String> ordered = new ArrayList<>(editing.sources().stream().filter(sourceIds::contains).toList());
            sourceIds.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
            sourceIds = ordered;
        }
        boolean typeDefault = type.getValue().contested();
        Boolean contestedValue = contested.isSelected() == typeDefault && (editing == null || editing.contested() == null)
                ? null : contested.isSelected();
        return new Relation(from.getValue().id(), type.getValue().id(), to.getValue().id(), sourceIds, quote, note,
                editing == null ? null : editing.since(), contestedValue);
    }

    private static List<String> messages(List<QuoteDraft.Issue> issues, String field) {
        return issues.stream().filter(i -> i.field().equals(field)).map(i -> Texts.ui(i.messageKey())).toList();
    }

    private final class TypeCell extends ListCell<RelationType> {
        private final String lang;

        TypeCell(String lang) {
            this.lang = lang;
        }

        @Override
        protected void updateItem(RelationType r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : Texts.label(taxonomy, r.label(), r.id(), lang));
        }
    }

    private static final class ConceptCell extends ListCell<Concept> {
        private final Taxonomy t;
        private final String lang;

        ConceptCell(Taxonomy t, String lang) {
            this.t = t;
            this.lang = lang;
        }

        @Override
        protected void updateItem(Concept c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : t.text(c.label(), lang));
        }
    }
}
