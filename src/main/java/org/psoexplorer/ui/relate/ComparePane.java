package org.psoexplorer.ui.relate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;
import org.psoexplorer.ui.details.ConceptDetails;

/** Two concepts side by side: definitions, quotes, what links them and what they are both related to. */
public final class ComparePane extends ScrollPane {

    /** Below this width each column would hold two to four words a line. */
    private static final double SIDE_BY_SIDE = 700;
    private boolean sideBySide;


    private final ExplorerViewModel explorer;
    private final RelateViewModel relate;
    private final VBox body = new VBox(12);
    /** Opens the Relate dialog (from the concept selected, if any), as the toolbar's Relate… does. */
    private final Runnable askRelate;

    public ComparePane(Lifetime life, RelateViewModel relate, ExplorerViewModel explorer) {
        this(life, relate, explorer, null);
    }

    /** @param askRelate opens the Relate dialog, offered on the empty tab; null offers nothing */
    public ComparePane(Lifetime life, RelateViewModel relate, ExplorerViewModel explorer, Runnable askRelate) {
        this.relate = relate;
        this.explorer = explorer;
        this.askRelate = askRelate;
        getStyleClass().add("compare-pane");
        setId("compare-pane");
        body.setPadding(new Insets(14, 16, 20, 16));
        body.getStyleClass().add("details-body");
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        life.listen(relate.answerProperty(), (o, was, a) -> refresh());
        widthProperty().addListener((o, was, w) -> {
            if ((w.doubleValue() >= SIDE_BY_SIDE) != sideBySide) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        body.getChildren().clear();
        TaxonomyGraph graph = explorer.graphProperty().get();
        if (relate.answerProperty().get() == null || graph == null) {
            Label empty = new Label(I18n.get("compare.empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("details-placeholder");
            body.getChildren().add(empty);
            if (askRelate != null && graph != null) {
                // The empty tab is where a reader looks for how to compare: the way is offered here.
                javafx.scene.control.Button ask = new javafx.scene.control.Button(I18n.get("relate.button"));
                ask.setId("compare-relate");
                ask.setOnAction(e -> askRelate.run());
                body.getChildren().add(ask);
            }
            return;
        }
        String lang = explorer.languageProperty().get();
        ConceptDetails a = ConceptDetails.of(graph, relate.from(), lang);
        ConceptDetails b = ConceptDetails.of(graph, relate.to(), lang);
        sideBySide = getWidth() >= SIDE_BY_SIDE;
        if (sideBySide) {
            GridPane columns = new GridPane();
            columns.setHgap(14);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            columns.getColumnConstraints().addAll(half, half);
            columns.add(column(a), 0, 0);
            columns.add(column(b), 1, 0);
            body.getChildren().add(columns);
        } else {
            // A side panel is too narrow for two columns (a few words a line): one concept above the other.
            VBox first = column(a);
            VBox second = column(b);
            second.getStyleClass().add("compare-second");
            body.getChildren().addAll(first, new javafx.scene.control.Separator(), second);
        }

        body.getChildren().add(heading(I18n.get("compare.between")));
        body.getChildren().add(wrapped(relate.answerProperty().get().headline(), "compare-between"));
        for (ConceptDetails.RelationLine line : linesTo(a, b.id())) {
            body.getChildren().add(wrapped(a.label() + " — " + line.phrase() + " → " + b.label()
                    + (line.sources().isEmpty() ? "" : "  (" + String.join("; ", line.sources()) + ")"), "compare-line"));
        }

        body.getChildren().add(heading(I18n.get("compare.shared")));
        Set<String> shared = new LinkedHashSet<>(graph.neighbours(a.id()));
        shared.retainAll(graph.neighbours(b.id()));
        shared.remove(a.id());
        shared.remove(b.id());
        if (shared.isEmpty()) {
            body.getChildren().add(wrapped(I18n.get("compare.sharedNone"), "details-muted"));
        }
        for (String id : shared) {
            String label = explorer.label(id);
            String left = phrases(a, id);
            String right = phrases(b, id);
            body.getChildren().add(wrapped("• " + label + ": " + a.label() + " " + left + "; " + b.label() + " " + right,
                    "compare-line"));
        }
    }

    private static List<ConceptDetails.RelationLine> linesTo(ConceptDetails d, String other) {
        return d.relations().values().stream().flatMap(List::stream).filter(l -> l.otherId().equals(other)).toList();
    }

    private static String phrases(ConceptDetails d, String other) {
        return String.join(", ", linesTo(d, other).stream().map(ConceptDetails.RelationLine::phrase).distinct().toList());
    }

    private VBox column(ConceptDetails d) {
        VBox col = new VBox(6);
        col.setMinWidth(0);
        Label title = wrapped(d.label(), "compare-title");
        Label kind = wrapped(d.kind(), "details-kind");
        col.getChildren().addAll(title, kind, wrapped(d.definition(), "compare-definition"));
        for (ConceptDetails.QuoteView q : d.quotes()) {
            VBox quote = new VBox(2, wrapped("“" + q.text() + "”", "quote-text"), wrapped("— " + q.fullCitation(),
                    "quote-citation"));
            quote.getStyleClass().add("quote");
            col.getChildren().add(quote);
        }
        return col;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
