package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line facing files built to crash it or to take over the terminal (issue 16). */
class HostileFileCliTest {

    /** A relation type whose id is missing: once a NullPointerException with exit 2. */
    private static final String TYPE_WITHOUT_ID = """
            {"format": "pso-taxonomy/1", "title": "T",
             "kinds": [{"id": "k", "label": "K"}],
             "relationTypes": [{"label": "is a kind of", "directed": true, "hierarchical": true}],
             "concepts": [
               {"id": "alpha", "kind": "k", "label": "Alpha", "definition": "A."},
               {"id": "beta", "kind": "k", "label": "Beta", "definition": "B."}
             ],
             "relations": [{"from": "alpha", "type": "kind-of", "to": "beta"}]}
            """;

    /** Valid, but its texts carry terminal escapes, a bell, a forged line and a bidi override. */
    private static final String ESCAPES = """
            {"format": "pso-taxonomy/1", "title": "T\\u001b]0;owned\\u0007",
             "kinds": [{"id": "k", "label": "K"}],
             "relationTypes": [{"id": "r", "label": "leads\\u001b[2J to", "directed": true, "hierarchical": false}],
             "concepts": [
               {"id": "alpha", "kind": "k", "label": "Alpha\\r\\nevil.json:1:1: OK", "definition": "A."},
               {"id": "beta", "kind": "k", "label": "Beta\\u202Eevil\\u0085", "definition": "B."}
             ],
             "relations": [{"from": "alpha", "type": "r", "to": "beta", "note": "\\u009b31m red"}]}
            """;

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void validateReportsARelationTypeWithoutIdAtItsLine() throws IOException {
        String file = write("t.json", TYPE_WITHOUT_ID);

        int code = run("validate", file);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains(file + ":3:20: Missing \"id\" (a text)")
                .contains(file + ":8:42: Unknown relation type \"kind-of\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateAsJsonReportsARelationTypeWithoutId() throws IOException {
        String file = write("t.json", TYPE_WITHOUT_ID);

        int code = run("validate", "--json", file);

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get(0).get("valid").asBoolean()).isFalse();
        assertThat(json.get(0).get("errors")).isNotEmpty();
    }

    @Test
    void pathExitsOneOnAnInvalidTaxonomyAsValidateDoes() throws IOException {
        String file = write("t.json", TYPE_WITHOUT_ID);

        int code = run("path", "alpha", "beta", file);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("the taxonomy has errors").contains(file + ":3:20:");
    }

    @Test
    void validateEscapesControlCharactersFromTheFile() throws IOException {
        String file = write("t.json", ESCAPES.replace("\"id\": \"alpha\"", "\"id\": \"al\\u001b[2Jpha\""));

        run("validate", file);

        String text = out.toString() + err.toString();
        assertNoTerminalControls(text);
        assertThat(text).contains("al\\u001B[2Jpha");
    }

    @Test
    void pathEscapesControlCharactersInLabelsAndNotes() throws IOException {
        String file = write("t.json", ESCAPES);

        int code = run("path", "alpha", "beta", file);

        assertThat(code).isZero();
        String text = out.toString();
        assertNoTerminalControls(text);
        assertThat(text).contains("Alpha\\u000D\\u000Aevil.json:1:1: OK").contains("Beta\\u202Eevil\\u0085")
                .contains("leads\\u001B[2J to");
        assertThat(text.lines()).noneMatch(l -> l.startsWith("evil.json"));
    }

    @Test
    void pathAsJsonEscapesControlsAndStaysValidJson() throws IOException {
        String file = write("t.json", ESCAPES);

        run("path", "--json", "alpha", "beta", file);

        assertNoTerminalControls(out.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("to").get("label").asText()).isEqualTo("Beta\u202Eevil\u0085");
    }

    @Test
    void exportEscapesTheProblemsItPrints() throws IOException {
        String file = write("t.json", ESCAPES.replace("\"to\": \"beta\"", "\"to\": \"be\\u0007ta\""));

        int code = run("export", file, "-o", dir.resolve("x.svg").toString());

        assertThat(code).isEqualTo(1);
        assertNoTerminalControls(err.toString());
        assertThat(err.toString()).contains("Unknown concept \"be\\u0007ta\"");
    }

    private static void assertNoTerminalControls(String text) {
        assertThat(text.replace(System.lineSeparator(), "\n").chars())
                .noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x202E);
    }
}
