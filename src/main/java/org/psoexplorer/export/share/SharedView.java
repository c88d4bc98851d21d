package org.psoexplorer.export.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Taxonomy;

/**
 * What a shared document shows: the part of the taxonomy a filter leaves visible (a focus and
 * depth, the window's filters), laid out one way, in a language, with citations in a style.
 *
 * @param title the heading, or {@code null} for the taxonomy's title in each language
 */
public record SharedView(TaxonomyGraph graph, ViewFilter filter, LayoutKind layout, String language,
                         CitationStyle style, String title) {

    public SharedView {
        Objects.requireNonNull(graph, "graph");
        filter = filter == null ? ViewFilter.NONE : filter;
        layout = layout == null ? LayoutKind.LAYERED : layout;
        Objects.requireNonNull(language, "language");
        style = style == null ? CitationStyle.DEFAULT : style;
    }

    public Taxonomy taxonomy() {
        return graph.taxonomy();
    }

    /** The heading in this language. */
    public String heading(String lang) {
        return title != null ? title : taxonomy().text(taxonomy().title(), lang);
    }

    /** The diagram drawn in this language; labels of different lengths give each its own layout. */
    public DiagramPipeline.Result draw(String lang) {
        return draw(lang, LayoutOptions.defaults());
    }

    /**
     * The diagram drawn in this language for a space of the given width over height (a browser
     * pane is wide; a layered hierarchy left to itself comes out tall and is shown small there).
     */
    public DiagramPipeline.Result draw(String lang, double aspectRatio) {
        return draw(lang, LayoutOptions.defaults().withAspectRatio(aspectRatio));
    }

    private DiagramPipeline.Result draw(String lang, LayoutOptions options) {
        Highlight highlight = filter.focus() == null ? Highlight.NONE
                : new Highlight(filter.focus(), java.util.Set.of(), java.util.Set.of());
        return new DiagramPipeline().run(graph, filter, layout, options, lang, highlight, heading(lang));
    }

    /**
     * The languages a reader can switch between: the chosen one first, then English and French
     * where the taxonomy has texts in them.
     */
    public List<String> languages() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put(language, true);
        for (String lang : List.of("en", "fr")) {
            boolean speaks = taxonomy().languages().stream().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith(lang));
            if (speaks && !language.toLowerCase(java.util.Locale.ROOT).startsWith(lang)) {
                out.put(lang, true);
            }
        }
        return List.copyOf(out.keySet());
    }
}
