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
    static final PseudoClass UNDATED = PseudoClass.getPseudoClass("undated");
    /** The thickest outline a concept's box is drawn with (presentation mode's), in the drawing's units. */
    private static final double BOX_STROKE = 2;
    /** How much wider and taller a name's backing is than its text, in the label's units. */
    private static final double PILL_PAD_X = 8;
    private static final double PILL_PAD_Y = 2;

    private final DiagramNode node;
    private final Text label;
    private final Shape shape;
    /** The label with a backing pill, drawn in a layer above every shape and scaled to stay legible. */
    private final Group labelBox = new Group();
    /** The label and its pill, moved off the concept's centre when the centre has no room. */
    private final Group labelInner = new Group();
    private final javafx.scene.transform.Scale labelScale = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private final Rectangle pill = new Rectangle();
    /** Whether the concept is selected (its name's outline follows where the name stands: {@link #outlineSelectedName}). */
    private boolean selected;
    /** The pill's own size, around the label alone, at scale 1 (in the label's weight: see {@link #setBold}). */
    private double pillWidth;
    private double pillHeight;
    private final DiagramStyle style;
    private boolean bold;
    /** Whether the name's backing, centred, covers the whole box (see {@link #showBoxUnlessCovered}). */
    private boolean boxCovered;
    /** The selection's halo, outside the shape, as thick on screen at any zoom; made when first selected. */
    private Shape halo;
    /** The halo around the name's backing instead, when that backing is the concept's face. */
    private Rectangle faceHalo;
    /** The folded corner of a note, or null. */
    private Polygon fold;
    private boolean haloShown;
    private double haloWidth;
    /**
     * The line from the box to its name when the name is set apart ({@link Leader}), drawn in a layer
     * of its own under every shape: inside this node it would stretch the concept's bounds, which
     * centring on a concept and a pointer aimed at it take for the box.
     */
    private final javafx.scene.shape.Line leader = new javafx.scene.shape.Line();
    /** The drawing's units per screen pixel at the current zoom. */
    private double pixel = 1;
    /** The units per pixel the leader's width and dots were last set for. */
    private double leaderPixel = Double.NaN;

    NodeView(DiagramNode node, DiagramStyle style) {
        this.node = node;
        this.style = style;
        getStyleClass().addAll("concept", "kind-" + node.kind());
        getProperties().put(DrawnKeys.CONCEPT, node.id());
        shape = shape(node);
        shape.setFill(Color.web(node.fill()));
        shape.setStroke(Color.web(node.stroke()));
        shape.getStyleClass().add("concept-shape");
        label = new Text(String.join("\n", node.lines()));
        label.setFont(Font.font(style.fontFamily(), style.fontSize()));
        label.setTextAlignment(TextAlignment.CENTER);
        label.setTextOrigin(VPos.TOP);
        label.setFill(Color.web(node.textColor()));
        label.getStyleClass().add("concept-label");
        getChildren().add(shape);
        if (node.shape() == NodeShape.NOTE) {
            // The folded corner the exports draw too, so a document looks like one on screen as on paper.
            double f = ShapeOutline.noteFold(node.width(), node.height());
            double right = node.width() / 2;
            double top = -node.height() / 2;
            fold = new Polygon(right - f, top, right - f, top + f, right, top + f);
            fold.setFill(Color.web(org.psoexplorer.diagram.Palette.darker(node.fill(), 0.88)));
            fold.setStroke(Color.web(node.stroke()));
            fold.getStyleClass().add("concept-fold");
            getChildren().add(fold);
        }
        measureLabel();
        sizePill(pillWidth, pillHeight, 6);
        pill.getStyleClass().add("concept-label-pill");
        // Enlarged past its shape, the label becomes the concept's face: the kind's colours, as the box has.
        pill.setFill(Color.web(node.fill()));
        pill.setStroke(Color.web(node.stroke()));
        pill.setVisible(false);
        labelInner.getChildren().addAll(pill, label);
        labelBox.getChildren().add(labelInner);
        labelBox.getTransforms().add(labelScale);
        labelBox.getStyleClass().add("concept-label-box");
        // The name is part of the concept for the pointer: it floats above every shape, often beside
        // a concept drawn smaller than it, and a click on it must select that concept.
        labelBox.getProperties().put(DrawnKeys.LABEL_OF, node.id());
        follow(labelBox);
        leader.setStroke(Color.web(node.stroke()));
        leader.getStyleClass().add("concept-leader");
        leader.setMouseTransparent(true);
        leader.setStrokeLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        leader.setVisible(false);
        leader.getProperties().put(DrawnKeys.LEADER_OF, node.id());
        follow(leader);
        setLayoutX(node.x());
        setLayoutY(node.y());
        setAccessibleText(node.label());
    }

    /** Centres the label on the concept and sizes its pill around it, in the label's present font. */
    private void measureLabel() {
        label.setX(-label.getLayoutBounds().getWidth() / 2);
        label.setY(-label.getLayoutBounds().getHeight() / 2);
        pillWidth = label.getLayoutBounds().getWidth() + PILL_PAD_X;
        pillHeight = label.getLayoutBounds().getHeight() + PILL_PAD_Y;
    }

    /**
     * Sets the name in bold (high contrast) or regular. The weight is set here, not by the stylesheet:
     * the pill, the placement of names and the test of whether a name fits its box all use the
     * label's measured size, and a weight the stylesheet applied later left them measuring the
     * regular name while the bold one, a tenth wider, ran out of its pill onto its neighbours.
     */
    void setBold(boolean on) {
        if (on == bold) {
            return;
        }
        bold = on;
        label.setFont(Font.font(style.fontFamily(), on ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, style.fontSize()));
        measureLabel();
        pill.setVisible(pill.isVisible() || outgrowsShape(labelScale.getX()));
        fitPill();
        placeLeader();
    }

    /** Whether the name's text, enlarged by {@code factor}, is wider than its box's inside. */
    private boolean outgrowsShape(double factor) {
        return (pillWidth - PILL_PAD_X) * factor > node.width() - 2 * BOX_STROKE;
    }

    /** A part drawn in another layer (the name, the leader) follows its concept when dragged or gliding to a new place. */
    private void follow(javafx.scene.Node part) {
        part.layoutXProperty().bind(layoutXProperty());
        part.layoutYProperty().bind(layoutYProperty());
        part.translateXProperty().bind(translateXProperty());
        part.translateYProperty().bind(translateYProperty());
        part.opacityProperty().bind(opacityProperty());
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

    /** The shape's bounds with its outline, around the concept's centre. */
    javafx.geometry.Bounds shapeBounds() {
        return shape.getBoundsInParent();
    }

    String conceptId() {
        return node.id();
    }

    Group labelBox() {
        return labelBox;
    }

    Text label() {
        return label;
    }

    /** Width and height of the label at scale 1, in the drawing's units. */
    double labelWidth() {
        return pillWidth;
    }

    double labelHeight() {
        return pillHeight;
    }

    void showLabel(boolean shown) {
        labelBox.setVisible(shown);
        showBoxUnlessCovered();
        placeLeader();
    }

    /**
     * Enlarges the label by {@code factor} around the concept's centre; once it outgrows its shape
     * it gets a backing so it stays readable over lines and neighbours.
     */
    void scaleLabel(double factor) {
        labelScale.setX(factor);
        labelScale.setY(factor);
        // A bold name (high contrast) can outgrow a box sized for the regular one: it gets a backing too.
        pill.setVisible(factor > 1.05 || outgrowsShape(factor));
        fitPill();
    }

    /**
     * Moves the label off the concept's centre by (dx, dy) in the label's own (unscaled) units;
     * {@code pixel} is the drawing's units per screen pixel at the current zoom.
     */
    void offsetLabel(double dx, double dy, double pixel) {
        this.pixel = pixel;
        labelInner.setTranslateX(dx);
        labelInner.setTranslateY(dy);
        pill.setVisible(pill.isVisible() || dx != 0 || dy != 0);
        fitPill();
        placeLeader();
    }

    /** The line joining the box to its name, shown while the name is set apart. */
    javafx.scene.shape.Line leader() {
        return leader;
    }

    /** Joins the box and its name by the shortest line between them, when they are apart. */
    private void placeLeader() {
        double f = labelScale.getX();
        double[] line = !labelBox.isVisible() ? null : Leader.between(0, 0, node.width() / 2, node.height() / 2,
                labelInner.getTranslateX() * f, labelInner.getTranslateY() * f, pill.getWidth() * f / 2,
                pill.getHeight() * f / 2, Leader.FROM_PX * pixel);
        if (line == null) {
            leader.setVisible(false);
            return;
        }
        leader.setStartX(line[0]);
        leader.setStartY(line[1]);
        leader.setEndX(line[2]);
        leader.setEndY(line[3]);
        if (leaderPixel != pixel) {
            // Set only when the zoom changed: a new dash list redraws the line even when equal.
            leaderPixel = pixel;
            leader.setStrokeWidth(Leader.WIDTH_PX * pixel);
            leader.getStrokeDashArray().setAll(Leader.DOTS_PX[0] * pixel, Leader.DOTS_PX[1] * pixel);
        }
        leader.setVisible(true);
    }

    /**
     * An enlarged label on its box's centre is the concept's face: its pill covers the whole box, or
     * the box's outline shows a few pixels above and below the pill's, a second frame around the
     * name. Boxes and notes (a box with a folded corner) are covered whole. A hexagon's pill is as
     * tall as it, over its top and bottom edges, and leaves its points showing either side (covered
     * whole only where the name is wider). A pill over an ellipse or a diamond would hide its shape
     * and the arrowheads that end on its curved or slanting sides.
     */
    private void fitPill() {
        NodeShape shape = node.shape() == null ? NodeShape.ROUNDED : node.shape();
        boolean box = shape == NodeShape.ROUNDED || shape == NodeShape.RECTANGLE || shape == NodeShape.NOTE;
        boolean hexagon = shape == NodeShape.HEXAGON;
        double labelFactor = labelScale.getX();
        boolean offCentre = labelInner.getTranslateX() != 0 || labelInner.getTranslateY() != 0;
        boolean face = pill.isVisible() && !offCentre;
        // The text alone must fit: without its backing the name has no padding to keep inside.
        if (face && fitsInside(shape, (pillWidth - PILL_PAD_X) * labelFactor, (pillHeight - PILL_PAD_Y) * labelFactor)) {
            // Enlarged yet still inside its ellipse or diamond, on the shape's own fill: a backing would
            // only draw a rectangle inside the shape, a second frame round the name.
            pill.setVisible(false);
            face = false;
        }
        // Over the shape's stroke as well (a presentation's is 2 units thick, half of it outside the shape).
        double w = (node.width() + BOX_STROKE) / labelFactor;
        double h = (node.height() + BOX_STROKE) / labelFactor;
        if (face && box) {
            double arc = shape != NodeShape.ROUNDED ? 0
                    : ShapeOutline.cornerArc(node.width(), node.height()) / labelFactor;
            sizePill(Math.max(pillWidth, w), Math.max(pillHeight, h), arc);
        } else if (face && hexagon) {
            sizePill(pillWidth, Math.max(pillHeight, h), 6);
        } else {
            sizePill(pillWidth, pillHeight, 6);
        }
        boxCovered = face && (box || hexagon && pillWidth >= w);
        showBoxUnlessCovered();
        outlineSelectedName();
    }

    /**
     * A box the name's backing covers whole is not drawn: hidden by an opaque backing it costs a
     * frame for nothing, and under a faint one (a concept dimmed while another is pointed at) its
     * outline showed through as a second frame inside the name. Transparent, it still takes the
     * pointer; and it is drawn whenever the name is not.
     */
    private void showBoxUnlessCovered() {
        boolean covered = boxCovered && labelBox.isVisible();
        shape.setOpacity(covered ? 0 : 1);
        if (fold != null) {
            fold.setOpacity(covered ? 0 : 1);
        }
        placeHalo();
    }

    /**
     * Whether a {@code w × h} box on the concept's centre lies inside its ellipse or diamond, clear of
     * the outline (its stroke and a unit more); false for any other shape.
     */
    private boolean fitsInside(NodeShape shape, double w, double h) {
        double a = node.width() / 2 - BOX_STROKE;
        double b = node.height() / 2 - BOX_STROKE;
        if (a <= 0 || b <= 0) {
            return false;
        }
        double x = w / 2 / a;
        double y = h / 2 / b;
        return shape == NodeShape.ELLIPSE ? x * x + y * y <= 1 : shape == NodeShape.DIAMOND && x + y <= 1;
    }

    private void sizePill(double w, double h, double arc) {
        pill.setX(-w / 2);
        pill.setY(-h / 2);
        pill.setWidth(w);
        pill.setHeight(h);
        pill.setArcWidth(arc);
        pill.setArcHeight(arc);
    }

    /** Shows the selection halo, {@code width} thick in the drawing's units. */
    void showHalo(boolean shown, double width) {
        haloShown = shown;
        haloWidth = width;
        placeHalo();
    }

    /**
     * The halo goes round what the concept looks like: its shape, or the name's backing when that is
     * its face. Round a box covered by a wider name it showed as a band above and below the name,
     * the width of the hidden box, with a tab at each end.
     */
    private void placeHalo() {
        if (halo == null) {
            if (!haloShown) {
                return;
            }
            // One concept of the whole drawing is selected at a time: the others never need theirs.
            halo = haloOf(shape(node));
            faceHalo = (Rectangle) haloOf(new Rectangle());
        }
        boolean face = boxCovered && labelBox.isVisible();
        if (face) {
            double k = labelScale.getX();
            faceHalo.setX(pill.getX() * k);
            faceHalo.setY(pill.getY() * k);
            faceHalo.setWidth(pill.getWidth() * k);
            faceHalo.setHeight(pill.getHeight() * k);
            faceHalo.setArcWidth(pill.getArcWidth() * k);
            faceHalo.setArcHeight(pill.getArcHeight() * k);
        }
        halo.setVisible(haloShown && !face);
        faceHalo.setVisible(haloShown && face);
        halo.setStrokeWidth(haloWidth);
        faceHalo.setStrokeWidth(haloWidth);
    }

    private Shape haloOf(Shape outline) {
        outline.setFill(null);
        outline.getStyleClass().add("concept-halo");
        outline.setStrokeType(javafx.scene.shape.StrokeType.OUTSIDE);
        outline.setMouseTransparent(true);
        getChildren().add(0, outline);
        return outline;
    }

    void setState(PseudoClass state, boolean on) {
        pseudoClassStateChanged(state, on);
        if (state == SELECTED) {
            selected = on;
            outlineSelectedName();
        } else {
            labelBox.pseudoClassStateChanged(state, on);
        }
    }

    /**
     * A selected concept's name is outlined where it stands for the concept: set apart from its
     * shape, or covering it as its face. On its shape's centre with the shape drawn round it (an
     * ellipse's, a diamond's, a hexagon's points), the halo round the shape says it already: an
     * outline on the name too drew a second accent frame inside the ring.
     */
    private void outlineSelectedName() {
        boolean onShape = pill.isVisible() && labelInner.getTranslateX() == 0 && labelInner.getTranslateY() == 0
                && !boxCovered;
        labelBox.pseudoClassStateChanged(SELECTED, selected && !onShape);
    }
}
