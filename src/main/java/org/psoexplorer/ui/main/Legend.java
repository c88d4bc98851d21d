package org.psoexplorer.ui.main;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.Tips;

/**
 * The kinds and relation types on screen, with their colours, shapes and dashes. Kept small so
 * it hides little of the graph: relation types unfold on demand, and the whole legend folds away.
 */
final class Legend extends VBox {

    private final FlowPane kinds = new FlowPane(10, 3);
    private final FlowPane relations = new FlowPane(10, 3);
    private final VBox body = new VBox(3);
    private final Hyperlink relationsToggle = new Hyperlink();
    private final Hyperlink foldToggle = new Hyperlink();
    private final Label recedingHint = new Label(I18n.get("legend.receding"));
    private java.util.List<LegendItem> shownItems;

    Legend() {
        super(3);
        getStyleClass().add("legend");
        setId("legend");
        setPadding(new Insets(6, 10, 6, 10));
        setMaxWidth(480);
        setMaxHeight(USE_PREF_SIZE);
        setPickOnBounds(false);
        Label title = new Label(I18n.get("legend.title"));
        title.getStyleClass().add("legend-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        foldToggle.setOnAction(e -> setFolded(body.isVisible()));
        relationsToggle.setOnAction(e -> setRelationsShown(!relations.isVisible()));
        HBox header = new HBox(8, title, spacer, foldToggle);
        recedingHint.getStyleClass().add("legend-hint");
        Tips.on(recedingHint, I18n.get("legend.recedingMore"));
        recedingHint.setMinWidth(USE_PREF_SIZE);
        relationsToggle.setMinWidth(USE_PREF_SIZE);
        setRecedingHint(false);
        // On the relation types' line, so the legend grows no taller and hides no more of the graph.
        HBox relationsLine = new HBox(10, relationsToggle, recedingHint);
        relationsLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        body.getChildren().addAll(kinds, relationsLine, relations);
        getChildren().addAll(header, body);
        setRelationsShown(false);
        setFolded(false);
    }

    private void setFolded(boolean folded) {
        body.setVisible(!folded);
        body.setManaged(!folded);
        foldToggle.setText(I18n.get(folded ? "legend.show" : "legend.hide"));
    }

    private void setRelationsShown(boolean shown) {
        relations.setVisible(shown);
        relations.setManaged(shown);
        relationsToggle.setText(I18n.get(shown ? "legend.relationsHide" : "legend.relationsShow"));
    }

    /** Says why most lines are faint, and how to bring them out, while a busy view lets them recede. */
    void setRecedingHint(boolean shown) {
        recedingHint.setVisible(shown);
        recedingHint.setManaged(shown);
    }

    void show(Diagram d) {
        show(d == null ? null : d.legend());
    }

    /** Lists these kinds and relation types (the kinds alone, before the drawing is made, hold the legend's room). */
    void show(java.util.List<LegendItem> legendItems) {
        if (java.util.Objects.equals(legendItems, shownItems) && legendItems != null) {
            return;
        }
        shownItems = legendItems == null ? null : java.util.List.copyOf(legendItems);
        kinds.getChildren().clear();
        relations.getChildren().clear();
        if (legendItems == null) {
            return;
        }
        for (LegendItem item : legendItems) {
            Label l = new Label(item.label());
            l.getStyleClass().add("legend-item");
            if (item.isKind()) {
                Rectangle swatch = new Rectangle(14, 10, Color.web(item.fill()));
                swatch.setStroke(Color.web(item.stroke()));
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                l.setGraphic(swatch);
                kinds.getChildren().add(l);
            } else {
                l.setGraphic(LegendLine.of(item));
                relations.getChildren().add(l);
            }
        }
    }
}
