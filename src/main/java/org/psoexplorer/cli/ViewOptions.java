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

    private static final ThreadLocal<Integer> EXIT = ThreadLocal.withInitial(() -> ExitCodes.OK);

    private ViewOptions() {
    }

    /** The exit status after {@link #view} returned empty. */
    static int lastExit() {
        return EXIT.get();
    }

    static Optional<SharedView> view(PrintWriter err, Path taxonomyFile, String layout, String focus, int depth,
                                     String language, String title, String style) {
        EXIT.set(ExitCodes.USAGE);
        if (depth < 1 || depth > 3) {
            err.println("--depth must be 1, 2 or 3, not " + depth);
            return Optional.empty();
        }
        LayoutKind layoutKind;
        try {
            layoutKind = LayoutKind.fromId(layout);
        } catch (IllegalArgumentException e) {
            err.println("Unknown layout '" + layout + "': expected one of "
                    + Arrays.stream(LayoutKind.values()).map(LayoutKind::id).collect(Collectors.joining(", ")));
            return Optional.empty();
        }
        CitationStyle citationStyle = CitationStyle.DEFAULT;
        if (style != null) {
            Optional<CitationStyle> s = CitationStyle.fromId(style);
            if (s.isEmpty()) {
                err.println("Unknown citation style '" + style + "': expected one of " + String.join(", ", CitationStyle.ids()));
                return Optional.empty();
            }
            citationStyle = s.get();
        }
        int[] exit = {ExitCodes.OK};
        Optional<Taxonomy> loaded = LoadedTaxonomy.load(taxonomyFile, err, exit);
        if (loaded.isEmpty()) {
            EXIT.set(exit[0]);
            return Optional.empty();
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
                return Optional.empty();
            }
            filter = filter.withFocus(focus, depth);
        }
        EXIT.set(ExitCodes.OK);
        return Optional.of(new SharedView(new TaxonomyGraph(taxonomy), filter, layoutKind, lang, citationStyle, title));
    }
}
