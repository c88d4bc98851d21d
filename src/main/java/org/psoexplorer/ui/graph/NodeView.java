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
        getChildren().addAll(shape, label);
        setLayoutX(node.x());
        setLayoutY(node.y());
        setAccessibleText(node.label());
    }

    private static Shape shape(DiagramNode n) {
        double w = n.width();
        double h = n.height();
        return switch (n.shape()) {
            case ELLIPSE -> new Ellipse(0, 0, w / 2, h / 2);
            case DIAMOND -> new Polygon(0, -h / 2, w / 2, 0, 0, h / 2, -w / 2, 0);
            case HEXAGON -> {
                double inset = Math.min(h / 2, w / 4);
                yield new Polygon(-w / 2 + inset, -h / 2, w / 2 - inset, -h / 2, w / 2, 0, w / 2 - inset, h / 2,
                        -w / 2 + inset, h / 2, -w / 2, 0);
            }
            case NOTE -> {
                double fold = Math.min(12, h / 3);
                yield new Polygon(-w / 2, -h / 2, w / 2 - fold, -h / 2, w / 2, -h / 2 + fold, w / 2, h / 2, -w / 2, h / 2);
            }
            case RECTANGLE -> new Rectangle(-w / 2, -h / 2, w, h);
            default -> {
                Rectangle r = new Rectangle(-w / 2, -h / 2, w, h);
                r.setArcWidth(Math.min(18, h * 0.6));
                r.setArcHeight(Math.min(18, h * 0.6));
                yield r;
            }
        };
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
