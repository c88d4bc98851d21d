package org.psoexplorer.ui.tour;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Lifetime;

/** The caption of a tour step, large and readable over the graph, with its sources and the step controls. */
public final class TourOverlay extends VBox {

    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label caption = new Label();
    private final Label sources = new Label();
    private double heightLimit = Double.MAX_VALUE;

    public TourOverlay(Lifetime life, TourViewModel tours, ExplorerViewModel explorer) {
        super(8);
        getStyleClass().add("tour-overlay");
        setId("tour-overlay");
        setPadding(new Insets(14, 18, 14, 18));
        setMaxWidth(480);
        setPrefWidth(480);
        title.getStyleClass().add("tour-title");
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        counter.getStyleClass().add("tour-counter");
        counter.setMinWidth(USE_PREF_SIZE);
        counter.setId("tour-counter");
        caption.getStyleClass().add("tour-caption");
        caption.setId("tour-caption");
        caption.setWrapText(true);
        caption.setMinHeight(USE_PREF_SIZE);
        sources.getStyleClass().add("tour-sources");
        sources.setWrapText(true);
        Button previous = button(Feather.CHEVRON_LEFT, "tour.previous", tours::previous);
        Button next = button(Feather.CHEVRON_RIGHT, "tour.next", tours::next);
        Button close = button(Feather.X, "tour.exit", tours::stop);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, counter, spacer, previous, next, close);
        controls.setAlignment(Pos.CENTER_LEFT);
        // A long caption scrolls inside the card; the card itself never runs off the screen.
        javafx.scene.control.ScrollPane text = new javafx.scene.control.ScrollPane(caption);
        text.setId("tour-caption-scroll");
        text.getStyleClass().add("tour-caption-scroll");
        text.setFitToWidth(true);
        text.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        text.setMinHeight(48);
        // The scroll bar appears after the caption was wrapped, and the label, though narrowed, keeps
        // its lines: they would run under the bar. A gutter as wide as the bar keeps them clear of it.
        caption.getStyleClass().add("beside-scroll-bar");
        // The card asks for the caption's whole height (a scroll pane asks for almost none by itself);
        // only the height limit below makes it scroll.
        caption.heightProperty().addListener((o, was, h) -> text.setPrefViewportHeight(h.doubleValue()));
        VBox.setVgrow(text, Priority.SOMETIMES);
        sources.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(title, controls, text, sources);
        Runnable refresh = () -> show(tours, explorer);
        life.listen(tours.stepProperty(), (o, was, now) -> refresh.run());
        life.listen(tours.tourProperty(), (o, was, now) -> refresh.run());
        life.listen(explorer.languageProperty(), (o, was, now) -> refresh.run());
        refresh.run();
    }

    /** The most height the card may take (the graph area's, less a margin); its caption scrolls beyond that. */
    public void setHeightLimit(double limit) {
        heightLimit = limit;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.min(super.computePrefHeight(width), heightLimit);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private static Button button(Feather icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        org.psoexplorer.ui.Tips.on(b, I18n.get(key));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void show(TourViewModel tours, ExplorerViewModel explorer) {
        Tour tour = tours.tourProperty().get();
        TourStep step = tours.currentStep();
        setVisible(step != null);
        setManaged(step != null);
        if (step == null) {
            return;
        }
        Taxonomy t = explorer.getTaxonomy();
        String lang = explorer.languageProperty().get();
        title.setText(t.text(tour.title(), lang));
        counter.setText(I18n.get("tour.counter", tours.stepProperty().get() + 1, tour.steps().size()));
        caption.setText(t.text(step.caption(), lang));
        String cited = String.join("; ", step.sources().stream()
                .map(id -> t.source(id).map(Source::shortCitation).orElse(id)).distinct().toList());
        sources.setText(cited.isEmpty() ? "" : I18n.get("tour.sources", cited));
        sources.setVisible(!cited.isEmpty());
        sources.setManaged(!cited.isEmpty());
    }
}
