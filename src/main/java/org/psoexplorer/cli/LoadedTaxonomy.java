package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Taxonomy;

/**
 * Loads the taxonomy a command names (or the built-in one) and reports what stops it the way every
 * command does: file, line, column and what to do, on standard error.
 */
final class LoadedTaxonomy {

    private LoadedTaxonomy() {
    }

    /** The taxonomy, or empty after printing why; {@code exit[0]} then holds the exit status. */
    static Optional<Taxonomy> load(Path file, PrintWriter err, int[] exit) {
        if (file != null && (!Files.isRegularFile(file) || !Files.isReadable(file))) {
            err.println(file + ": cannot read this file (" + (Files.exists(file) ? "not a readable file" : "no such file") + ")");
            exit[0] = ExitCodes.USAGE;
            return Optional.empty();
        }
        TaxonomyLoader loader = new TaxonomyLoader();
        LoadResult loaded = file == null ? loader.loadDefault() : loader.load(file);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> err.println(p.format()));
            if (loaded.truncated() > 0) {
                err.println(loaded.file() + ": … and " + loaded.truncated() + " more problems not shown");
            }
            exit[0] = ExitCodes.INVALID;
            return Optional.empty();
        }
        if (!loaded.warnings().isEmpty() && file != null) {
            err.println(loaded.file() + ": " + ValidateCommand.count(loaded.warnings().size(), "warning")
                    + " (run 'validate " + file + "' to see them)");
        }
        return loaded.taxonomy();
    }

    /** Whether the taxonomy has any text in this language. */
    static boolean speaks(Taxonomy t, String tag) {
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return t.languages().stream().anyMatch(l -> l.split("-", 2)[0].toLowerCase(Locale.ROOT).equals(primary));
    }
}
