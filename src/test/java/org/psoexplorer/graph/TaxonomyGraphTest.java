package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/**
 * The questions the explorer asks of the taxonomy graph. The small hierarchy used throughout
 * (hierarchical relations point from child to parent):
 *
 * <pre>
 *            root
 *           /    \
 *         mid    side          other ── mid   (a non-hierarchical "requires" relation)
 *        /   \     \
 *      leaf  leaf2  leaf2      (leaf2 has two parents: a diamond)
 * </pre>
 */
class TaxonomyGraphTest {

    private static final RelationType KIND_OF = new RelationType("kind-of", LocalizedText.of("en", "is a kind of"),
            LocalizedText.of("en", "has kind"), true, true, false);
    private static final RelationType REQUIRES = new RelationType("requires", LocalizedText.of("en", "requires"),
            LocalizedText.EMPTY, true, false, false);

    private static Concept concept(String id) {
        return new Concept(id, "op", LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "Def " + id),
                List.of(), null, LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String type, String to) {
        return new Relation(from, type, to, List.of(), null, LocalizedText.EMPTY, null, null);
    }

    private static TaxonomyGraph graph(List<String> ids, Relation... relations) {
        List<Concept> concepts = new ArrayList<>();
        ids.forEach(id -> concepts.add(concept(id)));
        Taxonomy t = new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, List.of(),
                List.of(new Kind("op", LocalizedText.of("en", "Operation"), null, null)), List.of(KIND_OF, REQUIRES),
                concepts, List.of(relations));
        return new TaxonomyGraph(t);
    }

    private static TaxonomyGraph diamond() {
        return graph(List.of("root", "mid", "side", "leaf", "leaf2", "other", "alone"),
                rel("mid", "kind-of", "root"),
                rel("side", "kind-of", "root"),
                rel("leaf", "kind-of", "mid"),
                rel("leaf2", "kind-of", "mid"),
                rel("leaf2", "kind-of", "side"),
                rel("other", "requires", "mid"));
    }

    @Test
    void neighboursAreFoundInBothDirectionsOnce() {
        TaxonomyGraph g = diamond();

        assertThat(g.neighbours("mid")).containsExactlyInAnyOrder("root", "leaf", "leaf2", "other");
        assertThat(g.neighbours("leaf2")).containsExactlyInAnyOrder("mid", "side");
        assertThat(g.neighbours("alone")).isEmpty();
        assertThat(g.neighbours("no-such-concept")).isEmpty();
    }

    @Test
    void parallelRelationsStayDistinctEdgesButOneNeighbour() {
        // The same statement twice (say, from two sources) and once the other way round.
        TaxonomyGraph g = graph(List.of("a", "b"), rel("a", "requires", "b"), rel("a", "requires", "b"),
                rel("b", "requires", "a"));

        assertThat(g.graph().edgeSet()).hasSize(3);
        assertThat(g.edgesOf("a")).extracting(RelationEdge::index).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(g.neighbours("a")).containsExactly("b");
    }

    @Test
    void neighbourhoodGrowsWithDepthAndIgnoresDirection() {
        TaxonomyGraph g = diamond();

        assertThat(g.neighbourhood("leaf", 1)).containsExactlyInAnyOrder("leaf", "mid");
        assertThat(g.neighbourhood("leaf", 2)).containsExactlyInAnyOrder("leaf", "mid", "root", "leaf2", "other");
        assertThat(g.neighbourhood("leaf", 3))
                .containsExactlyInAnyOrder("leaf", "mid", "root", "leaf2", "other", "side");
        assertThat(g.neighbourhood("alone", 3)).containsExactly("alone");
        assertThat(g.neighbourhood("no-such-concept", 2)).isEmpty();
    }

    @Test
    void neighbourhoodWalksOnlyTheAllowedEdges() {
        TaxonomyGraph g = diamond();
        List<RelationEdge> hierarchyOnly = g.graph().edgeSet().stream().filter(g::isHierarchical).toList();

        // Without the "requires" edge, "other" is out of reach from "mid" ...
        assertThat(g.neighbourhood("mid", 1, hierarchyOnly)).containsExactlyInAnyOrder("mid", "root", "leaf", "leaf2");
        // ... and cannot be walked through: from "other", nothing at all is reachable.
        assertThat(g.neighbourhood("other", 3, hierarchyOnly)).containsExactly("other");
        assertThat(g.neighbourhood("other", 3, List.of())).containsExactly("other");
    }

    @Test
    void descendantsFollowHierarchicalRelationsFromChildToParent() {
        TaxonomyGraph g = diamond();

        assertThat(g.descendants("root")).containsExactlyInAnyOrder("mid", "side", "leaf", "leaf2");
        assertThat(g.descendants("mid")).containsExactlyInAnyOrder("leaf", "leaf2");
        assertThat(g.descendants("side")).containsExactly("leaf2");
        // Downwards only: the parent and the concept that merely "requires" mid are not below it.
        assertThat(g.descendants("mid")).doesNotContain("root", "other", "mid");
        assertThat(g.descendants("leaf")).isEmpty();
        assertThat(g.descendants("alone")).isEmpty();
    }

    @Test
    void hasChildrenOnlyWithSomethingBelowInTheHierarchy() {
        TaxonomyGraph g = diamond();

        assertThat(g.hasChildren("root")).isTrue();
        assertThat(g.hasChildren("side")).isTrue();
        assertThat(g.hasChildren("leaf")).isFalse();
        // "other requires mid" makes "other" a neighbour of mid, not a child; and leaf2 only has parents.
        assertThat(g.hasChildren("leaf2")).isFalse();
        assertThat(g.hasChildren("other")).isFalse();
        assertThat(g.hasChildren("no-such-concept")).isFalse();
    }

    @Test
    void onlyRelationsOfAHierarchicalTypeAreHierarchical() {
        TaxonomyGraph g = diamond();

        assertThat(g.graph().edgeSet()).filteredOn(g::isHierarchical).extracting(RelationEdge::type)
                .containsOnly("kind-of").hasSize(5);
        assertThat(g.graph().edgeSet()).filteredOn(e -> !g.isHierarchical(e)).extracting(RelationEdge::type)
                .containsExactly("requires");
    }

    @Test
    void theGraphCannotBeChangedFromOutside() {
        TaxonomyGraph g = diamond();

        assertThatThrownBy(() -> g.graph().addVertex("intruder")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> g.graph().removeVertex("root")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void edgesKnowTheirOtherEnd() {
        RelationEdge e = new RelationEdge(0, rel("leaf", "kind-of", "mid"));

        assertThat(e.other("leaf")).isEqualTo("mid");
        assertThat(e.other("mid")).isEqualTo("leaf");
    }

    @Test
    void theDefaultTaxonomyHasTheOperationTypesBelowPso() {
        TaxonomyGraph g = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());

        assertThat(g.descendants("pso"))
                .contains("peacekeeping", "peace-enforcement", "conflict-prevention", "peacebuilding");
        assertThat(g.hasChildren("pso")).isTrue();
        assertThat(g.descendants("peacekeeping")).doesNotContain("pso", "peacekeeping");
        assertThat(g.neighbours("peacekeeping")).contains("pso");
        assertThat(g.neighbourhood("pso", 1)).contains("pso", "peacekeeping", "peacebuilding");
        assertThat(g.graph().vertexSet()).hasSize(g.taxonomy().concepts().size());
        assertThat(g.graph().edgeSet()).hasSize(g.taxonomy().relations().size());
    }
}
