package org.psoexplorer.ui.relate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.psoexplorer.graph.PathStory;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/**
 * How two concepts are connected, told path by path and step by step, each step with its sources,
 * its quote and, where it is contested, why. Clicking a path shows only that one on the graph.
 */
public final class ConnectionsPane extends ScrollPane {

    private final RelateViewModel relate;
    private final ExplorerViewModel explorer;
    private final VBox body = new VBox(10);
    private final MenuButton types = new MenuButton(I18n.get("relate.types"));
    private final Runnable onCompare;

    public ConnectionsPane(Lifetime life, RelateViewModel relate, ExplorerViewModel explorer, Runnable onCompare) {
        this.relate = relate;
        this.explorer = explorer;
        this.onCompare = onCompare;
        getStyleClass().add("connections-pane");
        setId("connections-pane");
        body.setPadding(new Insets(14, 16, 20, 16));
        body.getStyleClass().add("details-body");
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        life.listen(relate.answerProperty(), (o, was, a) -> show(a));
        life.listen(relate.activePathProperty(), (o, was, now) -> show(relate.answerProperty().get()));
        life.listen(explorer.taxonomyProperty(), (o, was, t) -> rebuildTypes(t));
        // Built again on a running explorer (another interface language): start from what it holds.
        rebuildTypes(explorer.getTaxonomy());
        show(relate.answerProperty().get());
    }

    private void rebuildTypes(Taxonomy t) {
        types.getItems().clear();
        if (t == null) {
            return;
        }
        for (RelationType rt : t.relationTypes()) {
            CheckMenuItem item = new CheckMenuItem(t.text(rt.label(), explorer.languageProperty().get()));
            Set<String> chosen = relate.typesProperty().get();
            item.setSelected(chosen.isEmpty() || chosen.contains(rt.id()));
            item.setOnAction(e -> {
                Set<String> now = new HashSet<>();
                types.getItems().stream().filter(i -> ((CheckMenuItem) i).isSelected())
                        .forEach(i -> now.add(t.relationTypes().get(types.getItems().indexOf(i)).id()));
                // All types ticked is the same question as no restriction.
                relate.typesProperty().set(now.size() == t.relationTypes().size() ? Set.of() : Set.copyOf(now));
            });
            types.getItems().add(item);
        }
    }

    private void show(RelateViewModel.Answer a) {
        body.getChildren().clear();
        if (a == null) {
            Label empty = new Label(I18n.get("relate.empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("details-placeholder");
            body.getChildren().add(empty);
            return;
        }
        Label headline = new Label(a.headline());
        headline.setWrapText(true);
        headline.setId("relate-headline");
        headline.getStyleClass().add("relate-headline");
        Button all = new Button(I18n.get("relate.allPaths"));
        all.setOnAction(e -> relate.activePathProperty().set(RelateViewModel.ALL_PATHS));
        all.setDisable(relate.activePathProperty().get() == RelateViewModel.ALL_PATHS);
        Button compare = new Button(I18n.get("relate.compare"));
        compare.setOnAction(e -> onCompare.run());
        Button clear = new Button(I18n.get("relate.clear"));
        clear.setOnAction(e -> relate.clear());
        FlowPane actions = new FlowPane(6, 6, types, all, compare, clear);
        body.getChildren().addAll(headline, actions);
        if (!a.heading().isEmpty()) {
            body.getChildren().add(muted(a.heading(), "relate-heading"));
        }
        if (a.caution() != null) {
            body.getChildren().add(muted(a.caution(), "relate-caution"));
        }
        List<PathStory> stories = a.stories();
        for (int i = 0; i < stories.size(); i++) {
            body.getChildren().add(path(i, stories.get(i)));
        }
    }

    private VBox path(int index, PathStory story) {
        VBox card = new VBox(6);
        card.getStyleClass().add("path-card");
        if (relate.activePathProperty().get() == index) {
            card.getStyleClass().add("active");
        }
        card.setOnMouseClicked(e -> relate.activePathProperty().set(index));
        Label title = new Label(new BundlePathWords().pathTitle(index + 1, story.path().length()));
        title.getStyleClass().add("path-title");
        Label sentence = new Label(story.sentence());
        sentence.setWrapText(true);
        sentence.getStyleClass().add("path-sentence");
        sentence.setId("path-sentence-" + index);
        card.getChildren().addAll(title, sentence);
        int n = 1;
        for (PathStory.StepStory step : story.steps()) {
            VBox s = new VBox(2);
            s.getStyleClass().add("path-step");
            Label text = new Label(n++ + ". " + step.text());
            text.setWrapText(true);
            text.getStyleClass().add("path-step-text");
            s.getChildren().add(text);
            for (String detail : step.details()) {
                Label d = new Label(detail);
                d.setWrapText(true);
                d.getStyleClass().add(detail.startsWith("“") || detail.startsWith("«") ? "path-step-quote"
                        : "path-step-detail");
                s.getChildren().add(d);
            }
            if (step.contested()) {
                s.getStyleClass().add("contested");
            }
            card.getChildren().add(s);
        }
        return card;
    }

    private static Label muted(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("details-muted", styleClass);
        return l;
    }
}
