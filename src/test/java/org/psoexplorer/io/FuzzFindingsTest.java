package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What fuzzing the loader found (issue 16), each case as it was found. */
class FuzzFindingsTest {

    private final TaxonomyLoader loader = new TaxonomyLoader();

    private static String taxonomy(String relationTypes, String relations) {
        return """
                {"format": "pso-taxonomy/1", "title": "T",
                 "relationTypes": [%s],
                 "concepts": [
                   {"id": "alpha", "label": "Alpha", "definition": "A."},
                   {"id": "beta", "label": "Beta", "definition": "B."}
                 ],
                 "relations": [%s]}
                """.formatted(relationTypes, relations);
    }

    private LoadResult load(String text) throws IOException {
        return loader.load("t.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRelationTypeWithoutAnIdIsAProblemNotACrash() throws IOException {
        LoadResult result = load(taxonomy("{\"label\": \"x\", \"directed\": true, \"hierarchical\": false}",
                "{\"from\": \"alpha\", \"type\": \"kind-of\", \"to\": \"beta\"}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Problem::message)
                .contains("Missing \"id\" (a text)", "Unknown relation type \"kind-of\"");
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aRelationTypeWhoseIdIsNotATextIsAProblemNotACrash() throws IOException {
        LoadResult result = load(taxonomy("{\"id\": 7, \"label\": \"x\", \"directed\": true, \"hierarchical\": true}",
                "{\"from\": \"alpha\", \"type\": \"kind-of\", \"to\": \"beta\"}"));

        assertThat(result.errors()).extracting(Problem::message)
                .contains("\"id\" should be a text in double quotes, but is the number 7");
        assertThat(result.errors()).filteredOn(p -> p.message().startsWith("\"id\"")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void nestingTooDeepPointsAtTheBracketThatGoesTooFar() throws IOException {
        StringBuilder text = new StringBuilder("{\"title\":\n");
        for (int i = 0; i < 100; i++) {
            text.append("[\n");
        }
        text.append("]\n".repeat(100)).append("}");

        Problem p = load(text.toString()).errors().get(0);

        assertThat(p.message()).contains("more than 64 levels deep");
        // Level 1 is the object on line 1; the list opened on line 65 is level 65.
        assertThat(p.line()).isEqualTo(65);
        assertThat(p.column()).isEqualTo(1);
    }

    @Test
    void aTooLongTextIsReportedWhereItStarts() throws IOException {
        String text = "{\"format\": \"pso-taxonomy/1\",\n \"title\": \"" + "x".repeat(1_200_000) + "\"}";

        Problem p = load(text).errors().get(0);

        assertThat(p.message()).contains("A text in the file is longer than");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(11);
    }

    @Test
    void aTenMillionDigitNumberIsCalledANumberAndLocatedAtItsStart() throws IOException {
        String text = "{\"format\": \"pso-taxonomy/1\",\n  \"since\": " + "9".repeat(10_000_000) + "}";

        Problem p = load(text).errors().get(0);

        assertThat(p.message()).isEqualTo("A number in the file is implausibly long");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(12);
    }

    @Test
    void aFortyDigitNumberIsLocatedAtItsStart() throws IOException {
        String text = "{\"a\": 1,\n \"since\": " + "1".repeat(50) + "}";

        Problem p = load(text).errors().get(0);

        assertThat(p.message()).isEqualTo("A number in the file is implausibly long");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(11);
    }

    @Test
    void aTooLongKeyIsLocatedAtItsStart() throws IOException {
        String text = "{\"a\": 1,\n   \"" + "k".repeat(5_000) + "\": 1}";

        Problem p = load(text).errors().get(0);

        assertThat(p.message()).contains("A key in the file is implausibly long");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(4);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsRefusedInsteadOfBlockingForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load(fifo));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("not an ordinary file");
            assertThat(p.file()).isEqualTo(fifo.toString());
        });
    }

    @Test
    void notANumberIsExplainedInOurWords() throws IOException {
        Problem p = load("{\"title\": \"T\",\n \"since\": NaN}").errors().get(0);

        assertThat(p.message()).isEqualTo("\"NaN\" is not a number JSON allows");
        assertThat(p.hint()).contains("NaN and Infinity");
        assertThat(p.message() + p.hint()).doesNotContain("JsonReadFeature", "`");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void aRecordSeparatorIsExplainedInOurWords() throws IOException {
        Problem p = load("{\"title\":\n \u001e \"T\"}").errors().get(0);

        assertThat(p.message()).isEqualTo("An invisible control character (code 30) stands between the values");
        assertThat(p.message() + p.hint()).doesNotContain("JsonReadFeature", "ALLOW_RS_CONTROL_CHAR", "`");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void aMillionCharacterIdIsAbbreviatedInMessages() throws IOException {
        String id = "a".repeat(999_000);
        LoadResult result = load(taxonomy("", "{\"from\": \"" + id + "\", \"type\": \"t\", \"to\": \"beta\"}"));

        assertThat(result.errors()).extracting(Problem::message)
                .contains("Unknown concept \"" + "a".repeat(80) + "… (999,000 characters)\"");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.format()).hasSizeLessThan(1_000));
    }

    @Test
    void aLongHierarchyCycleIsAbbreviated() throws IOException {
        int n = 2_000;
        List<String> concepts = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            concepts.add("{\"id\": \"c" + i + "\", \"kind\": \"k\", \"label\": \"C\", \"definition\": \"D.\"}");
            relations.add("{\"from\": \"c" + i + "\", \"type\": \"kind-of\", \"to\": \"c" + (i + 1) % n + "\"}");
        }
        String text = """
                {"format": "pso-taxonomy/1", "title": "T", "kinds": [{"id": "k", "label": "K"}],
                 "relationTypes": [{"id": "kind-of", "label": "is a kind of", "directed": true, "hierarchical": true}],
                 "concepts": [%s], "relations": [%s]}
                """.formatted(String.join(",\n", concepts), String.join(",\n", relations));

        Problem p = load(text).errors().get(0);

        assertThat(p.message()).startsWith("The hierarchy goes round in a circle: c0 → c1 → ")
                .contains("… (2,000 steps) …").endsWith("→ c0");
        assertThat(p.message()).hasSizeLessThan(300);
    }

    @Test
    void invalidUtf8AfterALoneCarriageReturnIsOnTheSecondLine() throws IOException {
        byte[] text = "{\"title\": \"T\",\r \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

        Problem p = loader.load("t.json", new ByteArrayInputStream(text)).errors().get(0);

        assertThat(p.message()).contains("not valid UTF-8");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(8);
    }
}
