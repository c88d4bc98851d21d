package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;

class TaxonomyEditorTest {

    @TempDir
    Path dir;

    @Test
    void problemsOfAnEditAreTheLoadersAndNameTheConceptAndField() {
        TaxonomyEditor editor = Fixture.editor();

        editor.apply(new Edit.AddConcept(Fixture.concept("impartiality", "principel", "Impartiality")));

        assertThat(editor.hasErrors()).isTrue();
        EntryProblem p = editor.problemsOfConcept("impartiality").get(0);
        assertThat(p.field()).isEqualTo("kind");
        assertThat(p.problem().message()).isEqualTo("Unknown kind \"principel\"");
        assertThat(p.problem().hint()).isEqualTo("Did you mean \"principle\"?");
        assertThat(p.problem().line()).isPositive();
        assertThat(editor.problemsOfConcept("consent")).isEmpty();
    }

    @Test
    void aMissingFieldIsPlacedOnTheFieldItNamesWhateverTheLanguageOfItsWords() {
        TaxonomyEditor editor = Fixture.editor();

        editor.apply(new Edit.AddConcept(new Concept("hybrid", "principle",
                org.psoexplorer.model.LocalizedText.of("en", "Hybrid"), java.util.List.of(),
                org.psoexplorer.model.LocalizedText.EMPTY, java.util.List.of(), null,
                org.psoexplorer.model.LocalizedText.EMPTY)));

        EntryProblem p = editor.problemsOfConcept("hybrid").stream().filter(e -> e.problem().isError()).findFirst()
                .orElseThrow();
        assertThat(p.problem().path()).isEqualTo("concepts[3]");
        assertThat(p.problem().message()).startsWith("Missing \"definition\"");
        assertThat(p.problem().message(java.util.Locale.FRENCH)).startsWith("Il manque « definition »");
        assertThat(p.problem().missingKey()).contains("definition");
        assertThat(p.field()).isEqualTo("definition");
    }

    @Test
    void aDuplicateIdIsReportedOnTheNewConcept() {
        TaxonomyEditor editor = Fixture.editor();

        editor.apply(new Edit.AddConcept(Fixture.concept("consent", "principle", "Consent again")));

        assertThat(editor.entryProblems()).filteredOn(p -> p.problem().isError())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.section()).isEqualTo("concepts");
                    assertThat(p.index()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("id");
                    assertThat(p.problem().message()).contains("already used");
                });
    }

    @Test
    void savingRefusesAnInvalidTaxonomyUnlessTheUserChoosesTo() throws Exception {
        TaxonomyEditor editor = Fixture.editor();
        editor.apply(new Edit.AddRelation(Fixture.relation("consent", "kind-of", "consent", "agenda")));
        Path out = dir.resolve("t.json");

        SaveResult refused = editor.save(out);

        assertThat(refused.saved()).isFalse();
        assertThat(refused.refusedForErrors()).isTrue();
        assertThat(refused.errors()).extracting(Problem::message).containsExactly("The relation goes from \"consent\" to itself");
        assertThat(out).doesNotExist();
        assertThat(editor.dirty()).isTrue();

        SaveResult anyway = editor.save(out, true);

        assertThat(anyway.saved()).isTrue();
        assertThat(new TaxonomyLoader().load(out).errors()).hasSize(1);
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedStateThroughUndoAndRedo() throws Exception {
        TaxonomyEditor editor = Fixture.editor();
        AtomicInteger changes = new AtomicInteger();
        editor.addListener(changes::incrementAndGet);
        assertThat(editor.dirty()).isFalse();
        assertThat(editor.undoLabel()).isNull();

        editor.apply(new Edit.RemoveRelation(0));
        assertThat(editor.dirty()).isTrue();
        editor.save(dir.resolve("t.json"));
        assertThat(editor.dirty()).isFalse();
        assertThat(editor.file()).contains(dir.resolve("t.json"));

        editor.undo();
        assertThat(editor.dirty()).isTrue();
        assertThat(editor.redoLabel()).isEqualTo("edit.removeRelation");
        editor.redo();
        assertThat(editor.dirty()).isFalse();
        assertThat(changes.get()).isEqualTo(4);
    }

    @Test
    void aNewEditAfterUndoDropsTheUndoneOnes() {
        TaxonomyEditor editor = Fixture.editor();
        editor.apply(new Edit.RemoveRelation(0));
        editor.undo();

        editor.apply(new Edit.RemoveView("week-1"));

        assertThat(editor.canRedo()).isFalse();
        assertThat(editor.undoLabel()).isEqualTo("edit.removeView");
        assertThat(editor.current().relations()).hasSize(2);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        TaxonomyEditor editor = Fixture.editor();
        Concept consent = editor.current().concept("consent").orElseThrow();

        editor.apply(new Edit.ReplaceConcept("consent", consent));

        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void savingAfterSavingRewritesFromTheNewBaseline() throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, Fixture.TEXT);
        TaxonomyEditor editor = TaxonomyEditor.open(file);
        editor.apply(new Edit.AddConcept(Fixture.concept("impartiality", "principle", "Impartiality")));
        editor.save(file);
        String once = Files.readString(file);

        editor.apply(new Edit.RemoveConcept("impartiality"));
        editor.save(file);

        assertThat(Files.readString(file)).isEqualTo(Fixture.TEXT);
        assertThat(once).contains("\"id\": \"impartiality\"");
    }

    @Test
    void aFileThatDoesNotLoadCannotBeEditedAndSaysWhy() throws Exception {
        Path bad = Path.of("src/test/resources/org/psoexplorer/io/bad/missing-comma.json");

        assertThatThrownBy(() -> TaxonomyEditor.open(bad)).isInstanceOf(CannotEditException.class)
                .satisfies(e -> assertThat(((CannotEditException) e).result().errors()).isNotEmpty())
                .hasMessageContaining("missing-comma.json:");
    }

    @Test
    void fileNewGivesAValidUntitledTaxonomyToBuildOn() {
        TaxonomyEditor editor = TaxonomyEditor.newFromTemplate();

        assertThat(editor.file()).isEmpty();
        assertThat(editor.hasErrors()).isFalse();
        assertThat(editor.current().kinds()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(editor.current().relationTypes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(editor.current().concepts()).hasSize(1);
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void theBuiltInTaxonomyOpensForEditingAndSavesUnderANewName() throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.openDefault();
        Path out = dir.resolve("my-course.json");

        assertThat(editor.file()).isEmpty();
        assertThat(editor.save(out).saved()).isTrue();

        assertThat(Files.readString(out)).isEqualTo(Files.readString(Path.of("taxonomy/pso.json")));
        assertThat(editor.file()).contains(out);
    }

    @Test
    void aFailedWriteIsASentenceNotACrash() {
        TaxonomyEditor editor = Fixture.editor();

        SaveResult result = editor.save(dir.resolve("no-such-folder").resolve("t.json"));

        assertThat(result.saved()).isFalse();
        assertThat(result.refusedForErrors()).isFalse();
        assertThat(result.failure()).contains("no-such-folder");
        // Its kind, for the window to say in its own language.
        assertThat(result.cause()).isInstanceOfSatisfying(org.psoexplorer.io.WriteException.class,
                e -> assertThat(e.why()).isEqualTo(org.psoexplorer.io.WriteException.Why.NO_FOLDER));
    }
}
