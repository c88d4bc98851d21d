package org.psoexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tours in the model: the older constructor still works, references resolve to relation indices. */
class TaxonomyToursTest {

    private static final RelationType PRECEDES = new RelationType("precedes", LocalizedText.of("en", "precedes"),
            LocalizedText.EMPTY, true, false, false);
    private static final RelationType DISTINCT = new RelationType("distinct-from", LocalizedText.of("en", "is distinct from"),
            LocalizedText.EMPTY, false, false, false);

    private static Concept concept(String id) {
        return new Concept(id, "op", LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "D"), List.of(), null,
                LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String type, String to) {
        return new Relation(from, type, to, List.of(), null, LocalizedText.EMPTY, null, null);
    }

    private static final List<Relation> RELATIONS = List.of(
            rel("pm", "precedes", "pk"),
            rel("pk", "distinct-from", "pe"),
            rel("pm", "precedes", "pk"));

    private static Taxonomy taxonomy(List<Tour> tours) {
        return new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, List.of(), List.of(),
                List.of(PRECEDES, DISTINCT), List.of(concept("pm"), concept("pk"), concept("pe")), RELATIONS, tours);
    }

    @Test
    void theEightArgumentConstructorMakesATaxonomyWithoutTours() {
        Taxonomy t = new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, List.of(), List.of(),
                List.of(PRECEDES), List.of(concept("pm")), List.of());

        assertThat(t.tours()).isEmpty();
        assertThat(t.tour("any")).isEmpty();
    }

    @Test
    void toursAreKeptInOrderAndFoundById() {
        TourStep step = new TourStep(List.of("pm", "pk"), null, List.of(), null, LocalizedText.of("en", "C"), List.of());
        Tour a = new Tour("a", LocalizedText.of("en", "A"), null, List.of(step));
        Tour b = new Tour("b", LocalizedText.of("en", "B"), LocalizedText.of("en", "About B"), List.of(step, step));

        Taxonomy t = taxonomy(List.of(a, b));

        assertThat(t.tours()).extracting(Tour::id).containsExactly("a", "b");
        assertThat(t.tour("b")).contains(b);
        assertThat(a.description()).isEqualTo(LocalizedText.EMPTY);
    }

    @Test
    void aReferenceFindsEveryRelationItNames() {
        Taxonomy t = taxonomy(List.of());

        assertThat(t.relationIndices(new RelationRef("pm", "precedes", "pk"))).containsExactly(0, 2);
        assertThat(t.relationIndices(new RelationRef("pk", "precedes", "pm"))).as("directed: not backwards").isEmpty();
        assertThat(t.relationIndices(new RelationRef("pe", "distinct-from", "pk"))).as("undirected: either way").containsExactly(1);
        assertThat(t.relationIndices(new RelationRef("pm", "distinct-from", "pk"))).isEmpty();
    }

    @Test
    void theFocusDefaultsToTheFirstConceptShown() {
        LocalizedText c = LocalizedText.of("en", "C");

        assertThat(new TourStep(List.of("pm", "pk"), null, List.of(), null, c, List.of()).effectiveFocus()).isEqualTo("pm");
        assertThat(new TourStep(List.of("pm", "pk"), "pk", List.of(), null, c, List.of()).effectiveFocus()).isEqualTo("pk");
        TourStep everything = new TourStep(List.of(), null, List.of(), "force", c, List.of());
        assertThat(everything.effectiveFocus()).isNull();
        assertThat(everything.showsEverything()).isTrue();
    }

    @Test
    void stepsAreImmutable() {
        List<String> concepts = new java.util.ArrayList<>(List.of("pm"));
        TourStep step = new TourStep(concepts, null, List.of(), null, LocalizedText.of("en", "C"), List.of());
        concepts.add("pk");

        assertThat(step.concepts()).containsExactly("pm");
    }
}
