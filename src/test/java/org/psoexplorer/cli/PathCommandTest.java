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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCommandTest {

    private static final String TAXONOMY = """
            {
              "format": "pso-taxonomy/1",
              "title": "Path test",
              "defaultLanguage": "en",
              "sources": [
                {"id": "capstone", "type": "doctrine", "title": "Principles and Guidelines", "organization": "United Nations", "year": 2008},
                {"id": "agenda", "type": "un-document", "title": "An Agenda for Peace", "author": "Boutros-Ghali", "year": 1992}
              ],
              "kinds": [{"id": "activity", "label": "Activity"}],
              "relationTypes": [
                {"id": "precedes", "label": {"en": "precedes", "fr": "précède"}, "inverseLabel": {"en": "follows", "fr": "suit"}, "directed": true, "hierarchical": false},
                {"id": "kind-of", "label": "is a kind of", "directed": true, "hierarchical": true},
                {"id": "differs-from", "label": "differs from", "directed": false, "hierarchical": false, "contested": true}
              ],
              "concepts": [
                {"id": "conflict-prevention", "kind": "activity", "label": {"en": "Conflict prevention", "fr": "Prévention des conflits"}, "definition": "Preventing conflict."},
                {"id": "peacemaking", "kind": "activity", "label": {"en": "Peacemaking", "fr": "Rétablissement de la paix"}, "definition": "Making peace."},
                {"id": "peacekeeping", "kind": "activity", "label": {"en": "Peacekeeping", "fr": "Maintien de la paix"}, "definition": "Keeping peace."},
                {"id": "peacebuilding", "kind": "activity", "label": {"en": "Peacebuilding", "fr": "Consolidation de la paix"}, "definition": "Building peace."},
                {"id": "robust-peacekeeping", "kind": "activity", "label": "Robust peacekeeping", "definition": "Peacekeeping with force."},
                {"id": "peace-enforcement", "kind": "activity", "label": "Peace enforcement", "definition": "Enforcing peace."},
                {"id": "warfighting", "kind": "activity", "label": "Warfighting", "definition": "Fighting wars."}
              ],
              "relations": [
                {"from": "conflict-prevention", "type": "precedes", "to": "peacemaking", "sources": ["agenda"],
                 "quote": {"text": "Preventive diplomacy seeks to resolve disputes before violence breaks out", "source": "agenda", "locator": "para. 20"}},
                {"from": "peacemaking", "type": "precedes", "to": "peacekeeping", "sources": ["agenda", "capstone"]},
                {"from": "peacekeeping", "type": "precedes", "to": "peacebuilding", "sources": ["capstone"]},
                {"from": "conflict-prevention", "type": "precedes", "to": "peacebuilding", "sources": ["capstone"],
                 "note": "Rarely linear: the activities overlap."},
                {"from": "robust-peacekeeping", "type": "kind-of", "to": "peacekeeping", "sources": ["capstone"]},
                {"from": "peacekeeping", "type": "differs-from", "to": "peace-enforcement", "sources": ["capstone"],
                 "note": "Where the line lies is disputed."}
              ]
            }
            """;

    @TempDir
    Path dir;
    private String file;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTaxonomy() throws IOException {
        Path p = dir.resolve("test.json");
        Files.writeString(p, TAXONOMY, StandardCharsets.UTF_8);
        file = p.toString();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsThePathsShortestFirstWithTheirSources() {
        int code = run("path", "peacemaking", "peacebuilding", file);

        assertThat(code).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                Peacemaking and Peacebuilding are not directly related; they connect through other concepts (shortest: 2 steps).
                2 paths, shortest first, over every relation type:
                Each step is a separate claim with its own sources; a chain of steps does not by itself say how the two ends relate.

                Path 1 (2 steps): Peacemaking — precedes → Peacekeeping — precedes → Peacebuilding
                  1. Peacemaking — precedes → Peacekeeping
                     Sources: Boutros-Ghali 1992; United Nations 2008
                  2. Peacekeeping — precedes → Peacebuilding
                     Source: United Nations 2008

                Path 2 (2 steps): Peacemaking — follows → Conflict prevention — precedes → Peacebuilding
                  1. Peacemaking — follows → Conflict prevention
                     Source: Boutros-Ghali 1992
                     “Preventive diplomacy seeks to resolve disputes before violence breaks out” (Boutros-Ghali 1992, para. 20)
                  2. Conflict prevention — precedes → Peacebuilding
                     Source: United Nations 2008
                     Note: Rarely linear: the activities overlap.
                """);
    }

    @Test
    void saysWhenTwoConceptsAreDirectlyRelated() {
        int code = run("path", "conflict-prevention", "peacebuilding", file, "--max", "2");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith(
                "Conflict prevention and Peacebuilding are directly related (1 relation).\n2 paths, shortest first,");
        assertThat(out.toString()).contains("Path 1 (1 step): Conflict prevention — precedes → Peacebuilding")
                .contains("Path 2 (3 steps): Conflict prevention — precedes → Peacemaking — precedes → Peacekeeping"
                        + " — precedes → Peacebuilding")
                .doesNotContain("Path 3");
    }

    @Test
    void readsBackwardStepsAndMarksContestedOnes() {
        int code = run("path", "Peace enforcement", "robust peacekeeping", file);

        assertThat(code).isEqualTo(0);
        assertThat(out.toString())
                .contains("Path 1 (2 steps): Peace enforcement — differs from — Peacekeeping ← is a kind of — Robust peacekeeping")
                .contains("Contested: Where the line lies is disputed.");
    }

    @Test
    void theSameConceptTwiceIsNotAnError() {
        int code = run("path", "peacekeeping", "Peacekeeping", file);

        assertThat(code).isEqualTo(0);
        assertThat(out.toString().strip())
                .isEqualTo("Peacekeeping and Peacekeeping are the same concept: there is no relation to look for.");
    }

    @Test
    void exitsOneWhenNothingConnects() {
        int code = run("path", "warfighting", "peacekeeping", file);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().strip()).isEqualTo("No connection: no chain of relations links Warfighting and"
                + " Peacekeeping in this taxonomy, in either direction.");
    }

    @Test
    void walksOnlyTheTypesAskedFor() {
        int code = run("path", "conflict-prevention", "robust-peacekeeping", file, "--types", "kind-of,differs-from");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("No connection: no chain of relations of type differs from, is a kind of"
                + " links Conflict prevention and Robust peacekeeping. They do connect when every relation type is included.");

        out.getBuffer().setLength(0);
        assertThat(run("path", "peacemaking", "peacebuilding", file, "--types", "precedes", "--max", "1")).isEqualTo(0);
        assertThat(out.toString()).contains("1 path over relations of type precedes:");
    }

    @Test
    void suggestsTheConceptMeantOnATypo() {
        int code = run("path", "peacekeepng", "peacebuilding", file);

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Unknown concept: \"peacekeepng\". Did you mean peacekeeping (Peacekeeping)?");
    }

    @Test
    void reportsBothEndsWhenBothAreUnknown() {
        int code = run("path", "xxxxxxxxxx", "peace", file);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown concept: \"xxxxxxxxxx\".")
                .contains("Unknown concept: \"peace\". Did you mean one of: peacemaking (Peacemaking),"
                        + " peacekeeping (Peacekeeping), peacebuilding (Peacebuilding), robust-peacekeeping (Robust"
                        + " peacekeeping), peace-enforcement (Peace enforcement)?");
    }

    @Test
    void rejectsUnknownTypesAndBadCounts() {
        assertThat(run("path", "peacemaking", "peacebuilding", file, "--types", "precede")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown relation type: precede. Did you mean precedes?")
                .contains("Types in this taxonomy: precedes, kind-of, differs-from");

        assertThat(run("path", "peacemaking", "peacebuilding", file, "--max", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--max must be at least 1");

        assertThat(run("path", "peacemaking")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void failsClearlyOnAMissingOrBrokenFile() throws IOException {
        assertThat(run("path", "a", "b", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: cannot read this file (no such file)");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"pso-taxonomy/1\"", StandardCharsets.UTF_8);
        // A taxonomy with errors is invalid input (exit 1), as for validate and export.
        assertThat(run("path", "a", "b", broken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("broken.json: the taxonomy has errors, so no paths can be searched:");
    }

    @Test
    void speaksTheLanguageAsked() {
        int code = run("path", "Prévention des conflits", "peacekeeping", file, "--lang", "fr", "--max", "1");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("Prévention des conflits — précède → Rétablissement de la paix — précède →"
                + " Maintien de la paix");
        assertThat(err.toString()).isEmpty();

        assertThat(run("path", "peacemaking", "peacekeeping", file, "--lang", "de")).isEqualTo(0);
        assertThat(err.toString()).contains("This taxonomy has no texts in de; showing en.");
    }

    @Test
    void theSentencesAroundThePathsAreFrenchToo() {
        int code = run("path", "conflict-prevention", "peacebuilding", file, "--lang", "fr", "--max", "2");

        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString())
                .startsWith("Prévention des conflits et Consolidation de la paix sont directement liés (1 relation).\n"
                        + "2 chemins, du plus court au plus long, sur tous les types de relation :\n")
                .contains("Chaque pas est une affirmation distincte, avec ses propres sources ; une chaîne de pas ne dit"
                        + " pas à elle seule comment les deux extrémités sont liées.")
                .contains("Chemin 1 (1 pas) : Prévention des conflits — précède → Consolidation de la paix")
                .contains("Source : United Nations 2008")
                .doesNotContain("directly related", "Path ", "shortest first", "Each step", "'");
    }

    @Test
    void frenchSaysWhenNothingConnects() {
        int code = run("path", "peacemaking", "peacekeeping", file, "--lang", "fr", "--types", "differs-from");

        assertThat(code).as("no connection is exit code 1").isEqualTo(1);
        assertThat(out.toString()).startsWith("Aucun lien : aucune chaîne de relations de type ")
                .contains("ne relie Rétablissement de la paix et Maintien de la paix.")
                .contains("Ils sont liés si l’on inclut tous les types de relation.");
    }

    @Test
    void printsJson() throws IOException {
        int code = run("path", "peacemaking", "conflict-prevention", file, "--json");

        assertThat(code).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("outcome").asText()).isEqualTo("direct");
        assertThat(json.path("from").path("label").asText()).isEqualTo("Peacemaking");
        JsonNode step = json.path("paths").get(0).path("steps").get(0);
        assertThat(step.path("direction").asText()).isEqualTo("backward");
        assertThat(step.path("relationIndex").asInt()).isEqualTo(0);
        assertThat(step.path("text").asText()).isEqualTo("Peacemaking — follows → Conflict prevention");
        assertThat(step.path("sources").get(0).path("short").asText()).isEqualTo("Boutros-Ghali 1992");
        assertThat(step.path("quote").path("locator").asText()).isEqualTo("para. 20");
        assertThat(step.path("contested").asBoolean()).isFalse();
    }

    @Test
    void printsJsonForNoConnectionToo() throws IOException {
        int code = run("path", "warfighting", "peacekeeping", file, "--json", "--types", "precedes");

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("outcome").asText()).isEqualTo("not-connected");
        assertThat(json.path("connectedOverAllTypes").asBoolean()).isFalse();
        assertThat(json.path("paths")).isEmpty();
    }

    /** The acceptance test: the built-in taxonomy answers the classic seminar question with sources. */
    @Test
    void theDefaultTaxonomyRelatesConflictPreventionToPeacebuildingWithSources() throws IOException {
        int code = run("path", "conflict-prevention", "peacebuilding", "--json");

        assertThat(code).as(err.toString()).isEqualTo(0);
        JsonNode paths = new ObjectMapper().readTree(out.toString()).path("paths");
        assertThat(paths.size()).isGreaterThanOrEqualTo(2);
        Set<List<Integer>> distinct = new HashSet<>();
        for (JsonNode path : paths) {
            List<Integer> indices = new java.util.ArrayList<>();
            for (JsonNode step : path.path("steps")) {
                indices.add(step.path("relationIndex").asInt());
                assertThat(step.path("sources").size()).as("sources of %s", step.path("text").asText()).isPositive();
            }
            distinct.add(indices);
        }
        assertThat(distinct).hasSize(paths.size());
    }
}
