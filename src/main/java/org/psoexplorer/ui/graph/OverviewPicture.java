package org.psoexplorer.ui.graph;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;

/**
 * The overview of a large diagram as the view shows it: the last picture {@link OverviewRenderer}
 * painted, placed where the view's zoom and pan put it. At the zoom it was painted for it is shown
 * at its own size, cut to the part in view; zoomed since, a copy scaled to the view stands in until
 * the next picture comes. It also says where its names went, for pointing and for tests.
 */
final class OverviewPicture {

    /** A picture scaled further than this either way since it was painted is too coarse or too small to read. */
    private static final double SCALED_AT_MOST = 1.6;

    private final PixelCanvas picture = new PixelCanvas();
    private final ImageView view = picture.view();
    /** The picture scaled to the view while a zoom waits for a new one (see {@link PixelCanvas#showScaledCopyOf}). */
    private final PixelCanvas scaledPicture = new PixelCanvas();
    private final ImageView scaledView = scaledPicture.view();
    private final OverviewRenderer renderer;
    private final Predicate<OverviewRenderer.Job> wanted;
    private final Runnable arrived;
    private boolean scaled;
    private boolean shown;
    /** The picture on screen (what it was painted for, where its names went), or null before the first. */
    private OverviewRenderer.Result drawn;
    private long asked;

    /**
     * Pictures come to {@code arrived} on the FX thread once copied in; one that {@code wanted}
     * refuses (painted for a diagram or a view left since) is dropped.
     */
    OverviewPicture(Predicate<OverviewRenderer.Job> wanted, Runnable arrived) {
        this.wanted = wanted;
        this.arrived = arrived;
        renderer = new OverviewRenderer(this::arrive);
        for (ImageView v : List.of(view, scaledView)) {
            v.setManaged(false);
            v.setMouseTransparent(true);
            v.setVisible(false);
            // Nearest pixel, as the pan glass: smoothing costs the software pipeline.
            v.setSmooth(false);
        }
    }

    private void arrive(OverviewRenderer.Result r) {
        try {
            if (!wanted.test(r.job()) || drawn != null && drawn.job().serial() > r.job().serial()) {
                return;
            }
            picture.showCopyOf(r.pixels());
            drawn = r;
            arrived.run();
        } finally {
            renderer.done(r);
        }
    }

    /** The scene nodes that show it, for the view to hold under the concepts' own. */
    List<Node> nodes() {
        return List.of(view, scaledView);
    }

    /** The serial number of the next picture asked for. */
    long nextSerial() {
        return ++asked;
    }

    void request(OverviewRenderer.Job job) {
        renderer.request(job);
    }

    /** Whether a picture is asked for or being painted. */
    boolean busy() {
        return renderer.busy();
    }

    /** Whether the picture on screen is the one asked for last. */
    boolean upToDate() {
        return drawn != null && drawn.job().serial() == asked && !renderer.busy();
    }

    boolean hasPicture() {
        return drawn != null;
    }

    /** The last picture's names and places, or null before the first. */
    OverviewRenderer.Result drawn() {
        return drawn;
    }

    /** Drops the picture (a new diagram). */
    void forget() {
        drawn = null;
        show(false);
    }

    /** Shows the picture (when there is one), or hides it while the concepts have their own nodes. */
    void show(boolean on) {
        shown = on;
        boolean visible = on && drawn != null;
        view.setVisible(visible && !scaled);
        scaledView.setVisible(visible && scaled);
    }

    /**
     * Places the picture for a {@code w × h} view at this zoom and pan; false when it leaves part of
     * the view uncovered or is scaled too far from the zoom it was painted at.
     */
    boolean place(double scale, double tx, double ty, double w, double h) {
        if (drawn == null) {
            show(shown);
            return false;
        }
        OverviewRenderer.Job job = drawn.job();
        double r = scale / job.scale();
        double m = job.margin();
        // Where the picture's top left corner is in the view.
        double x = tx - (job.tx() + m) * r;
        double y = ty - (job.ty() + m) * r;
        scaled = r != 1;
        if (scaled) {
            scaledPicture.resize((int) Math.ceil(w), (int) Math.ceil(h));
            scaledPicture.showScaledCopyOf(picture, r, x, y);
            scaledView.setLayoutX(0);
            scaledView.setLayoutY(0);
        } else {
            double sx0 = Math.floor(Math.max(0, Math.min(job.width(), -x)));
            double sy0 = Math.floor(Math.max(0, Math.min(job.height(), -y)));
            double sx1 = Math.ceil(Math.max(0, Math.min(job.width(), w - x)));
            double sy1 = Math.ceil(Math.max(0, Math.min(job.height(), h - y)));
            // On whole pixels at its own size: the pipeline copies it row by row.
            view.setViewport(new Rectangle2D(sx0, sy0, Math.max(1, sx1 - sx0), Math.max(1, sy1 - sy0)));
            view.setLayoutX(Math.round(x + sx0));
            view.setLayoutY(Math.round(y + sy0));
        }
        show(shown);
        boolean covers = x <= 0 && y <= 0 && x + job.width() * r >= w && y + job.height() * r >= h;
        return covers && r <= SCALED_AT_MOST && r >= 1 / SCALED_AT_MOST;
    }

    /**
     * The names drawn, centred where they are in the view's coordinates; empty unless the picture
     * on screen was painted for this zoom and pan.
     */
    List<OverviewPainter.Name> names(double scale, double tx, double ty) {
        if (!current(scale, tx, ty)) {
            return List.of();
        }
        double m = drawn.job().margin();
        return drawn.names().stream().map(n -> n.moved(-m, -m)).toList();
    }

    /** The concept whose name is drawn at (x, y) of the view, or null; names are drawn over boxes. */
    String nameAt(double x, double y, double scale, double tx, double ty) {
        if (!current(scale, tx, ty)) {
            return null;
        }
        double m = drawn.job().margin();
        List<OverviewPainter.Name> names = drawn.names();
        for (int i = names.size() - 1; i >= 0; i--) {
            OverviewPainter.Name n = names.get(i);
            if (Math.abs(x + m - n.x()) <= n.width() / 2 && Math.abs(y + m - n.y()) <= n.height() / 2) {
                return n.id();
            }
        }
        return null;
    }

    private boolean current(double scale, double tx, double ty) {
        return shown && drawn != null && drawn.job().scale() == scale && drawn.job().tx() == tx && drawn.job().ty() == ty;
    }
}
