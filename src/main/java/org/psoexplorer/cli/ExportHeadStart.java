package org.psoexplorer.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jfree.svg.SVGGraphics2D;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.AwtTextMeasurer;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.share.StyledSources;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.model.Taxonomy;

/**
 * A second thread for one export, so the command uses both cores: while the main thread reads and
 * checks the taxonomy it starts the font system and the image writer (their first use costs a few
 * hundred milliseconds of class loading and font reading that would otherwise wait for the file), and
 * while the main thread lays the diagram out it formats the sources footer (the citation processor
 * reads its style and locale, the slowest step of the footer). Nothing it does changes the output:
 * the warm-up's results are thrown away and the footer is the one {@link StyledSources} makes.
 */
final class ExportHeadStart implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-head-start");
        t.setDaemon(true);
        return t;
    });

    private ExportHeadStart() {
    }

    /** Starts warming up what writing {@code format} will need; call after {@code java.awt.headless} is set. */
    static ExportHeadStart begin(ExportFormat format) {
        ExportHeadStart head = new ExportHeadStart();
        if (format.isImage()) {
            head.thread.execute(() -> warmUp(format));
        }
        return head;
    }

    /**
     * The sources footer of the view that {@code visible} is, formatted on the second thread (see
     * {@link StyledSources#references}); {@link #references} waits for it.
     */
    Future<Optional<List<String>>> formatReferences(Taxonomy taxonomy, VisibleGraph visible, String language,
                                                    CitationStyle style) {
        return thread.submit(() -> StyledSources.references(taxonomy, visible, language, style));
    }

    /** Waits for a footer asked of {@link #formatReferences}; its failure is the caller's, as if made here. */
    static Optional<List<String>> references(Future<Optional<List<String>>> formatted) {
        try {
            return formatted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting the sources", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void warmUp(ExportFormat format) {
        try {
            DiagramStyle style = DiagramStyle.DEFAULT;
            AwtTextMeasurer measurer = new AwtTextMeasurer(style.fontFamily());
            measurer.width("Peace-keeping", style.fontSize(), false);
            measurer.width("Peace-keeping", style.fontSize(), true);
            Graphics2D g = format == ExportFormat.SVG ? new SVGGraphics2D(8, 8)
                    : new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB).createGraphics();
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(style.fontFamily(), Font.PLAIN, (int) style.fontSize()));
            g.fillRect(1, 1, 4, 4);
            g.drawString("Peace", 1, 6);
            if (g instanceof SVGGraphics2D svg) {
                svg.getSVGElement();
            }
            g.dispose();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the export meets and reports the same problem on its own thread.
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
