package org.psoexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.SavedViewDrawing;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.diagram.PhaseTimes;
import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;
import org.psoexplorer.export.ExportOptions.PageSize;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.export.share.StyledSources;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Suggestions;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a taxonomy (or the neighbourhood of one concept) to PNG, SVG or PDF, or write its graph "
                + "as GraphML or DOT. Runs without a display; the same input always gives the same picture.",
                "Exit status: 0 written, 1 the taxonomy has errors, 2 usage or I/O error."})
final class ExportCommand implements Callable<Integer> {

    /**
     * The layout when none is asked for. Layered suits taxonomies, whose "is a kind of" relations
     * make a hierarchy; without hierarchical relations it still places everything in tidy rows.
     */
    static final LayoutKind DEFAULT_LAYOUT = LayoutKind.LAYERED;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TAXONOMY", description = "Taxonomy file (default: the built-in taxonomy).")
    Path taxonomyFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "File to write; its extension gives the format unless --format does.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg, pdf, graphml, dot or html (an "
            + "interactive page that works offline).")
    String format;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "force, circular, layered or radial (default: ${DEFAULT-VALUE}).")
    String layout = DEFAULT_LAYOUT.id();

    @Option(names = "--focus", paramLabel = "ID", description = "Show only this concept and its neighbourhood.")
    String focus;

    @Option(names = "--depth", paramLabel = "N", description = "With --focus: how many relations away, 1 to 3 "
            + "(default: ${DEFAULT-VALUE}).")
    int depth = 1;

    @Option(names = "--view", paramLabel = "ID", description = "Draw a view saved in the taxonomy file: its layout, "
            + "filters, focus and the places its concepts were dragged to.")
    String view;

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of the labels (default: the taxonomy's).")
    String language;

    @Option(names = "--scale", paramLabel = "N", description = "PNG: 1 to 4 times the screen size (default: "
            + "${DEFAULT-VALUE}); the file records 96 × N DPI.")
    int scale = 2;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title above the diagram (default: the "
            + "taxonomy's title).")
    String title;

    @Option(names = "--no-title", description = "Draw no title.")
    boolean noTitle;

    @Option(names = "--no-legend", description = "Draw no legend of kinds and relation types.")
    boolean noLegend;

    @Option(names = "--no-sources", description = "Draw no footer of the sources behind what is shown.")
    boolean noSources;

    @Option(names = "--transparent", description = "PNG and SVG: leave the background transparent.")
    boolean transparent;

    @Option(names = "--page", paramLabel = "SIZE", description = "PDF: fit (the diagram's size), a4 or letter "
            + "(landscape), a4-portrait or letter-portrait; the diagram is fitted (default: ${DEFAULT-VALUE}).")
    String page = PageSize.FIT.id();

    @Option(names = "--style", paramLabel = "STYLE", description = "Citation style of the sources (the footer of "
            + "PNG, SVG and PDF, the page's references): chicago (the default), apa, harvard, mla or iso690-fr.")
    String style;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The export with its options already set, by picocli or by {@link PlainExportArguments}. */
    int run(PrintWriter out, PrintWriter err) {
        // Before anything touches AWT: exports never need a display.
        System.setProperty("java.awt.headless", "true");

        if (HtmlExport.wants(format, output)) {
            if (view != null) {
                err.println("--view draws a picture: choose png, svg or pdf (the html page has its own views)");
                return ExitCodes.USAGE;
            }
            return new HtmlExport(out, err, taxonomyFile, output, layout, focus, depth, language, title, style).call();
        }
        Optional<ExportFormat> chosen = format != null ? ExportFormat.fromId(format) : ExportFormat.fromFileName(output);
        if (chosen.isEmpty()) {
            err.println(format != null
                    ? "Unknown format '" + format + "': expected one of " + ExportFormat.ids() + ", html"
                    : "Cannot tell the format from '" + output.getFileName() + "': name the file .png, .svg, .pdf, "
                            + ".graphml, .dot or .html, or add --format (one of " + ExportFormat.ids() + ", html)");
            return ExitCodes.USAGE;
        }
        if (scale < ExportOptions.MIN_SCALE || scale > ExportOptions.MAX_SCALE) {
            err.println("--scale must be 1, 2, 3 or 4, not " + scale);
            return ExitCodes.USAGE;
        }
        if (depth < 1 || depth > 3) {
            err.println("--depth must be 1, 2 or 3, not " + depth);
            return ExitCodes.USAGE;
        }
        LayoutKind layoutKind;
        try {
            layoutKind = LayoutKind.fromId(layout);
        } catch (IllegalArgumentException e) {
            err.println("Unknown layout '" + layout + "': expected one of "
                    + Arrays.stream(LayoutKind.values()).map(LayoutKind::id).collect(Collectors.joining(", ")));
            return ExitCodes.USAGE;
        }
        Optional<CitationStyle> citationStyle = style == null ? Optional.of(CitationStyle.DEFAULT) : CitationStyle.fromId(style);
        if (citationStyle.isEmpty()) {
            err.println("Unknown citation style '" + style + "': expected one of " + String.join(", ", CitationStyle.ids()));
            return ExitCodes.USAGE;
        }
        Optional<PageSize> pageSize = PageSize.fromId(page);
        if (pageSize.isEmpty()) {
            err.println("Unknown page size '" + page + "': expected one of " + PageSize.ids());
            return ExitCodes.USAGE;
        }

        if (taxonomyFile != null && (!Files.isRegularFile(taxonomyFile) || !Files.isReadable(taxonomyFile))) {
            err.println(taxonomyFile + ": cannot read this file ("
                    + (Files.exists(taxonomyFile) ? "not a readable file" : "no such file") + ")");
            return ExitCodes.USAGE;
        }
        try (ExportHeadStart head = ExportHeadStart.begin(chosen.get())) {
            return draw(head, out, err, chosen.get(), layoutKind, citationStyle.get(), pageSize.get());
        }
    }

    /** Reads, lays out and writes, the arguments being valid. */
    private int draw(ExportHeadStart head, PrintWriter out, PrintWriter err, ExportFormat fmt, LayoutKind layoutKind,
                     CitationStyle citationStyle, PageSize pageSize) {
        PhaseTimes.mark("start to command");
        TaxonomyLoader loader = new TaxonomyLoader();
        LoadResult loaded = taxonomyFile == null ? loader.loadDefault() : loader.load(taxonomyFile);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> err.println(p.format()));
            if (loaded.truncated() > 0) {
                err.println(loaded.file() + ": … and " + loaded.truncated() + " more problems not shown");
            }
            return ExitCodes.INVALID;
        }
        int warnings = loaded.warnings().size();
        if (warnings > 0 && taxonomyFile != null) {
            // The picture is still drawn; validate is where warnings are read one by one.
            err.println(loaded.file() + ": " + ValidateCommand.count(warnings, "warning")
                    + " (run 'validate " + taxonomyFile + "' to see them)");
        }
        Taxonomy taxonomy = loaded.taxonomy().orElseThrow();
        PhaseTimes.mark("load and check");

        String lang = language != null ? language : taxonomy.defaultLanguage();
        if (language != null && !speaks(taxonomy, language)) {
            err.println("warning: the taxonomy has no texts in '" + language + "'; labels are in '"
                    + taxonomy.defaultLanguage() + "' (it has " + String.join(", ", taxonomy.languages()) + ")");
        }
        ViewFilter filter = ViewFilter.NONE;
        Highlight highlight = Highlight.NONE;
        if (focus != null) {
            if (taxonomy.concept(focus).isEmpty()) {
                String hint = Suggestions.closest(focus, taxonomy.concepts().stream().map(Concept::id).toList())
                        .map(s -> " Did you mean '" + s + "'?").orElse("");
                err.println("No concept with id '" + focus + "' in " + loaded.file() + "." + hint);
                return ExitCodes.USAGE;
            }
            filter = filter.withFocus(focus, depth);
            highlight = new Highlight(focus, Set.of(), Set.of());
        }
        String heading = title != null ? title : taxonomy.text(taxonomy.title(), lang);

        TaxonomyGraph graph = new TaxonomyGraph(taxonomy);
        boolean footer = fmt.isImage() && !noSources;
        DiagramPipeline.Result drawn;
        Future<Optional<List<String>>> references = null;
        if (view != null) {
            Optional<View> saved = taxonomy.view(view);
            if (saved.isEmpty()) {
                err.println(unknownView(taxonomy, loaded.file()));
                return ExitCodes.USAGE;
            }
            layoutKind = SavedViewDrawing.layout(saved.get(), layoutKind);
            drawn = SavedViewDrawing.draw(new DiagramBuilder(), graph, saved.get(), layoutKind, LayoutOptions.defaults(),
                    lang, Highlight.NONE, heading);
        } else {
            if (footer) {
                // The same visible part as the pipeline's: formatted on the second thread during the layout.
                references = head.formatReferences(taxonomy, VisibleGraph.of(graph, filter), lang, citationStyle);
            }
            drawn = new DiagramPipeline().run(graph, filter, layoutKind, LayoutOptions.defaults(), lang, highlight, heading);
        }
        ExportScene scene = new ExportScene(graph, drawn.visible(), lang, drawn.diagram());
        ExportOptions options = ExportOptions.defaults()
                .withScale(scale)
                .withTransparent(transparent)
                .withTitle(!noTitle)
                .withLegend(!noLegend)
                .withSources(!noSources)
                .withPage(pageSize);
        if (references != null) {
            scene = StyledSources.withReferences(scene, ExportHeadStart.references(references));
        } else if (footer) {
            scene = StyledSources.apply(scene, citationStyle);
        }
        PhaseTimes.mark("sources footer");
        try {
            fmt.exporter().write(scene, options, output);
            PhaseTimes.mark(fmt.id() + " write");
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println(output + ": " + fmt.id().toUpperCase(Locale.ROOT) + ", "
                + ValidateCommand.count(drawn.visible().concepts().size(), "concept") + ", "
                + ValidateCommand.count(drawn.visible().relations().size(), "relation")
                + (fmt.isImage() ? ", " + layoutKind.id() + " layout" : ""));
        return ExitCodes.OK;
    }

    /** Names the views the file has, and the closest to what was typed. */
    private String unknownView(Taxonomy taxonomy, String file) {
        List<String> ids = taxonomy.views().stream().map(View::id).toList();
        if (ids.isEmpty()) {
            return "No view '" + view + "' in " + file + ": it has no saved views (save one from the window's Views menu)";
        }
        String hint = Suggestions.closest(view, ids).map(s -> " Did you mean '" + s + "'?").orElse("");
        return "No view '" + view + "' in " + file + "; its views are: " + String.join(", ", ids) + "." + hint;
    }

    private static boolean speaks(Taxonomy t, String tag) {
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return t.languages().stream().anyMatch(l -> l.split("-", 2)[0].toLowerCase(Locale.ROOT).equals(primary));
    }
}
