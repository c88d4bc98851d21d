package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.View;

/** On the shipped taxonomy, an edit shows in {@code git diff} as that edit and nothing else. */
class OneEntryDiffTest {

    private static final Path PSO = Path.of("taxonomy/pso.json");

    @TempDir
    Path dir;

    @Test
    void rewritingOneDefinitionChangesExactlyThatLine() throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(PSO);
        Concept c = editor.current().concept("peacekeeping").orElseThrow();
        Map<String, String> definition = new LinkedHashMap<>(c.definition().values());
        definition.put("fr", "Une définition réécrite pour les étudiants de première année.");
        editor.apply(new Edit.ReplaceConcept(c.id(), new Concept(c.id(), c.kind(), c.label(), c.altLabels(),
                new LocalizedText(definition), c.quotes(), c.since(), c.notes())));

        RoundTripTest.LineDiff diff = save(editor);

        assertThat(diff.changedOld()).hasSize(1).allMatch(l -> l.strip().startsWith("\"fr\": "));
        assertThat(diff.changedNew()).containsExactly(
                diff.changedOld().get(0).replaceFirst("\"fr\": \".*\"", "\"fr\": \"Une définition réécrite pour les étudiants de première année.\""));
    }

    @Test
    void aNewConceptIsAppendedToTheConceptsInTheFilesStyle() throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(PSO);
        int last = editor.current().concepts().size() - 1;
        String kind = editor.current().concepts().get(last).kind();
        editor.apply(new Edit.AddConcept(Fixture.concept("course-case-study", kind, "Course case study")));

        save(editor);

        String before = Files.readString(PSO);
        int closing = EntryLines.of(before, "concepts", last)[1] - 1;
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of(before.split("\n", -1)));
        assertThat(expected.get(closing)).isEqualTo("    }");
        expected.remove(closing);
        expected.addAll(closing, java.util.List.of(
                "    },",
                "    {",
                "      \"id\": \"course-case-study\",",
                "      \"kind\": \"" + kind + "\",",
                "      \"label\": {",
                "        \"en\": \"Course case study\"",
                "      },",
                "      \"definition\": {",
                "        \"en\": \"Defined.\"",
                "      }",
                "    }"));
        assertThat(Files.readString(dir.resolve("pso.json"))).isEqualTo(String.join("\n", expected));
    }

    @Test
    void aSavedViewIsAddedAfterTheToursAndNothingElseMoves() throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(PSO);
        editor.apply(new Edit.SaveView(View.of("week-3", LocalizedText.of("en", "Week 3"), "radial")
                .withPositions(Map.of("peacekeeping", new View.Position(412.34, 80)))));

        save(editor);

        String before = Files.readString(PSO);
        String after = Files.readString(dir.resolve("pso.json"));
        assertThat(before).endsWith("  ]\n}\n");
        assertThat(after).isEqualTo(before.substring(0, before.length() - "  ]\n}\n".length()) + String.join("\n",
                "  ],",
                "  \"views\": [",
                "    {",
                "      \"id\": \"week-3\",",
                "      \"label\": {",
                "        \"en\": \"Week 3\"",
                "      },",
                "      \"layout\": \"radial\",",
                "      \"positions\": {",
                "        \"peacekeeping\": {",
                "          \"x\": 412.3,",
                "          \"y\": 80",
                "        }",
                "      }",
                "    }",
                "  ]",
                "}",
                ""));
    }

    private RoundTripTest.LineDiff save(TaxonomyEditor editor) throws Exception {
        Path out = dir.resolve("pso.json");
        SaveResult result = editor.save(out);
        assertThat(result.saved()).as("%s", result.errors()).isTrue();
        return RoundTripTest.LineDiff.of(Files.readString(PSO), Files.readString(out));
    }
}
