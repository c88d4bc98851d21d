package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.Suggestions;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Taxonomy;

/**
 * The options shared by the documents handed out (page, handout): which taxonomy, which part of it
 * (--focus, --depth), laid out how, in which language and citation style. Checked before anything
 * is drawn, each mistake with a message saying what to type instead.
 */
final class ViewOptions {

    private ViewOptions() {
    }

    /** The view to draw, or why not: the exit status, the message already printed. */
    record Outcome(Optional<SharedView> view, int exit) {
        static Outcome refused(int exit) {
            return new Outcome(Optional.empty(), exit);
        }
    }

    static Outcome view(PrintWriter err, Path taxonomyFile, String layout, String focus, int depth,
                                     String language, String title, String style) {
        if (depth < 1 || depth > 3) {
            err.println("--depth must be 1, 2 or 3, not " + depth);
            return Outcome.refused(ExitCodes.USAGE);
        }
        LayoutKind layoutKind;
        try {
            layoutKind = LayoutKind.fromId(layout);
        } catch (IllegalArgumentException e) {
            err.println("Unknown layout '" + layout + "': expected one of "
                    + Arrays.stream(LayoutKind.values()).map(LayoutKind::id).collect(Collectors.joining(", ")));
            return Outcome.refused(ExitCodes.USAGE);
        }
        CitationStyle citationStyle = CitationStyle.DEFAULT;
        if (style != null) {
            Optional<CitationStyle> s = CitationStyle.fromId(style);
            if (s.isEmpty()) {
                err.println("Unknown citation style '" + style + "': expected one of " + String.join(", ", CitationStyle.ids()));
                return Outcome.refused(ExitCodes.USAGE);
            }
            citationStyle = s.get();
        }
        int[] exit = {ExitCodes.OK};
        Optional<Taxonomy> loaded = LoadedTaxonomy.load(taxonomyFile, err, exit);
        if (loaded.isEmpty()) {
            return Outcome.refused(exit[0]);
        }
        Taxonomy taxonomy = loaded.get();
        String lang = language != null ? language : taxonomy.defaultLanguage();
        if (language != null && !LoadedTaxonomy.speaks(taxonomy, language)) {
            err.println("warning: the taxonomy has no texts in '" + language + "'; texts are in '"
                    + taxonomy.defaultLanguage() + "' (it has " + String.join(", ", taxonomy.languages()) + ")");
        }
        ViewFilter filter = ViewFilter.NONE;
        if (focus != null) {
            if (taxonomy.concept(focus).isEmpty()) {
                String hint = Suggestions.closest(focus, taxonomy.concepts().stream().map(Concept::id).toList())
                        .map(s -> " Did you mean '" + s + "'?").orElse("");
                err.println("No concept with id '" + focus + "'." + hint);
                return Outcome.refused(ExitCodes.USAGE);
            }
            filter = filter.withFocus(focus, depth);
        }
        return new Outcome(Optional.of(new SharedView(new TaxonomyGraph(taxonomy), filter, layoutKind, lang,
                citationStyle, title)), ExitCodes.OK);
    }
}
