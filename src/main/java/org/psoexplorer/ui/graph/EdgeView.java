package org.psoexplorer.ui.graph;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Font;
import javafx.scene.control.Label;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.layout.Point;

/** One relation on screen: its line, its arrowhead when directed, and its label (shown on demand). */
final class EdgeView extends Group {

    /** Drawn faintly behind the hierarchy in a busy view, until one of its concepts is pointed at. */
    static final javafx.css.PseudoClass RECEDED = javafx.css.PseudoClass.getPseudoClass("receded");

    private final DiagramEdge edge;
    private final DiagramStyle style;
    private Label label;
    /** Where the label's centre is, in the drawing's units. */
    private Point labelCentre;
    private Polyline line;
    /** The width the stylesheet (or, before it, the diagram's style) last gave the line. */
    private double styledWidth;

    EdgeView(DiagramEdge edge, DiagramStyle style) {
        this.edge = edge;
        getStyleClass().addAll("relation", "type-" + edge.type());
        // Found by relation index in the scene graph (tests, accessibility tools); not by a CSS id, see DrawnKeys.
        getProperties().put(DrawnKeys.RELATION, edge.relationIndex());
        if (edge.contested()) {
            getStyleClass().add("contested");
        }
        Color color = Color.web(edge.color());
        boolean hollow = edge.line().arrowhead() == org.psoexplorer.diagram.LineStyle.Arrowhead.OPEN;
        Polyline line = new Polyline();
        for (Point p : hollow ? stopShort(edge.points(), style.arrowSize()) : edge.points()) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.setStroke(color);
        line.setStrokeWidth(style.edgeWidth());
        line.getStyleClass().add("relation-line");
        // The type's own dash pattern and arrowhead, as in the legend and the exports.
        for (double d : edge.line().dash().pattern(style.edgeWidth())) {
            line.getStrokeDashArray().add(d);
        }
        getChildren().add(line);
        this.line = line;
        this.styledWidth = style.edgeWidth();
        if (edge.directed() && edge.points().size() >= 2) {
            Polygon head = arrowhead(edge.points(), style.arrowSize());
            if (hollow) {
                head.setFill(Color.TRANSPARENT);
                head.setStroke(color);
                head.setStrokeWidth(style.edgeWidth());
            } else {
                head.setFill(color);
            }
            head.getStyleClass().add("relation-arrow");
            getChildren().add(head);
        }
        this.style = style;
    }

    /**
     * The label, made the first time it is asked for: most relation labels are never shown, and a
     * label is a control, costly to style and lay out by the thousand.
     */
    private Label makeLabel() {
        // Where the diagram placed the label: clear of every concept and every other label.
        Point mid = edge.labelBox() == null ? edge.middle() : new Point(edge.labelBox().x(), edge.labelBox().y());
        // On the lines the diagram placed it on, when it had no room for one.
        Label made = new Label(edge.labelBox() == null ? edge.label() : String.join("\n", edge.labelBox().lines(edge.label())));
        made.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        made.setFont(Font.font(style.fontFamily(), style.fontSize() - 2));
        made.getStyleClass().add("relation-label");
        made.getProperties().put(DrawnKeys.RELATION_LABEL_OF, edge.relationIndex());
        made.setVisible(false);
        made.setMouseTransparent(true);
        labelCentre = mid;
        // The group sizes the label once its skin exists; keep it centred on its place then.
        made.widthProperty().addListener((o, was, now) -> centreLabel(made));
        made.heightProperty().addListener((o, was, now) -> centreLabel(made));
        for (var state : getPseudoClassStates()) {
            made.pseudoClassStateChanged(state, true);
        }
        return made;
    }

    private void centreLabel(Label l) {
        l.relocate(labelCentre.x() - l.getWidth() / 2, labelCentre.y() - l.getHeight() / 2);
    }

    /** Where the label's centre is drawn, in the drawing's units. */
    Point labelCentre() {
        return labelCentre;
    }

    /** Draws the label centred at {@code at}, {@code scale} times its size (grown to be read on a projector). */
    void placeLabel(Point at, double scale) {
        Label l = label();
        labelCentre = at;
        centreLabel(l);
        l.setScaleX(scale);
        l.setScaleY(scale);
    }

    /** The line ending at a hollow arrowhead's base, so it does not show inside the head. */
    private static List<Point> stopShort(List<Point> points, double by) {
        if (points.size() < 2) {
            return points;
        }
        Point tip = points.get(points.size() - 1);
        Point from = points.get(points.size() - 2);
        double len = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
        double cut = Math.min(by * Math.cos(Math.toRadians(24)), len);
        List<Point> shortened = new java.util.ArrayList<>(points);
        if (len > 0) {
            shortened.set(points.size() - 1, new Point(tip.x() - (tip.x() - from.x()) / len * cut,
                    tip.y() - (tip.y() - from.y()) / len * cut));
        }
        return shortened;
    }

    static Polygon arrowhead(List<Point> points, double size) {
        Point tip = points.get(points.size() - 1);
        Point from = points.get(points.size() - 2);
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double spread = Math.toRadians(24);
        return new Polygon(tip.x(), tip.y(),
                tip.x() - size * Math.cos(angle - spread), tip.y() - size * Math.sin(angle - spread),
                tip.x() - size * Math.cos(angle + spread), tip.y() - size * Math.sin(angle + spread));
    }

    /** Whether the diagram found the label a free place; if not, it is shown only on hover. */
    boolean labelPlaced() {
        return edge.labelBox() == null || edge.labelBox().placed();
    }

    /**
     * Keeps the line at least {@code width} thick in the drawing's units (a pixel on screen when
     * zoomed far out), and otherwise as the stylesheet draws it in its state: a lit path's line is
     * thicker. Set by code, a width overrides the stylesheet's until the line's state next changes,
     * so a view zoomed (or a window rebuilt) with a path lit drew every line thin.
     */
    void setMinimumWidth(double width) {
        @SuppressWarnings("unchecked")
        javafx.css.StyleableProperty<Number> stroke = (javafx.css.StyleableProperty<Number>) line.strokeWidthProperty();
        if (stroke.getStyleOrigin() != javafx.css.StyleOrigin.USER) {
            styledWidth = line.getStrokeWidth();
        }
        if (width > styledWidth) {
            line.setStrokeWidth(width);
        } else if (stroke.getStyleOrigin() == javafx.css.StyleOrigin.USER && line.getStrokeWidth() != styledWidth) {
            // Back to the stylesheet's width, given as the stylesheet's, so its next state replaces it.
            stroke.applyStyle(javafx.css.StyleOrigin.AUTHOR, styledWidth);
        }
    }

    DiagramEdge edge() {
        return edge;
    }

    /** How many lines the relation's name is drawn on (the diagram may have broken a long one). */
    int labelLines() {
        return label().getText().split("\n", -1).length;
    }

    /** The label lives in its own layer above all nodes, so it is never hidden under a box. */
    Label label() {
        if (label == null) {
            label = makeLabel();
        }
        return label;
    }

    boolean hasLabel() {
        return label != null;
    }

    void setState(javafx.css.PseudoClass state, boolean on) {
        pseudoClassStateChanged(state, on);
        if (label != null) {
            label.pseudoClassStateChanged(state, on);
        }
    }
}
