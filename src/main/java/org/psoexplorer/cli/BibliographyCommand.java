package org.psoexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psoexplorer.cite.BibliographyFormat;
import org.psoexplorer.cite.BibliographyWriter;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.io.AtomicFileWriter;
import org.psoexplorer.model.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bibliography", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the taxonomy's sources as a formatted bibliography, or for a reference manager "
                + "(Zotero, Mendeley, EndNote, Pandoc) as BibTeX, RIS or CSL-JSON.",
                "Exit status: 0 written, 1 the taxonomy has errors, 2 usage or I/O error."})
final class BibliographyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TAXONOMY", description = "Taxonomy file (default: the built-in taxonomy).")
    Path taxonomyFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "File to write; its extension (.txt, .bib, .ris, .json) gives the format unless --format does.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, bibtex, ris or csl-json.")
    String format;

    @Option(names = "--style", paramLabel = "STYLE", description = "Citation style of the text format: chicago "
            + "(author-date, the default), apa, harvard, mla or iso690-fr.")
    String style = CitationStyle.DEFAULT.id();

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of the text format's terms "
            + "(\"edited by\", months): en or fr (default: the taxonomy's).")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<BibliographyFormat> chosen = format != null
                ? BibliographyFormat.fromId(format) : BibliographyFormat.fromFileName(output);
        if (chosen.isEmpty()) {
            err.println(format != null
                    ? "Unknown format '" + format + "': expected one of " + BibliographyFormat.ids()
                    : "Cannot tell the format from '" + output.getFileName() + "': name the file .txt, .bib, .ris or "
                            + ".json, or add --format (one of " + BibliographyFormat.ids() + ")");
            return ExitCodes.USAGE;
        }
        Optional<CitationStyle> citationStyle = CitationStyle.fromId(style);
        if (citationStyle.isEmpty()) {
            err.println("Unknown citation style '" + style + "': expected one of " + String.join(", ", CitationStyle.ids()));
            return ExitCodes.USAGE;
        }
        int[] exit = {ExitCodes.OK};
        Optional<Taxonomy> loaded = LoadedTaxonomy.load(taxonomyFile, err, exit);
        if (loaded.isEmpty()) {
            return exit[0];
        }
        Taxonomy taxonomy = loaded.get();
        String lang = language != null ? language : taxonomy.defaultLanguage();
        String text = BibliographyWriter.write(taxonomy.sources(), chosen.get(), citationStyle.get(), lang);
        try {
            AtomicFileWriter.write(output, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println(output + ": cannot write (" + e.getMessage() + ")");
            return ExitCodes.USAGE;
        }
        out.println(output + ": " + ValidateCommand.count(taxonomy.sources().size(), "source") + ", "
                + chosen.get().id() + (chosen.get() == BibliographyFormat.TEXT ? ", " + citationStyle.get().displayName() : ""));
        return ExitCodes.OK;
    }
}
