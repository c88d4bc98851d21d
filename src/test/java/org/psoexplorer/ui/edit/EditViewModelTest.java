package org.psoexplorer.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.edit.Edit;
import org.psoexplorer.edit.SaveResult;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.View;
import org.psoexplorer.ui.ExplorerViewModel;
import org.psoexplorer.ui.I18n;
import org.psoexplorer.ui.TaskRunner;

/** Editing as commands on the view model, driven without a window: each edit shows at once, undoes and redoes by name. */
class EditViewModelTest {

    static final String SMALL = """
            {
              "format": "pso-taxonomy/1",
              "title": "Small",
              "defaultLanguage": "en",
              "sources": [{"id": "s", "type": "report", "title": "Report", "author": "Author", "year": 2000}],
              "kinds": [{"id": "op", "label": "Operation"}],
              "relationTypes": [{"id": "kind-of", "label": "is a kind of", "directed": true, "hierarchical": true}],
              "concepts": [
                {"id": "root", "kind": "op", "label": "Root", "definition": "The top."},
                {"id": "a", "kind": "op", "label": {"en": "Operation A", "fr": "Opération A"}, "definition": "A."}
              ],
              "relations": [{"from": "a", "type": "kind-of", "to": "root", "sources": ["s"]}]
            }
            """;

    @TempDir
    Path dir;
    private Path file;
    private ExplorerViewModel vm;
    private EditViewModel edits;

    @BeforeEach
    void open() throws IOException {
        I18n.setLocale(Locale.ENGLISH);
        file = dir.resolve("small.json");
        Files.writeString(file, SMALL);
        vm = new ExplorerViewModel(TaskRunner.immediate());
        edits = new EditViewModel(vm);
        vm.open(file);
        assertThat(vm.getTaxonomy()).isNotNull();
    }

    private Concept concept(String id) {
        return vm.getTaxonomy().concept(id).orElseThrow();
    }

    private static Concept withDefinition(Concept c, String lang, String text) {
        return new Concept(c.id(), c.kind(), c.label(), c.altLabels(), Texts.with(c.definition(), lang, text), c.quotes(),
                c.since(), c.notes());
    }

    @Test
    void anEditShowsAtOnceAndUndoAndRedoAreNamedForIt() {
        Concept a = concept("a");
        Concept edited = withDefinition(a, "en", "A, rewritten for first-year students.");

        edits.apply(new Edit.ReplaceConcept("a", edited), EditViewModel.labelFor(a, edited));

        assertThat(vm.getTaxonomy().text(concept("a").definition(), "en")).isEqualTo("A, rewritten for first-year students.");
        assertThat(vm.graphProperty().get().taxonomy().concept("a").orElseThrow().definition())
                .isEqualTo(edited.definition());
        assertThat(edits.isDirty()).isTrue();
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Edit definition");
        assertThat(edits.canRedoProperty().get()).isFalse();

        edits.undo();

        assertThat(vm.getTaxonomy().text(concept("a").definition(), "en")).isEqualTo("A.");
        assertThat(edits.isDirty()).isFalse();
        assertThat(edits.canUndoProperty().get()).isFalse();
        assertThat(edits.redoLabelProperty().get()).isEqualTo("Redo Edit definition");

        edits.redo();

        assertThat(vm.getTaxonomy().text(concept("a").definition(), "en")).isEqualTo("A, rewritten for first-year students.");
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Edit definition");
    }

    @Test
    void addingAConceptAndARelationPutsThemOnTheGraphAndUndoTakesThemBackInOrder() {
        Concept c = new Concept("b", "op", LocalizedText.of("en", "Operation B"), List.of(), LocalizedText.EMPTY, List.of(),
                null, LocalizedText.EMPTY);
        edits.apply(new Edit.AddConcept(c));
        edits.apply(new Edit.AddRelation(new Relation("b", "kind-of", "root", List.of(), null, LocalizedText.EMPTY, null, null)));

        assertThat(vm.visibleProperty().get().contains("b")).isTrue();
        assertThat(vm.getTaxonomy().relations()).hasSize(2);
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Add relation");

        edits.undo();
        assertThat(vm.getTaxonomy().relations()).hasSize(1);
        assertThat(edits.undoLabelProperty().get()).isEqualTo("Undo Add concept");
        edits.undo();
        assertThat(vm.getTaxonomy().concept("b")).isEmpty();
        assertThat(vm.visibleProperty().get().contains("b")).isFalse();
    }

    @Test
    void aNewEditAfterUndoForgetsWhatRedoWouldHaveDone() {
        Concept a = concept("a");
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(a, "en", "First.")), "edit.name.definition");
        edits.undo();
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(a, "fr", "Deuxième.")), "edit.name.definition");

        assertThat(edits.canRedoProperty().get()).isFalse();
        assertThat(edits.redoLabelProperty().get()).isEqualTo("Redo");
    }

    @Test
    void anEditThatBreaksTheTaxonomyIsReportedBesideItsFieldAndSavingAsksBeforeWritingIt() throws IOException {
        Concept a = concept("a");
        Concept unknownKind = new Concept("a", "no-such-kind", a.label(), a.altLabels(), a.definition(), a.quotes(),
                a.since(), a.notes());

        edits.apply(new Edit.ReplaceConcept("a", unknownKind));

        assertThat(edits.taxonomyProperty().get().concept("a").orElseThrow().kind()).isEqualTo("no-such-kind");
        assertThat(vm.getTaxonomy().concept("a").orElseThrow().kind()).as("the graph keeps the last sound state").isEqualTo("op");
        assertThat(edits.conceptProblems("a", List.of("en", "fr"))).containsKey("kind");
        assertThat(edits.conceptProblems("a", List.of("en", "fr")).get("kind").get(0)).contains("no-such-kind");
        byte[] before = Files.readAllBytes(file);
        SaveResult refused = edits.save(null, false);
        assertThat(refused.refusedForErrors()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(edits.isDirty()).isTrue();
    }

    @Test
    void savingWritesTheEditAndNothingElseThenTheWatcherSeesItsOwnSave() throws IOException {
        Concept a = concept("a");
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(a, "en", "A, plainly.")));

        SaveResult saved = edits.save(null, false);

        assertThat(saved.saved()).isTrue();
        assertThat(edits.isDirty()).isFalse();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("A, plainly.").doesNotContain("\"A.\"");
        assertThat(text.lines().count()).isEqualTo(SMALL.lines().count());
        assertThat(edits.isOwnSave(file)).isTrue();

        Files.writeString(file, SMALL.replace("The top.", "Changed elsewhere."));
        assertThat(edits.isOwnSave(file)).isFalse();
    }

    @Test
    void saveAsMovesTheExplorerToTheNewFile() {
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(concept("a"), "en", "Elsewhere.")));
        Path other = dir.resolve("copy.json");

        assertThat(edits.save(other, false).saved()).isTrue();

        assertThat(vm.fileProperty().get()).isEqualTo(other);
        assertThat(edits.fileName()).isEqualTo("copy.json");
        assertThat(other).exists();
    }

    @Test
    void openingAnotherFileIsAskedFirstAndKeepingTheEditsKeepsThem() throws IOException {
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(concept("a"), "en", "Mine.")));
        boolean[] asked = {false};
        vm.setBeforeReplacing(() -> {
            asked[0] = true;
            return false;
        });
        Path other = dir.resolve("other.json");
        Files.writeString(other, SMALL.replace("Small", "Other"));

        vm.open(other);

        assertThat(asked[0]).isTrue();
        assertThat(vm.fileProperty().get()).isEqualTo(file);
        assertThat(vm.getTaxonomy().text(concept("a").definition(), "en")).isEqualTo("Mine.");
        assertThat(edits.isDirty()).isTrue();
    }

    @Test
    void readingTheFileAgainStartsTheEditsAfresh() {
        edits.apply(new Edit.ReplaceConcept("a", withDefinition(concept("a"), "en", "Mine.")));
        edits.discard();

        vm.reload();

        assertThat(edits.isDirty()).isFalse();
        assertThat(edits.canUndoProperty().get()).isFalse();
        assertThat(vm.getTaxonomy().text(concept("a").definition(), "en")).isEqualTo("A.");
    }

    @Test
    void whatHasNoFileIsNamedInTheInterfaceLanguage() {
        ExplorerViewModel builtIn = new ExplorerViewModel(TaskRunner.immediate());
        EditViewModel builtInEdits = new EditViewModel(builtIn);
        builtIn.openDefault();
        edits.newTaxonomy();
        assertThat(builtInEdits.fileName()).isEqualTo("pso.json (built in)");
        assertThat(edits.fileName()).isEqualTo("untitled.json");

        I18n.setLocale(Locale.FRENCH);

        assertThat(builtInEdits.fileName()).isEqualTo("pso.json (intégré)");
        assertThat(edits.fileName()).isEqualTo("sans titre.json");
    }

    @Test
    void newStartsFromTheTemplateUnsavedAndInEditMode() {
        edits.newTaxonomy();

        assertThat(vm.fileProperty().get()).isNull();
        assertThat(edits.file()).isNull();
        assertThat(edits.fileName()).isEqualTo("untitled.json");
        assertThat(edits.editModeProperty().get()).isTrue();
        assertThat(vm.getTaxonomy().kinds()).isNotEmpty();
        assertThat(vm.getTaxonomy().concept("a")).isEmpty();
    }

    @Test
    void aSavedViewKeepsLayoutFiltersAndPlacesAndPutsThemBack() {
        vm.moveConcept("a", 321, 123);
        vm.setKindVisible("nothing-hidden-yet", true);
        View v = Views.capture("seminar-3", LocalizedText.of("en", "Seminar 3"), vm, new double[] {1.5, 100, 50});
        edits.apply(new Edit.SaveView(v));

        assertThat(vm.getTaxonomy().views()).extracting(View::id).containsExactly("seminar-3");
        assertThat(v.positions().get("a")).isEqualTo(new View.Position(321, 123));
        assertThat(v.viewport()).isEqualTo(new View.Viewport(1.5, 100, 50));

        vm.layoutKindProperty().set(org.psoexplorer.layout.LayoutKind.CIRCULAR);
        assertThat(vm.positions().get("a")).isNotEqualTo(new double[] {321, 123});

        Views.show(vm.getTaxonomy().view("seminar-3").orElseThrow(), vm);

        assertThat(vm.layoutKindProperty().get().id()).isEqualTo(v.layout());
        assertThat(vm.positions().get("a")).containsExactly(321, 123);
        assertThat(vm.positions().get("root")).containsExactly(v.positions().get("root").x(), v.positions().get("root").y());
    }

    @Test
    void theMenuNameOfAConceptEditSaysWhichFieldChanged() {
        Concept a = concept("a");
        Concept twoFields = new Concept("a", "op", Texts.with(a.label(), "en", "A again"), a.altLabels(),
                Texts.with(a.definition(), "en", "Other."), a.quotes(), a.since(), a.notes());
        assertThat(EditViewModel.labelFor(a, withDefinition(a, "en", "x"))).isEqualTo("edit.name.definition");
        assertThat(EditViewModel.labelFor(a, twoFields)).isEqualTo("edit.replaceConcept");
    }

    @Test
    void problemFieldsAreReadFromTheirPath() {
        assertThat(EditViewModel.fieldKey("label.fr", List.of("en", "fr"))).isEqualTo("label.fr");
        assertThat(EditViewModel.fieldKey("quotes[0].source", List.of("en", "fr"))).isEqualTo("quotes");
        assertThat(EditViewModel.fieldKey("definition", List.of("en", "fr"))).isEqualTo("definition");
        assertThat(EditViewModel.fieldKey("", List.of("en"))).isEmpty();
    }
}
