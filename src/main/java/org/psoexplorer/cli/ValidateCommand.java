package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check taxonomy files and report every problem as FILE:LINE:COLUMN: message.",
                "Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Taxonomy files (default: the built-in taxonomy).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The check with its arguments already set, by picocli or by {@link PlainValidateArguments}. */
    int run(PrintWriter out, PrintWriter err) throws Exception {
        TaxonomyLoader loader = new TaxonomyLoader();
        List<LoadResult> results = new ArrayList<>();
        int code = ExitCodes.OK;
        if (files.isEmpty()) {
            results.add(loader.loadDefault());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err.println(file + ": cannot read this file (" + (Files.exists(file) ? "not a readable file" : "no such file") + ")");
                code = ExitCodes.USAGE;
                continue;
            }
            results.add(loader.load(file));
        }
        for (LoadResult r : results) {
            if (!r.ok() && code == ExitCodes.OK) {
                code = ExitCodes.INVALID;
            }
        }
        if (json) {
            SafeJson.print(out, results.stream().map(ValidateCommand::toJson).toList());
        } else {
            results.forEach(r -> print(r, out));
        }
        return code;
    }

    private static void print(LoadResult r, PrintWriter out) {
        r.taxonomy().ifPresent(t -> out.println(r.file() + ": OK: " + summary(t)));
        for (Problem p : r.problems()) {
            out.println(p.format());
        }
        if (r.truncated() > 0) {
            out.println(r.file() + ": … and " + r.truncated() + " more problems not shown");
        }
    }

    static String summary(Taxonomy t) {
        return count(t.concepts().size(), "concept") + ", " + count(t.relations().size(), "relation") + ", "
                + count(t.sources().size(), "source");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Map<String, Object> toJson(LoadResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("valid", r.ok());
        r.taxonomy().ifPresent(t -> {
            m.put("concepts", t.concepts().size());
            m.put("relations", t.relations().size());
            m.put("sources", t.sources().size());
        });
        m.put("errors", r.errors().stream().map(ValidateCommand::problem).toList());
        m.put("warnings", r.warnings().stream().map(ValidateCommand::problem).toList());
        m.put("notShown", r.truncated());
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("path", p.path());
        m.put("message", p.message());
        if (p.hint() != null) {
            m.put("hint", p.hint());
        }
        return m;
    }
}
