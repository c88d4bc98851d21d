package org.psoexplorer.ui.graph;

import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.psoexplorer.diagram.DiagramStyle;

/**
 * Rasterises once, off screen, the kinds of lines, shapes and names a graph is drawn with, while the
 * opening drawing is still being made. The first graph a JVM paints takes several times longer than
 * the next ones: the software renderer's rasteriser runs interpreted until the compiler has seen it
 * at work. It learns on this sample instead, so the graph's own first frame comes sooner.
 */
public final class RenderWarmUp {

    private static boolean done;

    private RenderWarmUp() {
    }

    /** Renders the sample the first time it is called in this JVM; later calls do nothing. FX thread only. */
    public static void once() {
        if (done || !Platform.isFxApplicationThread()) {
            return;
        }
        done = true;
        FrameTrace.mark("render warm-up");
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        sample().snapshot(params, new WritableImage(SIDE, SIDE));
        FrameTrace.mark("render warm-up done");
    }

    private static final int SIDE = 320;

    /** Lines plain and dashed with their arrowheads, boxes, ellipses, diamonds and names. */
    static Group sample() {
        Group g = new Group();
        Font font = Font.font(DiagramStyle.DEFAULT.fontFamily(), DiagramStyle.DEFAULT.fontSize());
        for (int i = 0; i < 36; i++) {
            double x = 8 + (i % 6) * 52;
            double y = 8 + (i / 6) * 52;
            Polyline line = new Polyline(x, y, x + 18, y + 30 + i % 5, x + 46, y + 10, x + 36, y + 44);
            line.setStroke(Color.gray(0.2 + (i % 4) * 0.15));
            line.setStrokeWidth(1 + (i % 3) * 0.5);
            if (i % 3 != 0) {
                line.getStrokeDashArray().addAll(6.0 - i % 3, 3.0 + i % 2);
            }
            line.setOpacity(i % 4 == 0 ? 0.35 : 1);
            Polygon head = new Polygon(x + 36, y + 44, x + 29, y + 36, x + 41, y + 35);
            head.setFill(i % 2 == 0 ? Color.DIMGRAY : Color.TRANSPARENT);
            head.setStroke(Color.DIMGRAY);
            Rectangle box = new Rectangle(x + 2, y + 4, 44, 20);
            box.setArcWidth(8);
            box.setArcHeight(8);
            box.setFill(Color.hsb(i * 23 % 360, 0.25, 0.95));
            box.setStroke(Color.hsb(i * 23 % 360, 0.6, 0.5));
            Ellipse ellipse = new Ellipse(x + 26, y + 30, 20, 9);
            ellipse.setFill(Color.hsb(i * 41 % 360, 0.2, 0.97));
            ellipse.setStroke(Color.GRAY);
            Polygon diamond = new Polygon(x + 24, y + 2, x + 46, y + 13, x + 24, y + 24, x + 2, y + 13);
            diamond.setFill(Color.LIGHTYELLOW);
            diamond.setStroke(Color.DARKGOLDENROD);
            Text name = new Text(x + 4, y + 6, i % 2 == 0 ? "Peacekeeping" : "Conflict prevention");
            name.setFont(i % 3 == 0 ? font : Font.font(font.getFamily(), 11 + i % 4));
            name.setTextOrigin(VPos.TOP);
            g.getChildren().addAll(line, head, box, ellipse, diamond, name);
        }
        return g;
    }
}
