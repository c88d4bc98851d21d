package org.psoexplorer.ui.graph;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.ShapeOutline;
import org.psoexplorer.model.NodeShape;

/** One concept on screen: its shape, coloured by kind, and its wrapped label, centred on the node's position. */
final class NodeView extends Group {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    private final DiagramNode node;
    private final Text label;

    NodeView(DiagramNode node, DiagramStyle style) {
        this.node = node;
        getStyleClass().addAll("concept", "kind-" + node.kind());
        setId("concept-" + node.id());
        Shape shape = shape(node);
        shape.setFill(Color.web(node.fill()));
        shape.setStroke(Color.web(node.stroke()));
        shape.getStyleClass().add("concept-shape");
        label = new Text(String.join("\n", node.lines()));
        label.setFont(Font.font(style.fontFamily(), style.fontSize()));
        label.setTextAlignment(TextAlignment.CENTER);
        label.setTextOrigin(VPos.TOP);
        label.setFill(Color.web(node.textColor()));
        label.getStyleClass().add("concept-label");
        label.setMouseTransparent(true);
        label.setX(-label.getLayoutBounds().getWidth() / 2);
        label.setY(-label.getLayoutBounds().getHeight() / 2);
        getChildren().add(shape);
        if (node.shape() == NodeShape.NOTE) {
            // The folded corner the exports draw too, so a document looks like one on screen as on paper.
            double f = ShapeOutline.noteFold(node.width(), node.height());
            double right = node.width() / 2;
            double top = -node.height() / 2;
            Polygon fold = new Polygon(right - f, top, right - f, top + f, right, top + f);
            fold.setFill(Color.web(org.psoexplorer.diagram.Palette.darker(node.fill(), 0.88)));
            fold.setStroke(Color.web(node.stroke()));
            fold.getStyleClass().add("concept-fold");
            getChildren().add(fold);
        }
        getChildren().add(label);
        setLayoutX(node.x());
        setLayoutY(node.y());
        setAccessibleText(node.label());
    }

    private static Shape shape(DiagramNode n) {
        double w = n.width();
        double h = n.height();
        if (n.shape() == NodeShape.ELLIPSE) {
            return new Ellipse(0, 0, w / 2, h / 2);
        }
        double[] corners = ShapeOutline.polygon(n.shape(), w, h);
        if (corners != null) {
            return new Polygon(corners);
        }
        Rectangle r = new Rectangle(-w / 2, -h / 2, w, h);
        r.setArcWidth(ShapeOutline.cornerArc(w, h));
        r.setArcHeight(ShapeOutline.cornerArc(w, h));
        return r;
    }

    DiagramNode node() {
        return node;
    }

    String conceptId() {
        return node.id();
    }

    void showLabel(boolean shown) {
        label.setVisible(shown);
    }

    void setState(PseudoClass state, boolean on) {
        pseudoClassStateChanged(state, on);
    }
}
