package org.psoexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.psoexplorer.export.html.InteractivePage;
import org.psoexplorer.export.share.SharedView;

/** {@code export -o page.html}: the interactive page, with the options of {@code export} that apply to it. */
final class HtmlExport {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Path taxonomyFile;
    private final Path output;
    private final String layout;
    private final String focus;
    private final int depth;
    private final String language;
    private final String title;
    private final String style;

    HtmlExport(PrintWriter out, PrintWriter err, Path taxonomyFile, Path output, String layout, String focus, int depth,
               String language, String title, String style) {
        this.out = out;
        this.err = err;
        this.taxonomyFile = taxonomyFile;
        this.output = output;
        this.layout = layout;
        this.focus = focus;
        this.depth = depth;
        this.language = language;
        this.title = title;
        this.style = style;
    }

    static boolean wants(String format, Path output) {
        if (format != null) {
            return format.equalsIgnoreCase("html");
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    Integer call() {
        ViewOptions.Outcome outcome = ViewOptions.view(err, taxonomyFile, layout, focus, depth, language, title, style);
        if (outcome.view().isEmpty()) {
            return outcome.exit();
        }
        SharedView view = outcome.view().get();
        try {
            InteractivePage.Summary s = new InteractivePage().write(view, output);
            out.println(output + ": HTML, " + ValidateCommand.count(s.concepts(), "concept") + ", "
                    + ValidateCommand.count(s.relations(), "relation") + ", " + view.layout().id() + " layout, "
                    + String.join("/", s.languages()));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(output + ": cannot write (" + e.getMessage() + ")");
            return ExitCodes.USAGE;
        }
    }
}
