package org.psoexplorer.ui.edit;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Taxonomy;

/** The relations from and to the concept in the form, each with Change and Delete, and Add relation. */
final class RelationList extends VBox {

    RelationList(EditViewModel edits, EditActions actions, String conceptId) {
        super(6);
        getStyleClass().add("relation-list");
        Taxonomy t = edits.taxonomyProperty().get();
        String lang = edits.language();
        Label heading = new Label(Texts.ui("details.relations"));
        heading.getStyleClass().add("details-heading");
        getChildren().add(heading);
        for (int i = 0; i < t.relations().size(); i++) {
            Relation r = t.relations().get(i);
            if (!r.from().equals(conceptId) && !r.to().equals(conceptId)) {
                continue;
            }
            String type = t.relationType(r.type()).map(rt -> Texts.label(t, rt.label(), rt.id(), lang)).orElse(r.type());
            Label line = new Label(edits.label(r.from()) + " — " + type + " → " + edits.label(r.to()));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("edit-relation-line");
            line.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(line, Priority.ALWAYS);
            int index = i;
            Button change = new Button(Texts.ui("edit.change"));
            change.getStyleClass().addAll("flat", "small");
            change.setMinWidth(Region.USE_PREF_SIZE);
            change.setOnAction(e -> actions.editRelation(index, null));
            Button delete = new Button(Texts.ui("edit.remove"));
            delete.getStyleClass().addAll("flat", "small");
            delete.setMinWidth(Region.USE_PREF_SIZE);
            delete.setOnAction(e -> actions.deleteRelation(index));
            HBox row = new HBox(6, line, change, delete);
            row.getStyleClass().add("relation-row");
            row.setId("relation-row-" + i);
            getChildren().add(row);
            List<String> problems = edits.relationProblems(i);
            if (!problems.isEmpty()) {
                Label p = new Label(String.join("\n", problems));
                p.setWrapText(true);
                p.setMinHeight(Region.USE_PREF_SIZE);
                p.getStyleClass().add("edit-field-problem");
                getChildren().add(p);
            }
        }
        Button add = new Button(Texts.ui("edit.relation.addButton"));
        add.setId("form-add-relation");
        add.setOnAction(e -> actions.editRelation(-1, conceptId));
        Label hint = new Label(Texts.ui("edit.relation.dragHint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("details-muted");
        getChildren().addAll(add, hint);
    }
}
