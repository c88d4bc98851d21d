package org.psoexplorer.ui.details;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.psoexplorer.ui.I18n;

/**
 * The selected concept in full: label, kind, definition, verbatim quotes with citations, and its
 * relations in words, each a link to the concept at the other end.
 */
public final class DetailsPane extends ScrollPane {

    private final VBox body = new VBox(10);
    private Consumer<String> onNavigate = id -> { };
    private Consumer<String> onOpenUrl = url -> { };

    private java.util.function.Function<ConceptDetails.QuoteView, String> citationText = ConceptDetails.QuoteView::fullCitation;

    /** How "Copy citation" writes a quote's source: in the citation style the user chose. */
    public void setCitationText(java.util.function.Function<ConceptDetails.QuoteView, String> citationText) {
        this.citationText = citationText;
    }

    public DetailsPane() {
        getStyleClass().add("details-pane");
        body.getStyleClass().add("details-body");
        body.setPadding(new Insets(16, 18, 24, 18));
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        show(null);
    }

    public void setOnNavigate(Consumer<String> handler) {
        onNavigate = handler;
    }

    /** Receives http(s) URLs only; the caller hands them to the browser. */
    public void setOnOpenUrl(Consumer<String> handler) {
        onOpenUrl = handler;
    }

    public void show(ConceptDetails d) {
        body.getChildren().clear();
        setVvalue(0);
        if (d == null) {
            Label hint = new Label(I18n.get("details.empty"));
            hint.setWrapText(true);
            hint.getStyleClass().add("details-placeholder");
            body.getChildren().add(hint);
            return;
        }
        Label title = new Label(d.label());
        title.setWrapText(true);
        title.getStyleClass().add("details-title");
        title.setId("details-title");
        body.getChildren().add(title);
        if (!d.altLabels().isEmpty()) {
            Label alt = new Label(String.join(" · ", d.altLabels()));
            alt.setWrapText(true);
            alt.getStyleClass().add("details-alt");
            body.getChildren().add(alt);
        }
        String when = d.since() != null ? " · " + I18n.get("details.since", String.valueOf(d.since()))
                : d.undated() ? " · " + I18n.get("details.undated") : "";
        Label kind = new Label(d.kind() + when);
        kind.setWrapText(true);
        kind.getStyleClass().add("details-kind");
        body.getChildren().add(kind);
        body.getChildren().add(heading(I18n.get("details.definition")));
        SelectableText definition = new SelectableText(d.definition(), "details-definition");
        definition.setId("details-definition");
        body.getChildren().add(definition);
        if (!d.notes().isBlank()) {
            body.getChildren().add(new SelectableText(d.notes(), "details-notes"));
        }
        body.getChildren().add(heading(I18n.get("details.quotes", d.quotes().size())));
        if (d.quotes().isEmpty()) {
            Label none = new Label(I18n.get("details.noQuotes"));
            none.setWrapText(true);
            none.getStyleClass().add("details-muted");
            body.getChildren().add(none);
        }
        for (ConceptDetails.QuoteView q : d.quotes()) {
            body.getChildren().add(quote(q));
        }
        body.getChildren().add(heading(I18n.get("details.relations")));
        for (Map.Entry<String, List<ConceptDetails.RelationLine>> group : d.relations().entrySet()) {
            body.getChildren().add(relationGroup(d.label(), group.getKey(), group.getValue()));
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    private VBox quote(ConceptDetails.QuoteView q) {
        SelectableText text = new SelectableText("“" + q.text() + "”", "quote-text");
        Label citation = new Label("— " + q.fullCitation());
        citation.setWrapText(true);
        citation.getStyleClass().add("quote-citation");
        Button copy = new Button(I18n.get("details.copyCitation"));
        copy.getStyleClass().addAll("flat", "small");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("“" + q.text() + "” (" + citationText.apply(q) + ")");
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox actions = new HBox(8, copy);
        if (isWebAddress(q.url())) {
            Hyperlink open = new Hyperlink(I18n.get("details.openSource"));
            org.psoexplorer.ui.Tips.on(open, q.url());
            open.setOnAction(e -> onOpenUrl.accept(q.url()));
            actions.getChildren().add(open);
        }
        VBox box = new VBox(4, text, citation, actions);
        box.getStyleClass().add("quote");
        return box;
    }

    private VBox relationGroup(String self, String phrase, List<ConceptDetails.RelationLine> lines) {
        VBox group = new VBox(2);
        group.getStyleClass().add("relation-group");
        Label header = new Label(self + " — " + phrase + " →");
        header.setWrapText(true);
        header.getStyleClass().add("relation-phrase");
        group.getChildren().add(header);
        for (ConceptDetails.RelationLine line : lines) {
            Hyperlink link = new Hyperlink(line.otherLabel());
            link.setWrapText(true);
            link.getStyleClass().add("relation-link");
            link.setOnAction(e -> onNavigate.accept(line.otherId()));
            // A wrapping link must not claim its one-line width as a minimum, or the pane cannot narrow.
            link.setMinWidth(0);
            HBox row = new HBox(6, link);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (line.contested()) {
                Label contested = new Label(I18n.get("details.contested"));
                contested.getStyleClass().add("contested-badge");
                row.getChildren().add(contested);
            }
            VBox entry = new VBox(1, row);
            entry.setPadding(new Insets(0, 0, 0, 12));
            if (!line.sources().isEmpty()) {
                Label sources = new Label(String.join("; ", line.sources()));
                sources.setWrapText(true);
                sources.getStyleClass().add("relation-sources");
                entry.getChildren().add(sources);
            }
            if (!line.note().isBlank()) {
                Label note = new Label(line.note());
                note.setWrapText(true);
                note.getStyleClass().add("relation-note");
                entry.getChildren().add(note);
            }
            if (line.quote() != null) {
                Label q = new Label("“" + line.quote().text() + "” — " + line.quote().fullCitation());
                q.setWrapText(true);
                q.getStyleClass().add("relation-quote");
                entry.getChildren().add(q);
            }
            group.getChildren().add(entry);
        }
        VBox.setVgrow(group, Priority.NEVER);
        group.setMinHeight(Region.USE_PREF_SIZE);
        return group;
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            String scheme = URI.create(url).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
