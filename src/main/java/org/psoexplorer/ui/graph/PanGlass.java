package org.psoexplorer.ui.graph;

import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.util.Duration;

/**
 * A picture of the graph's view and a margin around it, shown in place of the scene nodes while
 * the user pans or zooms: each frame then moves or scales one image. The software pipeline (what a
 * laptop without a working GPU driver falls back to) redraws every shape, name and line of a frame
 * from scratch; a picture costs it one copy. Once the gesture pauses, the scene nodes come back.
 */
final class PanGlass {

    /** How far the picture reaches beyond the view on each side, in screen pixels. */
    static final double MARGIN_PX = 240;
    /** Zoomed in further than this since the picture was taken, it is too coarse: take another. */
    private static final double MAX_ENLARGEMENT = 1.6;
    /** A pause this long ends the gesture: the wheel's clicks and a drag's moves come closer together. */
    static final Duration SETTLE = Duration.millis(160);

    private final Node content;
    private final ImageView view = new ImageView();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private WritableImage image;
    /** The picture's pixels, read when a zoom first scales it, and its scaled copy the size of the view. */
    private final PixelCanvas source = new PixelCanvas();
    private boolean sourceRead;
    private final PixelCanvas scaled = new PixelCanvas();
    private double enlargement = 1;
    private double outputScale = 1;
    private double width;
    private double height;
    private double takenScale;
    private double takenTx;
    private double takenTy;
    private int taken;

    PanGlass(Node content) {
        this.content = content;
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
        // Nearest pixel while zooming: the picture lasts a fraction of a second and smoothing costs the pipeline.
        view.setSmooth(false);
        view.getStyleClass().add("pan-glass");
    }

    ImageView view() {
        return view;
    }

    /** What to do when the gesture has paused: put the scene nodes back for the view reached. */
    void setOnSettled(Runnable action) {
        settle.setOnFinished(e -> action.run());
    }

    /** How long a pause ends the gesture (tests lengthen it, so a slow robot's moves stay one gesture). */
    void setSettle(Duration pause) {
        settle.setDuration(pause);
    }

    /** How much the picture shown is enlarged from the one taken (for tests). */
    double enlargement() {
        return enlargement;
    }

    /** How many pictures were taken (to check that a gesture takes few). */
    int taken() {
        return taken;
    }

    boolean shown() {
        return view.isVisible();
    }

    /**
     * Takes the picture of a {@code w × h} view drawn at this zoom and pan and shows it instead of
     * the content, until {@link #hide} or the gesture's pause.
     */
    void take(double w, double h, double scale, double tx, double ty, double outputScale) {
        width = w;
        height = h;
        takenScale = scale;
        takenTx = tx;
        takenTy = ty;
        this.outputScale = outputScale;
        taken++;
        int pw = (int) Math.ceil((w + 2 * MARGIN_PX) * outputScale);
        int ph = (int) Math.ceil((h + 2 * MARGIN_PX) * outputScale);
        if (image == null || (int) image.getWidth() != pw || (int) image.getHeight() != ph) {
            image = new WritableImage(pw, ph);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(outputScale, outputScale));
        params.setViewport(new Rectangle2D(-MARGIN_PX * outputScale, -MARGIN_PX * outputScale, pw, ph));
        content.snapshot(params, image);
        sourceRead = false;
        view.setImage(image);
        place(scale, tx, ty);
        content.setVisible(false);
        view.setVisible(true);
        settle.playFromStart();
    }

    /**
     * Moves and scales the picture to where the view's zoom and pan put it; false, leaving it as it
     * was, when it would leave part of the view uncovered or be enlarged too coarsely.
     */
    boolean place(double scale, double tx, double ty) {
        double r = scale / takenScale;
        double x = tx - (takenTx + MARGIN_PX) * r;
        double y = ty - (takenTy + MARGIN_PX) * r;
        double w = (width + 2 * MARGIN_PX) * r;
        double h = (height + 2 * MARGIN_PX) * r;
        if (r > MAX_ENLARGEMENT || x > 0 || y > 0 || x + w < width || y + h < height) {
            return false;
        }
        enlargement = r;
        if (r == 1 && outputScale == 1) {
            // A pan: the picture at its own size on whole pixels, which the pipeline copies row by row.
            view.setImage(image);
            view.setFitWidth(0);
            view.setFitHeight(0);
            view.setLayoutX(Math.round(x));
            view.setLayoutY(Math.round(y));
        } else {
            // A zoom: a copy scaled here, nearest pixel, the size of the view; the software pipeline's
            // own scaling of the picture cost 12-20 ms a frame.
            if (!sourceRead) {
                source.readFrom(image);
                sourceRead = true;
            }
            scaled.resize((int) Math.ceil(width * outputScale), (int) Math.ceil(height * outputScale));
            scaled.showScaledCopyOf(source, r, x * outputScale, y * outputScale);
            view.setImage(scaled.image());
            view.setFitWidth(outputScale == 1 ? 0 : width);
            view.setFitHeight(outputScale == 1 ? 0 : height);
            view.setLayoutX(0);
            view.setLayoutY(0);
        }
        settle.playFromStart();
        return true;
    }

    /** Shows the content again, now. */
    void hide() {
        settle.stop();
        if (view.isVisible()) {
            view.setVisible(false);
            content.setVisible(true);
        }
    }
}
