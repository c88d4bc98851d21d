package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.model.View;

/** Each edit command does what it says, leaves a valid taxonomy, and undoes to the same taxonomy and bytes. */
class EditCommandsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> commands() {
        Taxonomy t = Fixture.editor().current();
        Concept pk = t.concept("peacekeeping").orElseThrow();
        Source agenda = t.source("agenda").orElseThrow();
        Kind principle = t.kind("principle").orElseThrow();
        RelationType guided = t.relationType("guided-by").orElseThrow();
        return Stream.of(
                Arguments.of("addConcept", new Edit.AddConcept(Fixture.concept("impartiality", "principle", "Impartiality"))),
                Arguments.of("replaceConcept", new Edit.ReplaceConcept("consent", Fixture.concept("consent", "principle", "Consent of the parties"))),
                Arguments.of("renameConcept", new Edit.ReplaceConcept("peacekeeping", new Concept("keeping-peace", pk.kind(),
                        pk.label(), pk.altLabels(), pk.definition(), pk.quotes(), pk.since(), pk.notes()))),
                Arguments.of("removeConcept", new Edit.RemoveConcept("consent")),
                Arguments.of("addRelation", new Edit.AddRelation(Fixture.relation("consent", "kind-of", "pso", "agenda"))),
                Arguments.of("replaceRelation", new Edit.ReplaceRelation(1, Fixture.relation("pso", "guided-by", "consent", "capstone"))),
                Arguments.of("removeRelation", new Edit.RemoveRelation(1)),
                Arguments.of("addSource", new Edit.AddSource(new Source("brahimi", SourceType.REPORT, "Brahimi Report",
                        null, "United Nations", 2000, "A/55/305", null, null))),
                Arguments.of("replaceSource", new Edit.ReplaceSource("agenda", new Source("agenda-1992", agenda.type(),
                        agenda.title(), "Boutros Boutros-Ghali", agenda.organization(), agenda.year(), agenda.symbol(),
                        agenda.url(), agenda.citation()))),
                Arguments.of("removeSource", new Edit.RemoveSource("agenda")),
                Arguments.of("addKind", new Edit.AddKind(new Kind("actor", LocalizedText.of("en", "Actor"), "#aabbcc", NodeShape.ELLIPSE))),
                Arguments.of("replaceKind", new Edit.ReplaceKind("principle", new Kind("norm", principle.label(), "#112233", principle.shape()))),
                Arguments.of("addRelationType", new Edit.AddRelationType(new RelationType("blurs", LocalizedText.of("en", "blurs with"),
                        LocalizedText.EMPTY, false, false, true))),
                Arguments.of("replaceRelationType", new Edit.ReplaceRelationType("guided-by", new RelationType("rests-on",
                        guided.label(), LocalizedText.of("en", "underpins"), true, false, false))),
                Arguments.of("saveView", new Edit.SaveView(View.of("week-2", LocalizedText.of("en", "Week 2"), "radial")
                        .withPositions(Map.of("consent", new View.Position(10, 20))))),
                Arguments.of("replaceView", new Edit.SaveView(View.of("week-1", LocalizedText.of("en", "Week one"), "layered"))),
                Arguments.of("removeView", new Edit.RemoveView("week-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandLeavesAValidTaxonomyThatReadsBackFromTheSavedFile(String name, Edit edit) throws Exception {
        TaxonomyEditor editor = Fixture.editor();

        List<Problem> problems = editor.apply(edit);

        assertThat(problems).filteredOn(Problem::isError).as(name).isEmpty();
        assertThat(editor.dirty()).isTrue();
        Path out = dir.resolve("saved.json");
        assertThat(editor.save(out).saved()).isTrue();
        Taxonomy reread = new TaxonomyLoader().load(out).taxonomy().orElseThrow();
        assertThat(TaxonomyContent.equal(reread, editor.current())).as(Files.readString(out)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void undoRestoresAnEqualTaxonomyAndIdenticalBytesAndRedoTheEdit(String name, Edit edit) throws Exception {
        TaxonomyEditor editor = Fixture.editor();
        Taxonomy before = editor.current();
        editor.apply(edit);
        Taxonomy after = editor.current();

        editor.undo();

        assertThat(TaxonomyContent.equal(editor.current(), before)).isTrue();
        assertThat(editor.dirty()).isFalse();
        Path out = dir.resolve("undone.json");
        editor.save(out);
        assertThat(Files.readString(out)).isEqualTo(Fixture.TEXT);

        editor.redo();
        assertThat(TaxonomyContent.equal(editor.current(), after)).isTrue();
        assertThat(editor.undoLabel()).isEqualTo("edit." + (name.startsWith("rename") ? "replaceConcept"
                : name.equals("replaceView") ? "saveView" : name));
    }

    @Test
    void renamingAConceptRenamesItInRelationsToursAndViews() {
        TaxonomyEditor editor = Fixture.editor();
        Concept pk = editor.current().concept("peacekeeping").orElseThrow();

        editor.apply(new Edit.ReplaceConcept("peacekeeping", new Concept("pko", pk.kind(), pk.label(), pk.altLabels(),
                pk.definition(), pk.quotes(), pk.since(), pk.notes())));

        Taxonomy t = editor.current();
        assertThat(t.relations()).extracting(Relation::from).containsExactly("pko", "pko");
        TourStep step = t.tour("basics").orElseThrow().steps().get(0);
        assertThat(step.concepts()).containsExactly("pko", "consent");
        assertThat(step.focus()).isEqualTo("pko");
        assertThat(step.relations().get(0).from()).isEqualTo("pko");
        assertThat(t.view("week-1").orElseThrow().positions()).containsOnlyKeys("pso", "pko");
        assertThat(editor.hasErrors()).isFalse();
    }

    @Test
    void removingAConceptTakesItsRelationsAndItsMentionsAfterSayingWhatDependsOnIt() {
        TaxonomyEditor editor = Fixture.editor();
        Dependents dependents = Dependents.ofConcept(editor.current(), "peacekeeping");
        assertThat(dependents.relations()).containsExactly(0, 1);
        assertThat(dependents.tourSteps()).containsExactly(new Dependents.StepRef("basics", 0));
        assertThat(dependents.views()).containsExactly("week-1");

        editor.apply(new Edit.RemoveConcept("peacekeeping"));

        Taxonomy t = editor.current();
        assertThat(t.relations()).isEmpty();
        assertThat(t.tour("basics").orElseThrow().steps().get(0).concepts()).containsExactly("consent");
        assertThat(t.view("week-1").orElseThrow().positions()).containsOnlyKeys("pso");
        assertThat(editor.hasErrors()).isFalse();
        assertThat(Dependents.ofConcept(t, "consent").relations()).isEmpty();
    }

    @Test
    void removingASourceTakesTheQuotesFromIt() {
        TaxonomyEditor editor = Fixture.editor();
        Dependents dependents = Dependents.ofSource(editor.current(), "agenda");
        assertThat(dependents.quotes()).containsExactly(new Dependents.QuoteRef("peacekeeping", -1, 0));
        assertThat(dependents.relations()).containsExactly(0);
        assertThat(dependents.views()).containsExactly("week-1");

        editor.apply(new Edit.RemoveSource("agenda"));

        assertThat(editor.current().concept("peacekeeping").orElseThrow().quotes()).isEmpty();
        assertThat(editor.current().relations().get(0).sources()).isEmpty();
        assertThat(editor.current().view("week-1").orElseThrow().onlySource()).isNull();
        assertThat(editor.hasErrors()).isFalse();
    }

    @Test
    void changingAHighlightedRelationKeepsTheTourStepPointingAtIt() {
        TaxonomyEditor editor = Fixture.editor();
        assertThat(Dependents.ofRelation(editor.current(), 1).tourSteps()).hasSize(1);

        editor.apply(new Edit.ReplaceRelation(1, Fixture.relation("peacekeeping", "kind-of", "consent", "capstone")));

        assertThat(editor.current().tour("basics").orElseThrow().steps().get(0).relations().get(0).type()).isEqualTo("kind-of");
        assertThat(editor.hasErrors()).isFalse();
    }

    @Test
    void renamingKindsAndRelationTypesFollowsIntoConceptsRelationsAndViews() {
        TaxonomyEditor editor = Fixture.editor();
        Kind principle = editor.current().kind("principle").orElseThrow();
        RelationType guided = editor.current().relationType("guided-by").orElseThrow();

        editor.apply(new Edit.ReplaceKind("principle", new Kind("norm", principle.label(), null, null)));
        editor.apply(new Edit.ReplaceRelationType("guided-by", new RelationType("rests-on", guided.label(),
                guided.inverseLabel(), true, false, false)));

        Taxonomy t = editor.current();
        assertThat(t.concept("consent").orElseThrow().kind()).isEqualTo("norm");
        assertThat(t.view("week-1").orElseThrow().hiddenKinds()).containsExactly("norm");
        assertThat(t.relations().get(1).type()).isEqualTo("rests-on");
        assertThat(t.tour("basics").orElseThrow().steps().get(0).relations().get(0).type()).isEqualTo("rests-on");
        assertThat(editor.hasErrors()).isFalse();
    }

    @Test
    void removingAViewClearsItFromTourSteps() {
        TaxonomyEditor editor = Fixture.editor();
        assertThat(Dependents.ofView(editor.current(), "week-1").tourSteps()).hasSize(1);

        editor.apply(new Edit.RemoveView("week-1"));

        assertThat(editor.current().tour("basics").orElseThrow().steps().get(0).view()).isNull();
        assertThat(editor.current().views()).isEmpty();
    }

    @Test
    void anEditNamingNothingIsRefusedAndLeavesNoHistory() {
        TaxonomyEditor editor = Fixture.editor();

        assertThatThrownBy(() -> editor.apply(new Edit.RemoveConcept("nothing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
        assertThatThrownBy(() -> editor.apply(new Edit.RemoveRelation(9))).isInstanceOf(IllegalArgumentException.class);
        assertThat(editor.canUndo()).isFalse();
    }

}
