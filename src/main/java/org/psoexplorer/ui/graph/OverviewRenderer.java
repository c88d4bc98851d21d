package org.psoexplorer.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.psoexplorer.diagram.AwtTextMeasurer;
import org.psoexplorer.diagram.DiagramEdge;
import org.psoexplorer.diagram.DiagramNode;

/**
 * Paints the overview of a large diagram on a thread of its own: which names fit (the label
 * placer), the concepts' boxes and the relations' lines, then the names. At 5,000 concepts that
 * took the FX thread 40–190 ms at every gesture's end and every picture taken mid-gesture, frames
 * the user saw as stalls; now the FX thread builds a {@link Job} from the view's state, carries on
 * moving and scaling the picture it has, and copies the new one in when it comes.
 *
 * <p>The newest request wins: one picture is painted at a time, and requests made meanwhile are
 * replaced by the last of them.
 */
final class OverviewRenderer {

    /**
     * Everything a picture depends on, copied from the view on the FX thread (the sets are ones the
     * view replaces rather than changes): the picture's size in pixels, the view's zoom and pan,
     * the margin painted around the view, what is lit, dimmed, selected and pointed at.
     */
    record Job(DrawingIndex drawing, long serial, double viewWidth, double viewHeight, double scale, double tx,
               double ty, double margin, OverviewPainter.Theme theme, double dimOpacity, String selected,
               String hovered, Set<String> lit, Set<String> pathConcepts, Set<Integer> pathRelations,
               Set<String> backboneTypes, boolean receding, double[] area, Map<String, LabelPlacer.Placed> before,
               double k, int candidates) {

        int width() {
            return (int) Math.ceil(viewWidth + 2 * margin);
        }

        int height() {
            return (int) Math.ceil(viewHeight + 2 * margin);
        }
    }

    /** A picture painted for a job, where its names went, and each name's box in the view then (for pointing and tests). */
    record Result(Job job, PixelCanvas pixels, Map<String, LabelPlacer.Placed> placed, List<OverviewPainter.Name> names) {
    }

    /** One thread, gone after a few idle seconds: a window holds one view, a test run hundreds. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "pso-overview");
                t.setDaemon(true);
                return t;
            });
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Two pictures at most: one being painted, one waiting for the FX thread to copy it. */
    private final Semaphore canvases = new Semaphore(2);
    private final java.util.concurrent.ConcurrentLinkedQueue<PixelCanvas> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final OverviewPainter painter = new OverviewPainter();
    private final Consumer<Result> deliver;
    /** Name sizes, measured on this thread once per concept of the diagram last painted. */
    private DrawingIndex sized;
    private boolean sizedBold;
    private double[][] sizes;
    private AwtTextMeasurer measurer;

    /** {@code deliver} gets each picture on the FX thread and must hand the canvas back with {@link #done}. */
    OverviewRenderer(Consumer<Result> deliver) {
        this.deliver = deliver;
    }

    /** Asks for a picture; one already asked for and not yet begun is dropped. */
    void request(Job job) {
        pending.set(job);
        if (running.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /** Whether a picture is asked for or being painted. */
    boolean busy() {
        return running.get() || pending.get() != null;
    }

    /** The FX thread has copied the picture: its canvas may be painted again. */
    void done(Result r) {
        free.add(r.pixels());
        canvases.release();
    }

    private void drain() {
        try {
            for (Job job = pending.getAndSet(null); job != null; job = pending.getAndSet(null)) {
                canvases.acquireUninterruptibly();
                Result r;
                try {
                    r = paint(job);
                } catch (RuntimeException | Error e) {
                    // A picture that fails leaves the last one on screen; the next request tries again.
                    canvases.release();
                    System.err.println("PSO Explorer: the overview could not be drawn: " + e);
                    continue;
                }
                Platform.runLater(() -> deliver.accept(r));
            }
        } finally {
            running.set(false);
            if (pending.get() != null && running.compareAndSet(false, true)) {
                thread.execute(this::drain);
            }
        }
    }

    /** Paints {@code job} on the calling thread, delivering nothing (see {@link OverviewWarmUp}). */
    Result paintNow(Job job) {
        return paint(job);
    }

    private Result paint(Job job) {
        DrawingIndex d = job.drawing();
        List<DiagramNode> nodes = d.diagram().nodes();
        List<DiagramEdge> edges = d.diagram().edges();
        double scale = job.scale();
        double m = job.margin();
        // The view and the margin painted around it, in the drawing's units.
        double x0 = (-m - job.tx()) / scale;
        double y0 = (-m - job.ty()) / scale;
        double x1 = (job.viewWidth() + m - job.tx()) / scale;
        double y1 = (job.viewHeight() + m - job.ty()) / scale;
        int[] nodeIdx = d.nodeArray(x0, y0, x1, y1);
        int[] edgeIdx = d.edgeArray(x0, y0, x1, y1);
        boolean dim = !job.lit().isEmpty();
        java.util.function.IntPredicate litNode = i -> dim && job.lit().contains(nodes.get(i).id());
        java.util.function.IntPredicate dimNode = i -> dim && !job.lit().contains(nodes.get(i).id());
        java.util.function.IntPredicate litEdge = i -> dim && GraphView.edgeLit(edges.get(i), job.pathConcepts(),
                job.pathRelations(), job.hovered());
        java.util.function.IntPredicate dimEdge = i -> dim ? !litEdge.test(i)
                : GraphView.receded(edges.get(i), job.receding(), job.backboneTypes(), job.selected(), job.hovered());

        List<LabelPlacer.Candidate> candidates = candidates(job, d);
        Map<String, LabelPlacer.Placed> placed = LabelPlacer.placeAround(candidates, job.area(),
                id -> d.node(d.indexOf(id)).core(), job.before());

        PixelCanvas g = free.poll();
        if (g == null) {
            g = new PixelCanvas();
        }
        g.resize(job.width(), job.height());
        OverviewPainter.States states = new OverviewPainter.States(job.selected(), litNode, dimNode, litEdge, dimEdge,
                job.dimOpacity());
        painter.paint(g, nodes, nodeIdx, edges, edgeIdx, scale, job.tx() + m, job.ty() + m, job.theme(), states);
        List<OverviewPainter.Name> names = new ArrayList<>(placed.size());
        for (LabelPlacer.Candidate c : candidates) {
            LabelPlacer.Placed p = placed.get(c.id());
            if (p == null) {
                continue;
            }
            int i = d.indexOf(c.id());
            DiagramNode n = nodes.get(i);
            names.add(new OverviewPainter.Name(c.id(), n.lines(), c.x() + p.dx() + m, c.y() + p.dy() + m, c.width(),
                    c.height(), job.k(), n.fill(), n.stroke(), n.textColor(), c.id().equals(job.selected()),
                    dimNode.test(i), c.x() + m, c.y() + m, c.reachX(), c.reach()));
        }
        painter.paintNames(g, names, job.theme(), job.dimOpacity(), d.diagram().style().fontFamily(),
                d.diagram().style().fontSize());
        return new Result(job, g, placed, names);
    }

    /**
     * The names that may be shown, most important first: the selection and the concept pointed at,
     * then the most important in view, each with its size on screen (measured with Java2D, which
     * draws them).
     */
    private List<LabelPlacer.Candidate> candidates(Job job, DrawingIndex d) {
        List<Integer> chosen = new ArrayList<>();
        for (String id : new String[] {job.selected(), job.hovered()}) {
            int i = d.indexOf(id);
            if (i >= 0 && !chosen.contains(i)) {
                chosen.add(i);
            }
        }
        double scale = job.scale();
        for (int i : d.importantIn(-job.tx() / scale, -job.ty() / scale, (job.viewWidth() - job.tx()) / scale,
                (job.viewHeight() - job.ty()) / scale, job.candidates())) {
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        List<LabelPlacer.Candidate> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            DiagramNode n = d.node(i);
            boolean forced = n.id().equals(job.selected()) || n.id().equals(job.hovered());
            double[] size = labelSize(d, i, job.theme() == OverviewPainter.Theme.HIGH_CONTRAST);
            out.add(new LabelPlacer.Candidate(n.id(), n.x() * scale + job.tx(), n.y() * scale + job.ty(),
                    size[0] * job.k(), size[1] * job.k(), forced, n.height() * scale / 2, n.width() * scale / 2));
        }
        return out;
    }

    /**
     * A name's size at scale 1 with its backing (as {@code NodeView} sizes it: 8 wider, 2 taller than
     * the text), in bold for high contrast, which draws names bold.
     */
    private double[] labelSize(DrawingIndex d, int i, boolean bold) {
        if (sized != d || sizedBold != bold) {
            sized = d;
            sizedBold = bold;
            sizes = new double[d.size()][];
            measurer = new AwtTextMeasurer(d.diagram().style().fontFamily());
        }
        if (sizes[i] == null) {
            double px = d.diagram().style().fontSize();
            double w = 0;
            for (String line : d.node(i).lines()) {
                w = Math.max(w, measurer.width(line, px, bold));
            }
            sizes[i] = new double[] {w + 8, d.node(i).lines().size() * measurer.lineHeight(px) + 2};
        }
        return sizes[i];
    }
}
