package org.psoexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psoexplorer.export.handout.Handout;
import org.psoexplorer.export.share.SharedView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "handout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a printable PDF handout: a cover, the diagram with its legend, a glossary of the "
                + "concepts shown with their definitions and quotes, the relations in words and the bibliography "
                + "in the course's citation style.",
                "Exit status: 0 written, 1 the taxonomy has errors, 2 usage or I/O error."})
final class HandoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TAXONOMY", description = "Taxonomy file (default: the built-in taxonomy).")
    Path taxonomyFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path output;

    @Option(names = "--focus", paramLabel = "ID", description = "Only this concept and its neighbourhood.")
    String focus;

    @Option(names = "--depth", paramLabel = "N", description = "With --focus: how many relations away, 1 to 3 "
            + "(default: ${DEFAULT-VALUE}).")
    int depth = 1;

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of the handout: en or fr (default: the "
            + "taxonomy's).")
    String language;

    @Option(names = "--style", paramLabel = "STYLE", description = "Citation style: chicago (the default), apa, "
            + "harvard, mla or iso690-fr.")
    String style;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = "force, circular, layered or radial "
            + "(default: ${DEFAULT-VALUE}).")
    String layout = ExportCommand.DEFAULT_LAYOUT.id();

    @Option(names = "--page", paramLabel = "SIZE", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    String page = "a4";

    @Option(names = "--title", paramLabel = "TEXT", description = "Title on the cover (default: the taxonomy's).")
    String title;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && !name.substring(dot + 1).equalsIgnoreCase("pdf")) {
            // A PDF named handout.docx opens nowhere that name promises: refused before anything is written.
            err.println(output + ": a handout is a PDF; name the file with .pdf (for instance "
                    + name.substring(0, dot) + ".pdf)");
            return ExitCodes.USAGE;
        }
        Optional<Handout.Paper> paper = Handout.Paper.fromId(page);
        if (paper.isEmpty()) {
            err.println("Unknown page size '" + page + "': expected a4 or letter");
            return ExitCodes.USAGE;
        }
        ViewOptions.Outcome outcome = ViewOptions.view(err, taxonomyFile, layout, focus, depth, language, title, style);
        if (outcome.view().isEmpty()) {
            return outcome.exit();
        }
        SharedView view = outcome.view().get();
        try {
            Handout.Summary s = new Handout(paper.get(), LocalDate.now()).write(view, output);
            out.println(output + ": PDF handout, " + ValidateCommand.count(s.pages(), "page") + ", "
                    + ValidateCommand.count(s.concepts(), "concept") + ", " + ValidateCommand.count(s.sources(), "source")
                    + ", " + view.style().displayName()
                    + (s.relaidFrom() == null ? "" : "; diagram drawn in layers (" + s.relaidFrom().id() + " would take "
                    + s.relaidParts() + " pages to print its names at a readable size)"));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(output + ": cannot write the handout (" + e.getMessage() + ")");
            return ExitCodes.USAGE;
        }
    }
}
