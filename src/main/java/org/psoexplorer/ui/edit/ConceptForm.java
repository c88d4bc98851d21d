package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.Lifetime;

/**
 * The details pane in edit mode: the selected concept as a form. Each field is applied when the user
 * leaves it (or presses Enter in a one-line field), as one undoable edit, and the validator's answer
 * appears beside the field it concerns. The form is rebuilt only when another concept is chosen or
 * the taxonomy changes under it (undo, redo, reload), never while the user moves between its fields.
 */
public final class ConceptForm extends ScrollPane {

    private final EditViewModel edits;
    private final EditActions actions;
    private final VBox body = new VBox(12);
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    private final Label general = new Label();
    private final Label title = new Label();
    private ComboBox<Kind> kind;
    private Concept current;
    private List<String> languages = List.of();
    private VBox quotes;
    private boolean applying;

    public ConceptForm(Lifetime life, EditViewModel edits, EditActions actions) {
        this.edits = edits;
        this.actions = actions;
        getStyleClass().addAll("details-pane", "concept-form");
        setId("concept-form");
        body.getStyleClass().add("details-body");
        body.setPadding(new Insets(14, 16, 24, 16));
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.setWrapText(true);
        title.getStyleClass().add("details-title");
        title.setId("form-title");
        general.getStyleClass().add("edit-field-problem");
        general.setId("concept-problems");
        general.setWrapText(true);
        general.setMinHeight(Region.USE_PREF_SIZE);
        life.listen(edits.taxonomyProperty(), (o, was, now) -> {
            if (!applying) {
                show(current == null ? null : current.id());
            }
        });
    }

    /** Shows the concept's form, or what to do when none is selected. */
    public void show(String id) {
        Taxonomy t = edits.taxonomyProperty().get();
        // Fields leaving the scene lose focus and would apply what they hold to the concept now shown
        // (after undo, the old text over the undone one): they are forgotten before they go.
        inputs.clear();
        fields.clear();
        current = t == null || id == null ? null : t.concept(id).orElse(null);
        body.getChildren().clear();
        setVvalue(0);
        if (current == null) {
            Label hint = new Label(Texts.ui("edit.form.empty"));
            hint.setWrapText(true);
            hint.getStyleClass().add("details-placeholder");
            Button add = new Button(Texts.ui("edit.addConceptButton"));
            add.setId("form-add-concept");
            add.setOnAction(e -> actions.addConcept());
            body.getChildren().addAll(hint, add);
            return;
        }
        languages = Texts.languages(t);
        title.setText(titleOf(t, current));
        Label idLine = new Label(Texts.ui("edit.form.id", current.id()));
        idLine.getStyleClass().add("details-kind");
        idLine.setId("form-id");
        body.getChildren().addAll(title, idLine, general);

        kind = new ComboBox<>(FXCollections.observableArrayList(t.kinds()));
        kind.setCellFactory(v -> new KindCell(t, edits.language()));
        kind.setButtonCell(new KindCell(t, edits.language()));
        t.kind(current.kind()).ifPresent(kind::setValue);
        kind.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.id().equals(current.kind())) {
                commit();
            }
        });
        TextField since = oneLine("since", current.since() == null ? "" : String.valueOf(current.since()));
        since.setPrefColumnCount(6);
        add("kind", new Field(Texts.ui("edit.form.kind"), kind, "form-kind"));
        add("since", new Field(Texts.ui("edit.form.since"), since, "form-since"));

        for (String lang : languages) {
            Label heading = new Label(Texts.languageName(lang));
            heading.getStyleClass().add("details-heading");
            body.getChildren().add(heading);
            add("label." + lang, new Field(Texts.ui("edit.form.label"), oneLine("label." + lang,
                    Texts.in(current.label(), lang)), "form-label-" + lang));
            add("altLabels." + lang, new Field(Texts.ui("edit.form.altLabels"), area("altLabels." + lang,
                    Texts.altLines(current.altLabels(), lang), 2), "form-alt-" + lang));
            add("definition." + lang, new Field(Texts.ui("edit.form.definition"), area("definition." + lang,
                    Texts.in(current.definition(), lang), 5), "form-definition-" + lang));
            add("notes." + lang, new Field(Texts.ui("edit.form.notes"), area("notes." + lang,
                    Texts.in(current.notes(), lang), 2), "form-notes-" + lang));
        }
        quotes = new VBox(8);
        body.getChildren().add(quotes);
        showQuotes(t);
        body.getChildren().add(new RelationList(edits, actions, current.id()));
        Button delete = new Button(Texts.ui("edit.deleteConcept"));
        delete.setId("form-delete-concept");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> actions.deleteConcept(current.id()));
        body.getChildren().add(delete);
        showProblems();
    }

    private void add(String key, Field f) {
        fields.put(key, f);
        body.getChildren().add(f);
    }

    private TextField oneLine(String key, String value) {
        TextField f = new TextField(value);
        f.setOnAction(e -> commit());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        inputs.put(key, f);
        return f;
    }

    private TextArea area(String key, String value, int rows) {
        TextArea a = new TextArea(value);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        // Tab leaves a text area, as it leaves every other field, instead of typing a tab character.
        a.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                List<TextInputControl> order = new ArrayList<>(inputs.values());
                int i = order.indexOf(a) + (e.isShiftDown() ? -1 : 1);
                if (i >= 0 && i < order.size()) {
                    order.get(i).requestFocus();
                } else {
                    getParent().requestFocus();
                }
            }
        });
        inputs.put(key, a);
        return a;
    }

    private void showQuotes(Taxonomy t) {
        quotes.getChildren().clear();
        Label heading = new Label(Texts.ui("details.quotes", current.quotes().size()));
        heading.getStyleClass().add("details-heading");
        quotes.getChildren().add(heading);
        for (int i = 0; i < current.quotes().size(); i++) {
            quotes.getChildren().add(quoteRow(t, i));
        }
        Button addQuote = new Button(Texts.ui("edit.quote.addButton"));
        addQuote.setId("form-add-quote");
        addQuote.setOnAction(e -> openQuoteEditor(t, -1));
        quotes.getChildren().add(addQuote);
        fields.remove("quotes");
        Field problems = new Field("", new Region(), null);
        problems.getChildren().remove(0);
        fields.put("quotes", problems);
        quotes.getChildren().add(problems);
    }

    private Node quoteRow(Taxonomy t, int index) {
        Quote q = current.quotes().get(index);
        Label text = new Label("“" + q.text() + "”");
        text.setWrapText(true);
        text.getStyleClass().add("quote-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        String citation = t.source(q.source()).map(s -> s.shortCitation()).orElse(q.source());
        Label where = new Label("— " + Quote.cite(citation, q.locator()));
        where.setWrapText(true);
        where.getStyleClass().add("quote-citation");
        where.setMinHeight(Region.USE_PREF_SIZE);
        Button edit = new Button(Texts.ui("edit.change"));
        edit.getStyleClass().addAll("flat", "small");
        edit.setOnAction(e -> openQuoteEditor(t, index));
        Button remove = new Button(Texts.ui("edit.remove"));
        remove.getStyleClass().addAll("flat", "small");
        remove.setOnAction(e -> {
            List<Quote> list = new ArrayList<>(current.quotes());
            list.remove(index);
            apply(withQuotes(list));
            showQuotes(edits.taxonomyProperty().get());
        });
        VBox box = new VBox(4, text, where, new HBox(8, edit, remove));
        box.getStyleClass().add("quote");
        return box;
    }

    private void openQuoteEditor(Taxonomy t, int index) {
        Quote editing = index < 0 ? null : current.quotes().get(index);
        int at = quotes.getChildren().size() - 2;
        QuoteEditor[] editor = new QuoteEditor[1];
        editor[0] = new QuoteEditor(t, editing, this::newSourceKeepingForm, () -> edits.taxonomyProperty().get(), q -> {
            List<Quote> list = new ArrayList<>(current.quotes());
            if (index < 0) {
                list.add(q);
            } else {
                list.set(index, q);
            }
            apply(withQuotes(list));
            showQuotes(edits.taxonomyProperty().get());
            showProblems();
        }, () -> quotes.getChildren().remove(editor[0]));
        quotes.getChildren().removeIf(n -> n instanceof QuoteEditor);
        quotes.getChildren().add(Math.max(1, at), editor[0]);
        // The editor opens where the user looks: scrolled into view, the passage field ready for typing.
        javafx.application.Platform.runLater(() -> {
            scrollTo(editor[0]);
            editor[0].focusText();
        });
    }

    /** Scrolls so that a part of the form is in view, its top near the top of the pane. */
    void scrollTo(Node n) {
        applyCss();
        layout();
        double contentH = body.getLayoutBounds().getHeight();
        double viewH = getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double y = body.sceneToLocal(n.localToScene(0, 0)).getY() - 12;
        setVvalue(Math.max(0, Math.min(1, y / (contentH - viewH))));
    }

    /** A source created while writing a quote: the form stays as it is, quote editor included. */
    private org.psoexplorer.model.Source newSourceKeepingForm() {
        applying = true;
        try {
            return actions.newSource();
        } finally {
            applying = false;
        }
    }

    private Concept withQuotes(List<Quote> list) {
        return new Concept(current.id(), current.kind(), current.label(), current.altLabels(), current.definition(), list,
                current.since(), current.notes());
    }

    private String titleOf(Taxonomy t, Concept c) {
        return Texts.ui("edit.form.title", t.text(c.label(), edits.language()));
    }

    /** Applies what the fields say, as one edit, when it differs from the concept. */
    private void commit() {
        if (current == null || applying || !inputs.containsKey("since")) {
            return;
        }
        Integer since;
        String sinceText = inputs.get("since").getText().strip();
        try {
            since = sinceText.isEmpty() ? null : Integer.valueOf(sinceText);
        } catch (NumberFormatException e) {
            fields.get("since").showProblems(List.of(Texts.ui("edit.form.sinceNotYear")));
            return;
        }
        LocalizedText label = current.label();
        LocalizedText definition = current.definition();
        LocalizedText notes = current.notes();
        List<LocalizedText> alts = current.altLabels();
        for (String lang : languages) {
            label = Texts.with(label, lang, inputs.get("label." + lang).getText());
            definition = Texts.with(definition, lang, inputs.get("definition." + lang).getText());
            notes = Texts.with(notes, lang, inputs.get("notes." + lang).getText());
            if (!Texts.altLines(alts, lang).equals(normalise(inputs.get("altLabels." + lang).getText()))) {
                alts = Texts.withAltLines(alts, lang, inputs.get("altLabels." + lang).getText());
            }
        }
        String kindId = kind.getValue() == null ? current.kind() : kind.getValue().id();
        Concept edited = new Concept(current.id(), kindId, label, alts, definition, current.quotes(), since, notes);
        if (!edited.equals(current)) {
            apply(edited);
        }
        showProblems();
    }

    private static String normalise(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : (text == null ? "" : text).split("\\R")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return String.join("\n", lines);
    }

    private void apply(Concept edited) {
        applying = true;
        try {
            edits.apply(new Edit.ReplaceConcept(current.id(), edited), EditViewModel.labelFor(current, edited));
            current = edits.taxonomyProperty().get().concept(edited.id()).orElse(edited);
            // The form stays (its fields keep the focus), but its title names the concept as renamed.
            title.setText(titleOf(edits.taxonomyProperty().get(), current));
        } finally {
            applying = false;
        }
    }

    /** The validator's problems about this concept, each beside its field. */
    private void showProblems() {
        if (current == null) {
            return;
        }
        // A field the file lacks ("Missing "definition"") comes under the key it names (EntryProblem),
        // so it is shown beside that field whatever the language of its words.
        Map<String, List<String>> byField = new LinkedHashMap<>(edits.conceptProblems(current.id(), languages));
        List<String> rest = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byField.entrySet()) {
            Field f = fields.get(e.getKey());
            if (f == null && e.getKey().contains(".")) {
                f = fields.get(e.getKey() + "." + edits.defaultLanguage());
            }
            if (f == null) {
                String head = e.getKey().contains(".") ? e.getKey().substring(0, e.getKey().indexOf('.')) : e.getKey();
                f = fields.get(head + "." + edits.defaultLanguage());
                if (f == null) {
                    f = fields.get(head);
                }
            }
            if (f == null) {
                rest.addAll(e.getValue());
            }
        }
        for (Map.Entry<String, Field> f : fields.entrySet()) {
            List<String> mine = new ArrayList<>(byField.getOrDefault(f.getKey(), List.of()));
            String head = f.getKey().contains(".") ? f.getKey().substring(0, f.getKey().indexOf('.')) : f.getKey();
            boolean defaultLang = f.getKey().equals(head + "." + edits.defaultLanguage());
            if (defaultLang) {
                mine.addAll(byField.getOrDefault(head, List.of()));
            }
            f.getValue().showProblems(mine);
        }
        general.setText(String.join("\n", rest));
        general.setVisible(!rest.isEmpty());
        general.setManaged(!rest.isEmpty());
    }

    /** The field shown for a key ("definition.fr", "since"), for tests. */
    Field field(String key) {
        return fields.get(key);
    }

    Concept current() {
        return current;
    }

    private static final class KindCell extends ListCell<Kind> {
        private final Taxonomy t;
        private final String lang;

        KindCell(Taxonomy t, String lang) {
            this.t = t;
            this.lang = lang;
        }

        @Override
        protected void updateItem(Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : Texts.label(t, k.label(), k.id(), lang));
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
