package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.psoexplorer.graph.ConceptResolver;
import org.psoexplorer.graph.PathAnswer;
import org.psoexplorer.graph.PathFinder;
import org.psoexplorer.graph.PathNarrator;
import org.psoexplorer.graph.PathQuery;
import org.psoexplorer.graph.PathStory;
import org.psoexplorer.graph.MessagePathWords;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.Suggestions;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Show how two concepts relate: the shortest chains of relations between them, read in"
                + " either direction, each step with its sources, quote and whether it is contested.",
                "FROM and TO are concept ids or labels (any language, any case; quote labels with spaces).",
                "Exit status: 0 connected (or the same concept twice), 1 no connection or the taxonomy has errors,"
                        + " 2 unknown concept, usage or I/O error."})
final class PathCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "Concept id or label.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Concept id or label.")
    String to;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TAXONOMY",
            description = "Taxonomy file (default: the built-in taxonomy).")
    Path file;

    @Option(names = "--max", paramLabel = "N", defaultValue = "" + PathQuery.DEFAULT_MAX_PATHS,
            description = "Show at most N paths, shortest first (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Walk only relations of these types (ids, comma-separated; default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Language of labels and notes, e.g. en or fr (default: the taxonomy's).")
    String lang;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (max < 1) {
            err.println("--max must be at least 1, not " + max);
            return ExitCodes.USAGE;
        }
        LoadResult loaded = load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        if (!loaded.ok()) {
            // As validate and export: a taxonomy with errors is invalid input, not a usage mistake.
            return ExitCodes.INVALID;
        }
        Taxonomy taxonomy = loaded.taxonomyOrNull();
        Optional<Set<String>> typeIds = relationTypes(taxonomy, err);
        if (typeIds.isEmpty()) {
            return ExitCodes.USAGE;
        }
        ConceptResolver resolver = new ConceptResolver(taxonomy);
        ConceptResolver.Resolution a = resolver.resolve(from);
        ConceptResolver.Resolution b = resolver.resolve(to);
        // Non-short-circuit on purpose: both ends are reported when both are wrong.
        boolean resolved = report(a, taxonomy, err) & report(b, taxonomy, err);
        if (!resolved) {
            return ExitCodes.USAGE;
        }
        String language = language(taxonomy, err);

        PathQuery query = new PathQuery(a.id(), b.id(), max, typeIds.get());
        PathAnswer answer = new PathFinder(new TaxonomyGraph(taxonomy)).find(query);
        CliMessages messages = new CliMessages(language);
        PathNarrator narrator = new PathNarrator(taxonomy, language, new MessagePathWords(messages));
        if (json) {
            SafeJson.print(out, toJson(answer, narrator));
        } else {
            print(answer, narrator, messages, out);
        }
        return answer.outcome() == PathAnswer.Outcome.NOT_CONNECTED ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /** The file loaded (its errors printed), or {@code null} when it cannot be read at all. */
    private LoadResult load(PrintWriter err) {
        LoadResult result;
        if (file == null) {
            result = new TaxonomyLoader().loadDefault();
        } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println(file + ": cannot read this file (" + (Files.exists(file) ? "not a readable file" : "no such file") + ")");
            return null;
        } else {
            result = new TaxonomyLoader().load(file);
        }
        if (!result.ok()) {
            err.println(result.file() + ": the taxonomy has errors, so no paths can be searched:");
            result.errors().stream().map(Problem::format).forEach(err::println);
        }
        return result;
    }

    /** The --types given, checked against the taxonomy; empty when one is unknown (after saying so). */
    private Optional<Set<String>> relationTypes(Taxonomy taxonomy, PrintWriter err) {
        List<String> known = taxonomy.relationTypes().stream().map(RelationType::id).toList();
        Set<String> ids = new LinkedHashSet<>();
        boolean ok = true;
        for (String t : types) {
            String type = t.strip();
            if (type.isEmpty()) {
                continue;
            }
            Optional<String> match = known.stream().filter(k -> k.equalsIgnoreCase(type)).findFirst();
            if (match.isPresent()) {
                ids.add(match.get());
            } else {
                err.println("Unknown relation type: " + type + "."
                        + Suggestions.closest(type, known).map(s -> " Did you mean " + s + "?").orElse("")
                        + " Types in this taxonomy: " + String.join(", ", known));
                ok = false;
            }
        }
        return ok ? Optional.of(ids) : Optional.empty();
    }

    /** Says why a concept was not found; true when it was. */
    private static boolean report(ConceptResolver.Resolution r, Taxonomy taxonomy, PrintWriter err) {
        switch (r.status()) {
            case FOUND:
                return true;
            case AMBIGUOUS:
                err.println("\"" + r.typed() + "\" could mean several concepts: " + named(r.candidates(), taxonomy)
                        + ". Give the id instead.");
                return false;
            default:
                String hint = r.candidates().isEmpty() ? ""
                        : r.candidates().size() == 1 ? " Did you mean " + named(r.candidates(), taxonomy) + "?"
                        : " Did you mean one of: " + named(r.candidates(), taxonomy) + "?";
                err.println("Unknown concept: \"" + r.typed() + "\"." + hint);
                return false;
        }
    }

    private static String named(List<String> ids, Taxonomy taxonomy) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            String label = taxonomy.concept(id).map(c -> taxonomy.text(c.label(), taxonomy.defaultLanguage())).orElse(id);
            parts.add(id + " (" + label + ")");
        }
        return String.join(", ", parts);
    }

    private String language(Taxonomy taxonomy, PrintWriter err) {
        if (lang == null || lang.isBlank()) {
            return taxonomy.defaultLanguage();
        }
        String primary = primary(lang);
        if (taxonomy.languages().stream().noneMatch(l -> primary(l).equals(primary))) {
            err.println("This taxonomy has no texts in " + lang + "; showing " + taxonomy.defaultLanguage()
                    + ". Languages: " + String.join(", ", taxonomy.languages()));
        }
        return lang;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static void print(PathAnswer answer, PathNarrator narrator, CliMessages messages, PrintWriter out) {
        out.println(narrator.headline(answer));
        if (answer.paths().isEmpty()) {
            return;
        }
        out.println(narrator.pathsHeading(answer));
        String caution = narrator.caution(answer);
        if (caution != null) {
            out.println(caution);
        }
        List<PathStory> stories = narrator.tell(answer);
        for (int i = 0; i < stories.size(); i++) {
            PathStory story = stories.get(i);
            out.println();
            out.println(messages.get("path.titled", narrator.words().pathTitle(i + 1, story.path().length()),
                    story.sentence()));
            for (int s = 0; s < story.steps().size(); s++) {
                PathStory.StepStory step = story.steps().get(s);
                String number = "  " + (s + 1) + ". ";
                out.println(number + step.text());
                String indent = " ".repeat(number.length());
                step.details().forEach(d -> out.println(indent + d));
            }
        }
    }

    private static Map<String, Object> toJson(PathAnswer answer, PathNarrator narrator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", concept(answer.query().from(), narrator));
        m.put("to", concept(answer.query().to(), narrator));
        m.put("language", narrator.language());
        m.put("relationTypes", List.copyOf(answer.query().relationTypes()));
        m.put("outcome", answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("connected", answer.connected());
        if (answer.outcome() == PathAnswer.Outcome.NOT_CONNECTED && answer.query().restrictsTypes()) {
            m.put("connectedOverAllTypes", answer.connectedOverAllTypes());
        }
        m.put("headline", narrator.headline(answer));
        String caution = narrator.caution(answer);
        if (caution != null) {
            m.put("caution", caution);
        }
        m.put("paths", narrator.tell(answer).stream().map(PathCommand::path).toList());
        return m;
    }

    private static Map<String, Object> concept(String id, PathNarrator narrator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("label", narrator.label(id));
        return m;
    }

    private static Map<String, Object> path(PathStory story) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", story.path().length());
        m.put("text", story.sentence());
        m.put("concepts", story.path().concepts());
        m.put("steps", story.steps().stream().map(PathCommand::step).toList());
        return m;
    }

    private static Map<String, Object> step(PathStory.StepStory s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", s.step().from());
        m.put("to", s.step().to());
        m.put("relationIndex", s.step().relationIndex());
        m.put("relationType", s.step().relationType());
        m.put("direction", s.step().forward() ? "forward" : "backward");
        m.put("text", s.text());
        m.put("sources", s.sources().stream().map(PathCommand::citation).toList());
        if (s.quote() != null) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("text", s.quote().text());
            q.put("source", s.quote().source().sourceId());
            q.put("citation", s.quote().source().label());
            q.put("locator", s.quote().locator());
            if (s.quote().lang() != null) {
                q.put("lang", s.quote().lang());
            }
            m.put("quote", q);
        }
        m.put("contested", s.contested());
        if (s.note() != null) {
            m.put("note", s.note());
        }
        return m;
    }

    private static Map<String, Object> citation(PathStory.Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.sourceId());
        m.put("short", c.shortCitation());
        m.put("label", c.label());
        m.put("full", c.fullCitation());
        if (c.url() != null) {
            m.put("url", c.url());
        }
        return m;
    }
}
