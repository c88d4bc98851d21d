package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken file's problems read in French in a French window, at the same place, and unchanged in
 * English for the command line: each case is a file of {@code bad/}, its first problem in both.
 */
class ProblemsInFrenchTest {

    private static LoadResult load(String file) {
        try (InputStream in = ProblemsInFrenchTest.class.getResourceAsStream("bad/" + file)) {
            return new TaxonomyLoader().load(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult load(String name, String json) {
        try {
            return new TaxonomyLoader().load(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("missing-comma.json", 5, 3,
                        "missing-comma.json:5:3: A comma is missing before the double quote (\") that opens the next text. "
                                + "Separate the entries of an object or list with commas",
                        "missing-comma.json:5:3: Il manque une virgule avant le guillemet double (\") qui ouvre le texte "
                                + "suivant. Séparez les éléments d’un objet ou d’une liste par des virgules"),
                Arguments.of("missing-required.json", 6, 5,
                        "missing-required.json:6:5: Missing \"definition\" (a text, or an object such as "
                                + "{\"en\": \"…\", \"fr\": \"…\"}) (at concepts[0])",
                        "missing-required.json:6:5: Il manque « definition » (un texte, ou un objet comme "
                                + "{\"en\": \"…\", \"fr\": \"…\"}) (à concepts[0])"),
                Arguments.of("wrong-type.json", 6, 73,
                        "wrong-type.json:6:73: \"since\" should be a whole number (without quotes), but is the text "
                                + "\"1992\" (at concepts[0].since)",
                        "wrong-type.json:6:73: « since » devrait être un nombre entier (sans guillemets), mais c’est "
                                + "le texte « 1992 » (à concepts[0].since)"),
                Arguments.of("unknown-concept-in-relation.json", 11, 44,
                        "unknown-concept-in-relation.json:11:44: Unknown concept \"peacebuildin\" (at relations[0].to). "
                                + "Did you mean \"peacebuilding\"?",
                        "unknown-concept-in-relation.json:11:44: Concept inconnu : « peacebuildin » (à relations[0].to). "
                                + "Vouliez-vous dire « peacebuilding » ?"),
                Arguments.of("duplicate-concept.json", 7, 12,
                        "duplicate-concept.json:7:12: The concept id \"a\" is already used (line 6) (at concepts[1].id). "
                                + "Give each concept its own id",
                        "duplicate-concept.json:7:12: L’identifiant de concept « a » est déjà utilisé (ligne 6) "
                                + "(à concepts[1].id). Donnez à chaque concept son propre identifiant"),
                Arguments.of("tour-focus-not-shown.json", 23, 20,
                        "tour-focus-not-shown.json:23:20: The focus \"peacebuilding\" is not among the concepts this "
                                + "step shows (at tours[0].steps[0].focus). Add \"peacebuilding\" to \"concepts\", or "
                                + "focus on one of them",
                        "tour-focus-not-shown.json:23:20: Le focus « peacebuilding » ne fait pas partie des concepts "
                                + "que montre cette étape (à tours[0].steps[0].focus). Ajoutez « peacebuilding » à "
                                + "« concepts », ou centrez l’étape sur l’un d’eux"),
                Arguments.of("tour-unknown-layout.json", 25, 21,
                        "tour-unknown-layout.json:25:21: Unknown layout \"forced\" (at tours[0].steps[0].layout). "
                                + "Did you mean \"force\"?",
                        "tour-unknown-layout.json:25:21: Disposition inconnue : « forced » (à tours[0].steps[0].layout). "
                                + "Vouliez-vous dire « force » ?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileReadsInFrenchAtTheSamePlaceAndUnchangedInEnglish(String file, int line, int column, String english,
                                                                     String french) {
        LoadResult result = load(file);
        assertThat(result.ok()).isFalse();
        Problem p = result.problems().get(0);

        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.format()).isEqualTo(english);
        assertThat(p.format(Locale.ROOT)).isEqualTo(english);
        assertThat(p.format(Locale.ENGLISH)).isEqualTo(english);
        assertThat(p.format(Locale.FRENCH)).isEqualTo(french);
        assertThat(p.format(Locale.CANADA_FRENCH)).isEqualTo(french);
        // The parts the window shows separately agree with the whole.
        assertThat(english).contains(p.message()).contains(p.message(Locale.ENGLISH));
        assertThat(french).contains(p.message(Locale.FRENCH));
        if (p.hint() != null) {
            assertThat(english).endsWith(". " + p.hint());
            assertThat(french).endsWith(". " + p.hint(Locale.FRENCH));
        } else {
            assertThat(p.hint(Locale.FRENCH)).isNull();
        }
    }

    @Test
    void aWarningSaysAvertissementInFrench() {
        LoadResult result = load("lone.json", """
                {"format": "pso-taxonomy/1", "title": "T", "kinds": [{"id": "op", "label": "Op"}],
                 "concepts": [{"id": "alpha", "kind": "op", "label": "A", "definition": "D",
                               "quotes": [{"text": "q", "source": "s", "locator": "p. 1"}]}],
                 "sources": [{"id": "s", "type": "report", "title": "S"}]}
                """);
        assertThat(result.ok()).isTrue();
        Problem p = result.warnings().get(0);

        assertThat(p.format()).isEqualTo("lone.json:2:22: warning: The concept \"alpha\" has no relation (at concepts[0]). "
                + "Link it to another concept so it appears in context");
        assertThat(p.format(Locale.FRENCH)).isEqualTo("lone.json:2:22: avertissement : Le concept « alpha » n’a aucune "
                + "relation (à concepts[0]). Reliez-le à un autre concept pour qu’il apparaisse dans son contexte");
    }

    @Test
    void textFromTheFileIsShownAsItIsWhateverBracesAndApostrophesItHolds() {
        // Ids, keys and values that look like MessageFormat patterns: arguments, never part of a pattern.
        String id = "it's-{0}-'{1}'-}";
        LoadResult result = load("tricky.json", """
                {"format": "pso-taxonomy/1", "title": "T", "kinds": [{"id": "op", "label": "Op"}],
                 "relationTypes": [{"id": "rel", "label": "r", "directed": true, "hierarchical": false}],
                 "concepts": [{"id": "a", "kind": "op", "label": "A", "definition": "D", "since": "{0}''s}"}],
                 "relations": [{"from": "a", "type": "rel", "to": "ID"}]}
                """.replace("ID", id));
        List<Problem> problems = result.errors();
        Problem since = problems.stream().filter(p -> p.path().endsWith("since")).findFirst().orElseThrow();
        Problem unknown = problems.stream().filter(p -> p.path().equals("relations[0].to")).findFirst().orElseThrow();

        assertThat(since.message()).isEqualTo("\"since\" should be a whole number (without quotes), but is the text \"{0}''s}\"");
        assertThat(since.message(Locale.FRENCH))
                .isEqualTo("« since » devrait être un nombre entier (sans guillemets), mais c’est le texte « {0}''s} »");
        assertThat(unknown.message()).isEqualTo("Unknown concept \"" + id + "\"");
        assertThat(unknown.message(Locale.FRENCH)).isEqualTo("Concept inconnu : « " + id + " »");
        assertThat(unknown.format(Locale.FRENCH)).contains("« " + id + " » (à relations[0].to)");
    }

    @Test
    void aPathHoldingBracesIsShownAsItIs() {
        LoadResult result = load("path.json", """
                {"format": "pso-taxonomy/1", "title": "T", "kinds": [{"id": "op", "label": "Op"}],
                 "concepts": [{"id": "a", "kind": "op", "label": "A", "definition": "D"}],
                 "views": [{"id": "v", "label": "V", "positions": {"b{0}'": {"x": 1, "y": 2}}}]}
                """);
        Problem p = result.errors().get(0);
        assertThat(p.path()).isEqualTo("views[0].positions.b{0}'");
        assertThat(p.format()).contains("Unknown concept \"b{0}'\" (at views[0].positions.b{0}')");
        assertThat(p.format(Locale.FRENCH)).contains("Concept inconnu : « b{0}' » (à views[0].positions.b{0}')");
    }

    @Test
    void aLanguageWithoutWordsGetsEnglishWhateverTheMachineSpeaks() {
        Problem p = load("duplicate-concept.json").problems().get(0);
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("The concept id \"a\" is already used (line 6)");
            assertThat(p.message(Locale.GERMAN)).isEqualTo("The concept id \"a\" is already used (line 6)");
            assertThat(p.message()).isEqualTo("The concept id \"a\" is already used (line 6)");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aFileThatCannotBeReadSaysSoInFrench() {
        LoadResult result = new TaxonomyLoader().load(java.nio.file.Path.of("no-such-file.json"));
        Problem p = result.problems().get(0);
        assertThat(p.format()).isEqualTo("no-such-file.json: No such file. Check the path and the file name");
        assertThat(p.format(Locale.FRENCH))
                .isEqualTo("no-such-file.json: Fichier introuvable. Vérifiez le chemin et le nom du fichier");
    }
}
