package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.RelationRef;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;

/** The tours the default taxonomy ships for teaching, and what the loader makes of tours in general. */
class DefaultToursTest {

    private static final Taxonomy DEFAULT = TaxonomyLoader.defaultTaxonomy();

    @Test
    void theDefaultTaxonomyShipsAtLeastThreeTours() {
        assertThat(DEFAULT.tours()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DEFAULT.tours()).extracting(Tour::id)
                .contains("prevention-to-peacebuilding", "what-makes-pso-distinct", "blurred-lines");
    }

    @Test
    void theDefaultToursLoadWithoutTourWarnings() {
        LoadResult result = new TaxonomyLoader().loadDefault();

        assertThat(result.errors()).isEmpty();
        assertThat(result.problems()).noneMatch(p -> p.path().startsWith("tours"));
    }

    @Test
    void everyDefaultTourIsWrittenForTeachingInEnglishAndFrench() {
        for (Tour tour : DEFAULT.tours()) {
            assertThat(tour.steps()).as(tour.id()).hasSizeBetween(4, 7);
            assertThat(tour.title().exactly("en")).as(tour.id() + " title").isPresent();
            assertThat(tour.title().exactly("fr")).as(tour.id() + " titre").isPresent();
            assertThat(tour.description().exactly("en")).as(tour.id() + " description").isPresent();
            assertThat(tour.description().exactly("fr")).as(tour.id() + " description fr").isPresent();
            for (int i = 0; i < tour.steps().size(); i++) {
                TourStep step = tour.steps().get(i);
                String where = tour.id() + " step " + (i + 1);
                assertThat(step.caption().exactly("en")).as(where).isPresent();
                assertThat(step.caption().exactly("fr")).as(where).isPresent();
                if (!step.showsEverything()) {
                    assertThat(step.concepts()).as(where + ": a focused subgraph").hasSizeBetween(3, 10);
                    assertThat(step.sources()).as(where + ": the caption rests on sources").isNotEmpty();
                }
                assertThat(step.effectiveFocus()).as(where).isNotNull();
                for (RelationRef r : step.relations()) {
                    assertThat(DEFAULT.relationIndices(r)).as(where + ": " + r).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theLayoutsAStepMayNameAreTheApplicationsLayouts() {
        assertThat(TourStep.LAYOUTS).containsExactlyElementsOf(
                Arrays.stream(LayoutKind.values()).map(LayoutKind::id).toList());
    }

    @Test
    void aFileWithoutToursHasNone() throws IOException {
        LoadResult result = load("""
                {"format": "pso-taxonomy/1", "title": "T", "concepts": []}
                """);

        assertThat(result.taxonomy()).get().extracting(Taxonomy::tours).asList().isEmpty();
    }

    @Test
    void aStepIsReadWithEveryPart() throws IOException {
        LoadResult result = load(BASE.formatted("""
                {"id": "t", "title": {"en": "T", "fr": "P"}, "description": "D", "steps": [
                  {"concepts": ["a", "b"], "focus": "b", "relations": [{"from": "b", "type": "differs", "to": "a"}],
                   "layout": "radial", "caption": {"en": "C", "fr": "L"}, "sources": ["s"]},
                  {"concepts": [], "caption": "All"}
                ]}"""));

        assertThat(result.errors()).isEmpty();
        Tour tour = result.taxonomy().orElseThrow().tours().get(0);
        TourStep first = tour.steps().get(0);
        assertThat(first.concepts()).containsExactly("a", "b");
        assertThat(first.focus()).isEqualTo("b");
        assertThat(first.relations()).containsExactly(new RelationRef("b", "differs", "a"));
        assertThat(first.layout()).isEqualTo("radial");
        assertThat(first.caption().exactly("fr")).contains("L");
        assertThat(first.sources()).containsExactly("s");
        TourStep second = tour.steps().get(1);
        assertThat(second.showsEverything()).isTrue();
        assertThat(second.layout()).isNull();
        assertThat(second.focus()).isNull();
    }

    @Test
    void aHighlightedRelationTheStepDoesNotShowIsAWarning() throws IOException {
        LoadResult result = load(BASE.formatted("""
                {"id": "t", "title": "T", "steps": [
                  {"concepts": ["a", "c"], "relations": [{"from": "a", "type": "precedes", "to": "b"}], "caption": "C"}
                ]}"""));

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("tours[0].steps[0].relations[0]");
            assertThat(p.message()).contains("does not show \"b\"");
        });
    }

    @Test
    void aRelationOfAnotherTypeIsSuggested() throws IOException {
        LoadResult result = load(BASE.formatted("""
                {"id": "t", "title": "T", "steps": [
                  {"concepts": ["a", "b"], "relations": [{"from": "a", "type": "differs", "to": "c"}], "caption": "C"},
                  {"concepts": ["a", "b"], "relations": [{"from": "b", "type": "differs", "to": "a"}], "caption": "C"},
                  {"concepts": ["b", "c"], "relations": [{"from": "c", "type": "precedes", "to": "b"}], "caption": "C"}
                ]}"""));

        List<Problem> errors = result.errors();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).hint()).contains("Between these concepts the taxonomy has: \"precedes\" from \"a\" to \"c\"");
        assertThat(errors.get(1).message()).contains("no relation \"precedes\" from \"c\" to \"b\"");
        assertThat(errors.get(1).hint()).contains("declare this one");
    }

    @Test
    void unknownIdsInARelationToHighlightAreNamed() throws IOException {
        LoadResult result = load(BASE.formatted("""
                {"id": "t", "title": "T", "steps": [
                  {"concepts": [], "relations": [{"from": "aa", "type": "precede", "to": "b"}], "caption": "C", "focus": "zz"}
                ]}"""));

        assertThat(result.errors()).extracting(Problem::message)
                .containsExactlyInAnyOrder("Unknown concept \"aa\"", "Unknown relation type \"precede\"",
                        "Unknown concept \"zz\"");
        assertThat(result.errors()).filteredOn(p -> p.path().endsWith(".type")).singleElement()
                .extracting(Problem::hint).isEqualTo("Did you mean \"precedes\"?");
    }

    @Test
    void aMissingStepListIsReported() throws IOException {
        LoadResult result = load(BASE.formatted("""
                {"id": "t", "title": "T"}"""));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Missing \"steps\" (a list of steps)");
            assertThat(p.path()).isEqualTo("tours[0]");
        });
    }

    private static final String BASE = """
            {
              "format": "pso-taxonomy/1",
              "title": "T",
              "sources": [{"id": "s", "type": "book", "title": "B"}],
              "relationTypes": [
                {"id": "precedes", "label": "precedes", "directed": true, "hierarchical": false},
                {"id": "differs", "label": "differs from", "directed": false, "hierarchical": false}
              ],
              "kinds": [{"id": "op", "label": "Op"}],
              "concepts": [
                {"id": "a", "kind": "op", "label": "A", "definition": "D"},
                {"id": "b", "kind": "op", "label": "B", "definition": "D"},
                {"id": "c", "kind": "op", "label": "C", "definition": "D"}
              ],
              "relations": [
                {"from": "a", "type": "precedes", "to": "b"},
                {"from": "a", "type": "differs", "to": "b"},
                {"from": "a", "type": "precedes", "to": "c"}
              ],
              "tours": [%s]
            }
            """;

    private static LoadResult load(String text) throws IOException {
        return new TaxonomyLoader().load("tours.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
