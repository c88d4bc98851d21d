package org.psoexplorer.export;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.psoexplorer.diagram.Diagram;

/**
 * SVG through JFreeSVG, drawn by the same {@link DiagramPainter} as PNG and PDF. Text stays text
 * ({@code <text>} elements, searchable and editable in Inkscape) with a font stack that falls back
 * from DejaVu Sans to what a viewer has; each concept and relation is a {@code <g>} with CSS classes
 * ({@code concept kind-…}, {@code relation type-… contested}) for restyling. The output is
 * deterministic: fixed id prefix, two decimals, no timestamps, no DOCTYPE (nothing to fetch).
 */
public final class SvgExporter implements Exporter {

    /** Generic fallbacks after the diagram's own font, for viewers that lack it. */
    static final String FALLBACK_FONTS = "Arial, Helvetica, sans-serif";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String[] ENTITIES = {"&lt;", "&gt;", "&amp;", "&apos;", "&quot;"};

    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException {
        write(scene, options, out, splitFromEdges());
    }

    /** {@link #write(ExportScene, ExportOptions, OutputStream)}, the lines on a second thread from {@code splitFromEdges} relations. */
    void write(ExportScene scene, ExportOptions options, OutputStream out, int splitFromEdges) throws IOException {
        // Straight to the stream, piece by piece, through one small buffer: joining the pieces first
        // would copy megabytes once more, and the encoder copies a string it is given into a new array.
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(PROLOG);
        char[] slice = new char[SLICE];
        for (Piece piece : pieces(scene.diagram(), options, splitFromEdges)) {
            for (int at = piece.start(); at < piece.end(); at += SLICE) {
                int length = Math.min(SLICE, piece.end() - at);
                piece.text().getChars(at, at + length, slice, 0);
                w.write(slice, 0, length);
            }
        }
        w.write('\n');
        w.flush();
    }

    private static final int SLICE = 1 << 13;

    /** The SVG document as a string. */
    public String svg(Diagram diagram, ExportOptions options) {
        return PROLOG + element(diagram, options, splitFromEdges()) + "\n";
    }

    private static int splitFromEdges() {
        return Runtime.getRuntime().availableProcessors() > 1 ? SPLIT_FROM_EDGES : Integer.MAX_VALUE;
    }

    /** The SVG element, its lines written on a second thread when the diagram has {@code splitFromEdges} relations or more. */
    static String element(Diagram diagram, ExportOptions options, int splitFromEdges) {
        List<Piece> pieces = pieces(diagram, options, splitFromEdges);
        if (pieces.size() == 1 && pieces.get(0).start() == 0 && pieces.get(0).end() == pieces.get(0).text().length()) {
            return pieces.get(0).text();
        }
        StringBuilder svg = new StringBuilder(pieces.stream().mapToInt(p -> p.end() - p.start()).sum());
        pieces.forEach(p -> svg.append(p.text(), p.start(), p.end()));
        return svg.toString();
    }

    /** Part of a string: the element is written as a few of them, in order. */
    private record Piece(String text, int start, int end) {
    }

    private static List<Piece> pieces(Diagram diagram, ExportOptions options, int splitFromEdges) {
        DiagramPainter painter = new DiagramPainter(diagram, options);
        String title = Texts.clean(diagram.title()).strip();
        if (diagram.edges().size() >= splitFromEdges) {
            List<Piece> parts = inTwoThreads(painter, title);
            if (parts != null) {
                return parts;
            }
        }
        SVGGraphics2D g = canvas(painter, title);
        painter.paint(g, new Hooks());
        String element = element(g, painter);
        return List.of(new Piece(element, 0, element.length()));
    }

    /**
     * Relations from which the lines are written on a second thread while the concepts are written
     * on this one. At 5,000 WordNet concepts (5,005 relations) the command line's SVG phase took 215
     * instead of 267 ms (medians of 9 alternating runs); at 1,000 it gained nothing (101 against 99
     * ms) and cost 20 ms more CPU: the second core was still compiling (BENCHMARKS.md, 2026-11-30).
     */
    static final int SPLIT_FROM_EDGES = 2_000;

    /**
     * The picture painted as three canvases, the relations' lines on a second thread, joined into
     * the document one canvas would have given: each part sets the colour, stroke, font and
     * composite it draws with, and JFreeSVG writes every element in full, so the joined text is
     * the same to the byte. Returns null (paint on one canvas) if a canvas needs definitions
     * (clips, gradients), which would be numbered per canvas.
     */
    private static List<Piece> inTwoThreads(DiagramPainter painter, String title) {
        String[] lines = new String[1];
        Throwable[] failure = new Throwable[1];
        Thread second = new Thread(() -> {
            try {
                SVGGraphics2D g = canvas(painter, "");
                painter.paint(g, new Hooks(), EnumSet.of(DiagramPainter.Part.EDGES));
                lines[0] = element(g, painter);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "svg-lines");
        second.setDaemon(true);
        second.start();
        SVGGraphics2D top = canvas(painter, title);
        painter.paint(top, new Hooks(), EnumSet.of(DiagramPainter.Part.TOP));
        SVGGraphics2D rest = canvas(painter, "");
        painter.paint(rest, new Hooks(), EnumSet.of(DiagramPainter.Part.REST));
        String head = element(top, painter);
        String tail = element(rest, painter);
        // Waits as one canvas would have been painted: to the end, an interrupt kept for the caller.
        boolean interrupted = false;
        while (true) {
            try {
                second.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        int headBody = bodyStart(head);
        int linesBody = bodyStart(lines[0]);
        int tailBody = bodyStart(tail);
        if (headBody < 0 || linesBody < 0 || tailBody < 0) {
            return null;
        }
        return List.of(new Piece(head, 0, head.length() - END.length()),
                new Piece(lines[0], linesBody, lines[0].length() - END.length()),
                new Piece(tail, tailBody, tail.length()));
    }

    private static final String END = "</svg>";

    /** Where the content of an {@code <svg>} element starts, or -1 if definitions come first. */
    private static int bodyStart(String element) {
        int open = element.indexOf('>') + 1;
        return element.startsWith("<defs>", open) || !element.endsWith(END) ? -1 : open;
    }

    /** A JFreeSVG canvas for the painter's picture, set up as every SVG of ours is. */
    private static SVGGraphics2D canvas(DiagramPainter painter, String title) {
        SVGGraphics2D g = new SVGGraphics2D(painter.width(), painter.height());
        g.setDefsKeyPrefix("pso-");
        g.setGeomDoubleConverter(SvgExporter::number);
        g.setTransformDoubleConverter(SvgExporter::number);
        String stack = fontStack(painter.fontFamily());
        // The painter only uses the diagram's family and Java's logical fallback font: both are the stack here.
        g.setFontFunction(family -> stack);
        if (!title.isEmpty()) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, Hooks.entities(title));
        }
        return g;
    }

    private static String element(SVGGraphics2D g, DiagramPainter painter) {
        return g.getSVGElement(null, true, new ViewBox(0, 0, painter.width(), painter.height()), null, null);
    }

    /** {@code "DejaVu Sans", Arial, Helvetica, sans-serif}: quoted, as CSS wants names with spaces. */
    static String fontStack(String family) {
        return quote(family) + ", " + FALLBACK_FONTS;
    }

    private static String quote(String family) {
        // The stack goes into a single-quoted style attribute: double quotes only, and no way out of them.
        return "\"" + family.replaceAll("[\"'\\\\<>&;{}]", "") + "\"";
    }

    /** Two decimals at most, no exponent, no locale: "12.5", "-3", "1234.57". */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long hundredths = Math.round(v * 100);
        boolean negative = hundredths < 0;
        long abs = Math.abs(hundredths);
        StringBuilder sb = new StringBuilder(12);
        if (negative) {
            sb.append('-');
        }
        sb.append(abs / 100);
        long frac = abs % 100;
        if (frac != 0) {
            sb.append('.');
            if (frac < 10) {
                sb.append('0').append(frac);
            } else {
                sb.append(frac % 10 == 0 ? frac / 10 : frac);
            }
        }
        return sb.toString();
    }

    /** Groups with classes, and text adapted to JFreeSVG's escaping. */
    private static final class Hooks implements PaintHooks {

        @Override
        public void beginGroup(Graphics2D g, Map<String, String> attributes) {
            Map<String, String> escaped = new LinkedHashMap<>();
            attributes.forEach((k, v) -> escaped.put(k, entities(Texts.clean(v))));
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, escaped);
        }

        @Override
        public void endGroup(Graphics2D g) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, null);
        }

        @Override
        public String text(String s) {
            return entities(s);
        }

        /**
         * JFreeSVG escapes {@code &} except where it already starts an entity such as
         * {@code &lt;}, so a label that literally reads "&lt;" would come out as "<". Writing those
         * ampersands as {@code &amp;} ourselves keeps every label exactly as written.
         */
        static String entities(String s) {
            if (s.indexOf('&') < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length() + 8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '&' && startsEntity(s, i)) {
                    sb.append("&amp;");
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static boolean startsEntity(String s, int i) {
            for (String e : ENTITIES) {
                if (s.startsWith(e, i)) {
                    return true;
                }
            }
            return false;
        }
    }
}
