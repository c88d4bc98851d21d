package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.psoexplorer.edit.SourceParseException;
import org.psoexplorer.edit.SourceParser;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.I18n;

/**
 * A new source: typed in, or read from a BibTeX or CSL-JSON entry pasted from a reference manager
 * and then checked in the same fields before it is added.
 */
final class SourceForm extends VBox {

    private final TextArea paste = new TextArea();
    private final Label pasteProblem = new Label();
    private final TextField id = new TextField();
    private final ComboBox<SourceType> type = new ComboBox<>(FXCollections.observableArrayList(SourceType.values()));
    private final TextField title = new TextField();
    private final TextField author = new TextField();
    private final TextField organization = new TextField();
    private final TextField year = new TextField();
    private final TextField url = new TextField();
    private final TextField symbol = new TextField();
    private final Field idField;
    private final Field titleField;
    private final Field yearField;
    private final Field creatorField;
    private final Taxonomy taxonomy;
    /** What the pasted entry said beyond these fields (journal, pages, DOI), kept for the saved source. */
    private Source parsed;

    SourceForm(Taxonomy t) {
        super(8);
        this.taxonomy = t;
        getStyleClass().add("edit-form");
        paste.setPromptText(Texts.ui("edit.source.pastePrompt"));
        paste.setPrefRowCount(3);
        paste.setWrapText(true);
        paste.setId("source-paste");
        Button read = new Button(Texts.ui("edit.source.read"));
        read.setId("source-read");
        read.setOnAction(e -> readPasted());
        pasteProblem.getStyleClass().add("edit-field-problem");
        pasteProblem.setWrapText(true);
        pasteProblem.setMinHeight(Region.USE_PREF_SIZE);
        pasteProblem.setManaged(false);
        pasteProblem.setVisible(false);
        pasteProblem.setId("source-paste-problem");
        type.setValue(SourceType.OTHER);
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceType s) {
                return s == null ? "" : Texts.ui("edit.source.type." + s.id());
            }

            @Override
            public SourceType fromString(String s) {
                return null;
            }
        });
        title.textProperty().addListener((o, was, now) -> offerId());
        author.textProperty().addListener((o, was, now) -> offerId());
        organization.textProperty().addListener((o, was, now) -> offerId());
        year.textProperty().addListener((o, was, now) -> offerId());
        idField = new Field(Texts.ui("edit.source.id"), id, "source-id");
        titleField = new Field(Texts.ui("edit.source.title"), title, "source-title");
        yearField = new Field(Texts.ui("edit.source.year"), year, "source-year");
        creatorField = new Field(Texts.ui("edit.source.author"), author, "source-author");
        getChildren().addAll(new Field(Texts.ui("edit.source.paste"), paste, null), read, pasteProblem,
                new Field(Texts.ui("edit.source.type"), type, "source-type"), titleField, creatorField,
                new Field(Texts.ui("edit.source.organization"), organization, "source-organization"), yearField,
                new Field(Texts.ui("edit.source.url"), url, "source-url"),
                new Field(Texts.ui("edit.source.symbol"), symbol, "source-symbol"), idField);
    }

    private boolean idTouched() {
        return !id.getText().isBlank() && !id.getText().equals(suggestedId());
    }

    private String lastSuggested = "";

    private void offerId() {
        if (id.getText().isBlank() || id.getText().equals(lastSuggested)) {
            lastSuggested = suggestedId();
            id.setText(lastSuggested);
        }
    }

    /** "dorn-2018", "un-2015": who and when, as the taxonomy's own ids read. */
    private String suggestedId() {
        String who = !author.getText().isBlank() ? author.getText() : !organization.getText().isBlank()
                ? organization.getText() : title.getText();
        String first = NewConceptForm.slug(who.split("[,;]| and | et ")[0]);
        String[] words = first.split("-");
        String name = words.length == 0 ? "" : words[words.length - 1];
        if (!author.getText().contains(",") && words.length > 0 && !author.getText().isBlank()) {
            name = words[words.length - 1];
        } else if (author.getText().contains(",")) {
            name = words.length == 0 ? "" : words[0];
        } else {
            name = String.join("-", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        }
        String y = year.getText().strip();
        String base = y.isEmpty() ? name : name + "-" + y;
        String candidate = base;
        for (int n = 2; taxonomy.source(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private void readPasted() {
        try {
            Source s = SourceParser.parse(paste.getText());
            parsed = s;
            if (s.type() != null) {
                type.setValue(s.type());
            }
            title.setText(nz(s.title()));
            author.setText(nz(s.author()));
            organization.setText(nz(s.organization()));
            year.setText(s.year() == null ? "" : String.valueOf(s.year()));
            url.setText(nz(s.url()));
            symbol.setText(nz(s.symbol()));
            if (s.id() != null && !s.id().isBlank() && taxonomy.source(s.id()).isEmpty()
                    && s.id().matches("[a-z0-9][a-z0-9-]*")) {
                id.setText(s.id());
            }
            showPasteProblem(null);
        } catch (SourceParseException e) {
            showPasteProblem(e.message(I18n.locale()));
        } catch (RuntimeException e) {
            showPasteProblem(Texts.ui("edit.source.unreadable"));
        }
    }

    private void showPasteProblem(String text) {
        pasteProblem.setText(text == null ? "" : text);
        pasteProblem.setVisible(text != null);
        pasteProblem.setManaged(text != null);
    }

    /** The source, or null after saying beside each field what is wrong. */
    Source source() {
        List<String> i = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<String> y = new ArrayList<>();
        List<String> c = new ArrayList<>();
        String idText = id.getText().strip();
        if (idText.isEmpty()) {
            i.add(Texts.ui("edit.source.needsId"));
        } else if (!idText.matches("[a-z0-9][a-z0-9-]*")) {
            i.add(Texts.ui("edit.newConcept.badId"));
        } else if (taxonomy.source(idText).isPresent()) {
            i.add(Texts.ui("edit.source.takenId", idText));
        }
        if (title.getText().isBlank()) {
            t.add(Texts.ui("edit.source.needsTitle"));
        }
        Integer yearValue = null;
        if (!year.getText().isBlank()) {
            try {
                yearValue = Integer.valueOf(year.getText().strip());
            } catch (NumberFormatException e) {
                y.add(Texts.ui("edit.form.sinceNotYear"));
            }
        }
        if (author.getText().isBlank() && organization.getText().isBlank()) {
            c.add(Texts.ui("edit.source.needsCreator"));
        }
        idField.showProblems(i);
        titleField.showProblems(t);
        yearField.showProblems(y);
        creatorField.showProblems(c);
        if (!i.isEmpty() || !t.isEmpty() || !y.isEmpty() || !c.isEmpty()) {
            return null;
        }
        Source p = parsed;
        return new Source(idText, type.getValue(), title.getText().strip(), blankToNull(author.getText()),
                blankToNull(organization.getText()), yearValue, blankToNull(symbol.getText()), blankToNull(url.getText()),
                null, p == null ? null : p.container(), p == null ? null : p.publisher(), p == null ? null : p.date(),
                p == null ? null : p.volume(), p == null ? null : p.issue(), p == null ? null : p.pages(),
                p == null ? null : p.doi());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
