package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** validate's arguments read without picocli must mean what picocli makes of them, or be left to it. */
class PlainValidateArgumentsTest {

    private static final String MINIMAL = "taxonomy/examples/minimal.json";
    private static final String BAD = "src/test/resources/org/psoexplorer/io/bad/missing-comma.json";

    @TempDir
    Path dir;

    private static List<Object> picocli(String... args) {
        ValidateCommand command = new ValidateCommand();
        new CommandLine(command).parseArgs(args);
        return List.of(command.files, command.json);
    }

    private static List<Object> plain(String... args) {
        ValidateCommand command = PlainValidateArguments.read(args).orElseThrow();
        return List.of(command.files, command.json);
    }

    @Test
    void everydayChecksGetTheArgumentsPicocliWouldGive() {
        List<String[]> cases = List.of(new String[] {}, new String[] {"a.json"}, new String[] {"--json"},
                new String[] {"a.json", "--json", "b c/d.json"}, new String[] {"x.json", "x.json"});
        for (String[] args : cases) {
            assertThat(plain(args)).as("%s", List.of(args)).isEqualTo(picocli(args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h a.json", "-V", "--json --json", "--json=true", "@files.txt", "a.json -- b.json",
        "--bogus", "a.json -"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(PlainValidateArguments.read(line.split(" "))).as(line).isEmpty();
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aPlainCheckSaysWhatPicocliWouldSay() throws Exception {
        // An @file is left to picocli, which reads the same arguments from it: one answer either way.
        String[] files = {MINIMAL, BAD, dir.resolve("none.json").toString()};
        Path argsFile = dir.resolve("args.txt");
        Files.write(argsFile, List.of(files));
        for (boolean json : new boolean[] {false, true}) {
            StringWriter viaOut = new StringWriter();
            StringWriter viaErr = new StringWriter();
            StringWriter plainOut = new StringWriter();
            StringWriter plainErr = new StringWriter();
            String[] viaPicocli = json ? new String[] {"validate", "@" + argsFile, "--json"}
                    : new String[] {"validate", "@" + argsFile};
            String[] plain = json ? new String[] {"validate", files[0], files[1], files[2], "--json"}
                    : new String[] {"validate", files[0], files[1], files[2]};
            int viaCode = run(viaOut, viaErr, viaPicocli);
            assertThat(run(plainOut, plainErr, plain)).isEqualTo(viaCode).isEqualTo(ExitCodes.USAGE);
            assertThat(plainOut.toString()).isEqualTo(viaOut.toString()).contains("minimal.json");
            assertThat(plainErr.toString()).isEqualTo(viaErr.toString()).contains("no such file");
        }
    }

    @Test
    void whatPicocliReadsStillGetsItsMessages() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "validate", "--bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("Usage: pso-explorer validate");
    }
}
