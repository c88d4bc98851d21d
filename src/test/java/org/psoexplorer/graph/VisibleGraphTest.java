package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * What a {@link ViewFilter} leaves on screen. The taxonomy:
 *
 * <pre>
 *   pk ─kind-of→ pso ←kind-of─ pb ←kind-of─ sr        (relations 0, 1, 2)
 *   un ─conducts→ pk            [cites un-2008]        (3)
 *   un ─conducts→ pb            [quote from brahimi]   (4)
 *   imp ─requires→ pk           [cites brahimi]        (5)
 *   pk ─requires→ imp                                 (6)
 *   critic (quoted from brahimi, no relation)
 * </pre>
 *
 * Kinds: pso, pk, pb, sr are operations; un is an actor; imp a principle; critic a critique.
 */
class VisibleGraphTest {

    private static final List<String> ALL = List.of("pso", "pk", "pb", "sr", "un", "imp", "critic");

    private static Concept concept(String id, String kind, Quote... quotes) {
        return new Concept(id, kind, LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "Def " + id),
                List.of(quotes), null, LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String type, String to, List<String> sources, Quote quote) {
        return new Relation(from, type, to, sources, quote, LocalizedText.EMPTY, null, null);
    }

    private static Quote quote(String source) {
        return new Quote("Words of " + source, source, "p. 1", null);
    }

    private static TaxonomyGraph graph() {
        List<Kind> kinds = List.of(kind("operation"), kind("actor"), kind("principle"), kind("critique"));
        List<RelationType> types = List.of(
                new RelationType("kind-of", LocalizedText.of("en", "is a kind of"), LocalizedText.EMPTY, true, true,
                        false),
                new RelationType("conducts", LocalizedText.of("en", "conducts"), LocalizedText.EMPTY, true, false,
                        false),
                new RelationType("requires", LocalizedText.of("en", "requires"), LocalizedText.EMPTY, true, false,
                        false));
        List<Source> sources = List.of(
                new Source("un-2008", SourceType.UN_DOCUMENT, "Capstone", null, "United Nations", 2008, null, null,
                        null),
                new Source("brahimi", SourceType.REPORT, "Brahimi report", "Brahimi", null, 2000, null, null, null));
        List<Concept> concepts = List.of(concept("pso", "operation"), concept("pk", "operation"),
                concept("pb", "operation"), concept("sr", "operation"), concept("un", "actor"),
                concept("imp", "principle"), concept("critic", "critique", quote("brahimi")));
        List<Relation> relations = List.of(
                rel("pk", "kind-of", "pso", List.of(), null),
                rel("pb", "kind-of", "pso", List.of(), null),
                rel("sr", "kind-of", "pb", List.of(), null),
                rel("un", "conducts", "pk", List.of("un-2008"), null),
                rel("un", "conducts", "pb", List.of(), quote("brahimi")),
                rel("imp", "requires", "pk", List.of("brahimi"), null),
                rel("pk", "requires", "imp", List.of(), null));
        return new TaxonomyGraph(new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, sources, kinds,
                types, concepts, relations));
    }

    private static Kind kind(String id) {
        return new Kind(id, LocalizedText.of("en", id), null, null);
    }

    private static List<Integer> indices(VisibleGraph v) {
        return v.relations().stream().map(RelationEdge::index).toList();
    }

    @Test
    void withoutAFilterEverythingIsVisibleInFileOrder() {
        VisibleGraph v = VisibleGraph.of(graph(), ViewFilter.NONE);

        assertThat(v.concepts()).containsExactlyElementsOf(ALL);
        assertThat(indices(v)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(v.hiddenConcepts()).isZero();
        assertThat(v.hiddenRelations()).isZero();
        assertThat(ViewFilter.NONE.isActive()).isFalse();
    }

    @Test
    void hidingAKindHidesItsConceptsAndTheirRelations() {
        ViewFilter f = ViewFilter.NONE.withHiddenKinds(Set.of("actor", "critique"));
        VisibleGraph v = VisibleGraph.of(graph(), f);

        assertThat(v.concepts()).containsExactly("pso", "pk", "pb", "sr", "imp");
        assertThat(v.contains("un")).isFalse();
        assertThat(indices(v)).containsExactly(0, 1, 2, 5, 6);
        assertThat(v.hiddenConcepts()).isEqualTo(2);
        assertThat(v.hiddenRelations()).isEqualTo(2);
        assertThat(f.isActive()).isTrue();
    }

    @Test
    void hidingARelationTypeKeepsTheConcepts() {
        VisibleGraph v = VisibleGraph.of(graph(), ViewFilter.NONE.withHiddenRelationTypes(Set.of("requires")));

        assertThat(v.concepts()).containsExactlyElementsOf(ALL);
        assertThat(indices(v)).containsExactly(0, 1, 2, 3, 4);
        assertThat(v.hiddenConcepts()).isZero();
        assertThat(v.hiddenRelations()).isEqualTo(2);
    }

    @Test
    void oneSourceShowsWhatItIsQuotedOnAndTheRelationsItBacks() {
        VisibleGraph brahimi = VisibleGraph.of(graph(), ViewFilter.NONE.withOnlySource("brahimi"));

        // critic: quoted from it; un, pb: a relation whose quote is from it; imp, pk: a relation citing it.
        assertThat(brahimi.concepts()).containsExactlyInAnyOrder("critic", "un", "pb", "imp", "pk");
        // Only the relations the source backs, not every relation among those concepts (pk requires imp is unsourced).
        assertThat(indices(brahimi)).containsExactly(4, 5);
        assertThat(brahimi.hiddenConcepts()).isEqualTo(2);
        assertThat(brahimi.hiddenRelations()).isEqualTo(5);

        VisibleGraph un = VisibleGraph.of(graph(), ViewFilter.NONE.withOnlySource("un-2008"));
        assertThat(un.concepts()).containsExactlyInAnyOrder("un", "pk");
        assertThat(indices(un)).containsExactly(3);
    }

    @Test
    void collapsingAConceptHidesItsSubtreeButNotItself() {
        VisibleGraph v = VisibleGraph.of(graph(), ViewFilter.NONE.withCollapsed(Set.of("pso")));

        assertThat(v.concepts()).containsExactly("pso", "un", "imp", "critic");
        assertThat(indices(v)).isEmpty();
        assertThat(v.hiddenConcepts()).isEqualTo(3);
        assertThat(v.hiddenRelations()).isEqualTo(7);
    }

    @Test
    void collapsingAnInnerNodeHidesOnlyWhatIsBelowIt() {
        VisibleGraph v = VisibleGraph.of(graph(), ViewFilter.NONE.withCollapsed(Set.of("pb")));

        assertThat(v.concepts()).doesNotContain("sr").contains("pb", "pso", "pk");
        assertThat(indices(v)).containsExactly(0, 1, 3, 4, 5, 6);
        // A leaf has nothing to fold away.
        assertThat(VisibleGraph.of(graph(), ViewFilter.NONE.withCollapsed(Set.of("sr"))).concepts())
                .containsExactlyElementsOf(ALL);
    }

    @Test
    void focusKeepsTheNeighbourhoodToTheChosenDepth() {
        VisibleGraph one = VisibleGraph.of(graph(), ViewFilter.NONE.withFocus("pb", 1));
        assertThat(one.concepts()).containsExactlyInAnyOrder("pb", "pso", "sr", "un");
        assertThat(indices(one)).containsExactly(1, 2, 4);
        assertThat(one.hiddenConcepts()).isEqualTo(3);
        assertThat(one.hiddenRelations()).isEqualTo(4);

        VisibleGraph two = VisibleGraph.of(graph(), ViewFilter.NONE.withFocus("pb", 2));
        assertThat(two.concepts()).containsExactlyInAnyOrder("pb", "pso", "sr", "un", "pk");
        // Relations between two visible concepts stay, even when both are at the rim.
        assertThat(indices(two)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void focusDoesNotWalkThroughWhatIsHidden() {
        // With actors hidden, pb's neighbourhood cannot reach pk through un.
        ViewFilter noActors = ViewFilter.NONE.withHiddenKinds(Set.of("actor")).withFocus("pb", 2);
        assertThat(VisibleGraph.of(graph(), noActors).concepts()).containsExactlyInAnyOrder("pb", "pso", "sr", "pk");

        // With "kind-of" hidden, pb's only remaining relation is to un.
        ViewFilter noHierarchy = ViewFilter.NONE.withHiddenRelationTypes(Set.of("kind-of")).withFocus("pb", 1);
        assertThat(VisibleGraph.of(graph(), noHierarchy).concepts()).containsExactlyInAnyOrder("pb", "un");
    }

    @Test
    void filtersCombine() {
        ViewFilter f = ViewFilter.NONE.withOnlySource("brahimi").withHiddenKinds(Set.of("critique"))
                .withHiddenRelationTypes(Set.of("conducts"));
        VisibleGraph v = VisibleGraph.of(graph(), f);

        assertThat(v.concepts()).containsExactlyInAnyOrder("un", "pb", "imp", "pk");
        assertThat(indices(v)).containsExactly(5);
        assertThat(v.hiddenConcepts() + v.concepts().size()).isEqualTo(ALL.size());
        assertThat(v.hiddenRelations() + v.relations().size()).isEqualTo(7);
    }

    @Test
    void focusDepthIsKeptBetweenOneAndThree() {
        assertThat(ViewFilter.NONE.withFocus("pk", 0).focusDepth()).isEqualTo(1);
        assertThat(ViewFilter.NONE.withFocus("pk", 7).focusDepth()).isEqualTo(3);
        assertThat(ViewFilter.NONE.withFocus("pk", 2).focusDepth()).isEqualTo(2);
        assertThat(ViewFilter.NONE.withFocus("pk", 2).isActive()).isTrue();
        assertThat(ViewFilter.NONE.withFocus("pk", 2).withFocus(null, 1)).isEqualTo(ViewFilter.NONE);
    }

    @Test
    void theResultCannotBeChanged() {
        VisibleGraph v = VisibleGraph.of(graph(), ViewFilter.NONE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.concepts().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.relations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyVisibleRelationJoinsVisibleConceptsInTheDefaultTaxonomy() {
        TaxonomyGraph g = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());
        List<ViewFilter> filters = List.of(ViewFilter.NONE,
                ViewFilter.NONE.withHiddenKinds(Set.of("actor", "document")),
                ViewFilter.NONE.withFocus("peacekeeping", 1),
                ViewFilter.NONE.withFocus("peacekeeping", 2).withHiddenRelationTypes(Set.of("kind-of")),
                ViewFilter.NONE.withCollapsed(Set.of("pso")));
        for (ViewFilter f : filters) {
            VisibleGraph v = VisibleGraph.of(g, f);
            assertThat(v.relations()).as("%s", f)
                    .allMatch(e -> v.contains(e.from()) && v.contains(e.to()));
            assertThat(v.concepts().size() + v.hiddenConcepts()).isEqualTo(g.taxonomy().concepts().size());
            assertThat(v.relations().size() + v.hiddenRelations()).isEqualTo(g.taxonomy().relations().size());
        }
        VisibleGraph focused = VisibleGraph.of(g, ViewFilter.NONE.withFocus("peacekeeping", 1));
        assertThat(focused.concepts()).containsExactlyInAnyOrderElementsOf(g.neighbourhood("peacekeeping", 1));
        VisibleGraph collapsed = VisibleGraph.of(g, ViewFilter.NONE.withCollapsed(Set.of("pso")));
        assertThat(collapsed.concepts()).contains("pso").doesNotContainAnyElementsOf(g.descendants("pso"));
    }
}
