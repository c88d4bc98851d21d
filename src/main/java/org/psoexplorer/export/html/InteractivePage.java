package org.psoexplorer.export.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.io.AtomicFileWriter;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.SvgExporter;
import org.psoexplorer.export.share.ShareTexts;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.VisibleGraph;

/**
 * One self-contained HTML file a student opens in any browser, offline: the diagram as inline SVG
 * from the same painter as the SVG export (one drawing per language the reader can switch to), the
 * taxonomy's data as JSON, and plain inlined script and style. A Content-Security-Policy forbids
 * every network request; the only script allowed to run is the page's own, pinned by its hash.
 */
public final class InteractivePage {

    private static final String RESOURCES = "/org/psoexplorer/export/html/";

    /** What was written, for the command line's summary. */
    public record Summary(int concepts, int relations, List<String> languages) {
    }

    public Summary write(SharedView view, Path file) throws IOException {
        Summary[] summary = new Summary[1];
        AtomicFileWriter.write(file, out -> summary[0] = write(view, out));
        return summary[0];
    }

    public Summary write(SharedView view, OutputStream out) throws IOException {
        Built built = html(view);
        out.write(built.page().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return built.summary();
    }

    private record Built(String page, Summary summary) {
    }

    /**
     * The shape the layout packs towards. The page opens at the smallest zoom where names can be read,
     * which shows the built-in taxonomy in part (the pane is about 918 × 719 px at 1366 × 768 and
     * 832 × 671 px at 1280 × 720): of the targets tried from 0.8 to 2.1, 1.4 leaves the least to pan
     * (the drawing, legend included, is about 1.5 × 1.7 panes; at 2.1 it was 2.0 × 1.6).
     */
    static final double STAGE_ASPECT = 1.4;

    private Built html(SharedView view) {
        List<String> langs = view.languages();
        StringBuilder diagrams = new StringBuilder();
        VisibleGraph visible = null;
        for (String lang : langs) {
            DiagramPipeline.Result drawn = view.draw(lang, STAGE_ASPECT);
            if (visible == null) {
                visible = drawn.visible();
            }
            // The title is the page's own heading, and the sources footer is the side panel's job.
            ExportOptions options = ExportOptions.defaults().withTitle(false).withSources(false);
            String svg = new SvgExporter().svg(drawn.diagram(), options);
            diagrams.append("<div class=\"diagram\" data-lang=\"").append(HtmlEscapes.html(lang)).append('"')
                    .append(lang.equals(langs.get(0)) ? "" : " hidden").append(">\n")
                    .append(stripProlog(svg)).append("</div>\n");
        }
        String data = HtmlEscapes.scriptJson(json(PageData.build(view, visible)));
        String script = resource("page.js");
        String style = resource("page.css");
        String lang = langs.get(0);
        ShareTexts texts = new ShareTexts(lang);
        String csp = "default-src 'none'; script-src '" + sha256(script) + "'; style-src 'unsafe-inline'; "
                + "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";
        String title = HtmlEscapes.html(view.heading(lang));
        String page = "<!DOCTYPE html>\n"
                + "<html lang=\"" + HtmlEscapes.html(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"PSO Explorer\">\n"
                + "<title>" + title + "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n"
                + "<header id=\"bar\">\n<h1 id=\"title\">" + title + "</h1>\n"
                + "<div class=\"search\"><input id=\"search\" type=\"search\" autocomplete=\"off\" role=\"combobox\" "
                + "aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"suggestions\" placeholder=\""
                + HtmlEscapes.html(texts.get("page.search")) + "\" aria-label=\"" + HtmlEscapes.html(texts.get("page.searchLabel"))
                + "\">\n<ul id=\"suggestions\" role=\"listbox\" hidden></ul></div>\n"
                + "<select id=\"tours\" aria-label=\"" + HtmlEscapes.html(texts.get("page.tour")) + "\"></select>\n"
                + "<div id=\"langs\" role=\"group\" aria-label=\"" + HtmlEscapes.html(texts.get("page.language")) + "\"></div>\n"
                + "</header>\n<main>\n<div id=\"stage\">\n" + diagrams
                + "<div id=\"zoom\"><button id=\"zoom-in\" type=\"button\">+</button>"
                + "<button id=\"zoom-out\" type=\"button\">−</button><button id=\"fit\" type=\"button\">⤢</button></div>\n"
                + "<div id=\"caption\" hidden><div id=\"caption-step\"></div><p id=\"caption-text\"></p>"
                + "<div class=\"tour-buttons\"><button id=\"prev\" type=\"button\"></button>"
                + "<button id=\"next\" type=\"button\"></button><button id=\"end\" type=\"button\"></button></div></div>\n"
                + "</div>\n<aside id=\"panel\" aria-live=\"polite\"><p class=\"hint\">" + HtmlEscapes.html(texts.get("page.hint"))
                + "</p></aside>\n</main>\n"
                + "<script type=\"application/json\" id=\"pso-data\">" + data + "</script>\n"
                + "<script>" + script + "</script>\n</body>\n</html>\n";
        return new Built(page, new Summary(visible.concepts().size(), visible.relations().size(), langs));
    }

    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    private static String json(Object tree) {
        try {
            return new ObjectMapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The page's data could not be written", e);
        }
    }

    /** The CSP source for an inline script: its SHA-256 in base64, as browsers compute it over the UTF-8 text. */
    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = InteractivePage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
