package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.psoexplorer.edit.QuoteDraft;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * A quote being written: the passage, its source and where in the source. The product's promise is
 * that every quote can be checked, so the form refuses a quote without a source or a locator and
 * says why beside the field, rather than accepting it and letting the validator complain later.
 */
final class QuoteEditor extends VBox {

    private final TextArea text = new TextArea();
    private final ComboBox<Source> source = new ComboBox<>();
    private final TextField locator = new TextField();
    private final Field textField;
    private final Field sourceField;
    private final Field locatorField;
    private final String lang;
    private Taxonomy taxonomy;

    /**
     * @param newSource creates a source (a form, or a pasted BibTeX entry) and gives it back, or null
     */
    QuoteEditor(Taxonomy t, Quote editing, Supplier<Source> newSource, Supplier<Taxonomy> taxonomyAfterNewSource,
                Consumer<Quote> onSave, Runnable onCancel) {
        super(8);
        getStyleClass().add("quote-editor");
        setId("quote-editor");
        lang = editing == null ? null : editing.lang();
        taxonomy = t;
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(Texts.ui("edit.quote.textPrompt"));
        source.setItems(FXCollections.observableArrayList(t.sources()));
        source.setCellFactory(v -> new SourceCell());
        source.setButtonCell(new SourceCell());
        source.setPromptText(Texts.ui("edit.quote.sourcePrompt"));
        source.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(source, Priority.ALWAYS);
        // The source list can be long and its citations longer: the popup may be wider than the field.
        source.setMinWidth(0);
        Button create = new Button(Texts.ui("edit.quote.newSource"));
        create.setId("quote-new-source");
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        create.setOnAction(e -> {
            Source s = newSource.get();
            if (s != null) {
                taxonomy = taxonomyAfterNewSource.get();
                source.getItems().add(s);
                source.setValue(s);
            }
        });
        locator.setPromptText(Texts.ui("edit.quote.locatorPrompt"));
        if (editing != null) {
            text.setText(editing.text());
            t.source(editing.source()).ifPresent(source::setValue);
            locator.setText(editing.locator());
        }
        textField = new Field(Texts.ui("edit.quote.text"), text, "quote-text-field");
        HBox sourceRow = new HBox(6, source, create);
        sourceField = new Field(Texts.ui("edit.quote.source"), sourceRow, "quote-source-row");
        source.setId("quote-source");
        locatorField = new Field(Texts.ui("edit.quote.locator"), locator, "quote-locator");
        Button save = new Button(Texts.ui(editing == null ? "edit.quote.add" : "edit.quote.save"));
        save.setId("quote-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            Quote q = quote();
            if (q != null) {
                onSave.accept(q);
            }
        });
        Button cancel = new Button(Texts.ui("edit.cancel"));
        cancel.setId("quote-cancel");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        Label title = new Label(Texts.ui(editing == null ? "edit.quote.newTitle" : "edit.quote.editTitle"));
        title.getStyleClass().add("details-heading");
        getChildren().addAll(title, textField, sourceField, locatorField, buttons);
    }

    void focusText() {
        text.requestFocus();
    }

    /** The quote as written, or null after saying beside each field what it lacks. */
    Quote quote() {
        QuoteDraft draft = new QuoteDraft(text.getText(), source.getValue() == null ? null : source.getValue().id(),
                locator.getText(), lang);
        List<QuoteDraft.Issue> issues = draft.check(taxonomy);
        textField.showProblems(messages(issues, "text"));
        sourceField.showProblems(messages(issues, "source"));
        locatorField.showProblems(messages(issues, "locator"));
        return issues.isEmpty() ? draft.toQuote(taxonomy) : null;
    }

    private static List<String> messages(List<QuoteDraft.Issue> issues, String field) {
        List<String> out = new ArrayList<>();
        for (QuoteDraft.Issue i : issues) {
            if (i.field().equals(field)) {
                out.add(Texts.ui(i.messageKey()));
            }
        }
        return out;
    }

    /** A source as the list shows it: short citation and title. */
    static final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.shortCitation() + " — " + s.title());
        }
    }
}
