package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The export's arguments read without picocli must mean exactly what picocli makes of them, or be left to it. */
class PlainExportArgumentsTest {

    @TempDir
    Path dir;

    /** The values of every option and parameter field, as picocli sets them on a fresh command. */
    private static Map<String, Object> picocli(String... args) {
        ExportCommand command = new ExportCommand();
        new CommandLine(command).parseArgs(args);
        return values(command);
    }

    private static Map<String, Object> values(ExportCommand command) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : ExportCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                try {
                    values.put(f.getName(), f.get(command));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return values;
    }

    private static Map<String, Object> plain(String... args) {
        Optional<ExportCommand> read = PlainExportArguments.read(args);
        assertThat(read).as("read without picocli: %s", List.of(args)).isPresent();
        return values(read.get());
    }

    @Test
    void everydayExportsGetTheOptionsPicocliWouldGive() {
        List<String[]> cases = List.of(
                new String[] {"-o", "out.svg"},
                new String[] {"data/wordnet.json", "-o", "out.svg", "--layout", "force"},
                new String[] {"--output", "out.pdf", "course.json", "--page", "a4", "--style", "apa"},
                new String[] {"-o", "x.png", "--scale", "3", "--transparent", "--no-legend", "--no-title"},
                new String[] {"t.json", "--focus", "peacekeeping", "--depth", "2", "-o", "n.svg", "--lang", "fr"},
                new String[] {"--title", "Opérations de paix", "--no-sources", "-o", "a b/c.svg", "--format", "svg"},
                new String[] {"-o", "v.svg", "--view", "seminar-1", "--scale", "0", "--depth", "10"});
        for (String[] args : cases) {
            assertThat(plain(args)).as("%s", List.of(args)).isEqualTo(picocli(args));
        }
    }

    @Test
    void everyOptionOfTheExportCommandIsReadWithoutPicocliAsPicocliReadsIt() {
        CommandLine cl = new CommandLine(new ExportCommand());
        List<OptionSpec> options = cl.getCommandSpec().options();
        assertThat(options).hasSizeGreaterThan(10);
        for (OptionSpec option : options) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                List<String> args = new ArrayList<>(List.of("taxonomy.json"));
                if (!name.equals("-o") && !name.equals("--output")) {
                    args.addAll(List.of("-o", "out.svg"));
                }
                args.add(name);
                Class<?> type = option.type();
                if (type != boolean.class && type != Boolean.class) {
                    args.add(type == int.class || type == Integer.class ? "3" : "given-value.svg");
                }
                String[] argv = args.toArray(String[]::new);
                assertThat(plain(argv)).as("%s", args).isEqualTo(picocli(argv));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-o out.svg --help", "-h -o out.svg", "-o out.svg -V", "--version",
        "-o out.svg --layout=force", "-oout.svg", "@args.txt", "-o @out.svg", "-o out.svg -- x.json",
        "-o out.svg --layout force --layout layered", "-o a.svg --output b.svg", "a.json b.json -o out.svg",
        "a.json", "-o out.svg --layout", "-o out.svg --depth two", "-o out.svg --depth 010", "-o out.svg --scale +2",
        "-o out.svg --scale 99999999999", "-o out.svg --title -x", "-o out.svg --bogus", "-o out.svg --no-title --no-title",
        "-o out.svg -", "-o out.svg --no-title=true"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(PlainExportArguments.read(line.split(" "))).as(line).isEmpty();
    }

    @Test
    void emptyAndUnusablePathsAreLeftToPicocli() {
        assertThat(PlainExportArguments.read(new String[] {"-o", "out.svg", ""})).isEmpty();
        assertThat(PlainExportArguments.read(new String[] {"-o", "out\0.svg"})).isEmpty();
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void whatPicocliReadsStillGetsItsMessagesAndUsage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "export", "-o", "x.svg", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("Usage: pso-explorer export");

        StringWriter helpOut = new StringWriter();
        assertThat(run(helpOut, new StringWriter(), "export", "--help")).isZero();
        assertThat(helpOut.toString()).contains("Usage: pso-explorer export").contains("--layout=LAYOUT");

        StringWriter missing = new StringWriter();
        assertThat(run(new StringWriter(), missing, "export", "taxonomy.json")).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.toString()).contains("Missing required option: '--output=OUT'");
    }

    @Test
    void aPlainExportWritesTheSameFileAndSaysTheSameAsThroughPicocli() throws Exception {
        // "--layout=force" is left to picocli; "--layout force" is read without it: one result.
        StringWriter viaPicocliOut = new StringWriter();
        StringWriter plainOut = new StringWriter();
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        assertThat(run(viaPicocliOut, new StringWriter(), "export", "taxonomy/examples/minimal.json", "-o", a.toString(),
                "--layout=force")).isZero();
        assertThat(run(plainOut, new StringWriter(), "export", "taxonomy/examples/minimal.json", "-o", b.toString(),
                "--layout", "force")).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(plainOut.toString().replace(b.toString(), "OUT"))
                .isEqualTo(viaPicocliOut.toString().replace(a.toString(), "OUT"))
                .contains("SVG").contains("force layout");
    }

    @Test
    void aPlainExportThatFailsSaysWhatPicocliWouldSay() {
        StringWriter viaPicocli = new StringWriter();
        StringWriter plain = new StringWriter();
        Path none = dir.resolve("none.json");
        assertThat(run(new StringWriter(), viaPicocli, "export", none.toString(), "-o", "x.svg", "--layout=force"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(new StringWriter(), plain, "export", none.toString(), "-o", "x.svg", "--layout", "force"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(plain.toString()).isEqualTo(viaPicocli.toString()).contains("no such file");
    }
}
