package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathFinderTest {

    /** prevention → peacemaking → peacekeeping → peacebuilding, plus a hierarchy and an isolated concept. */
    private static TestTaxonomy continuum() {
        return TestTaxonomy.builder()
                .concepts("prevention", "peacemaking", "peacekeeping", "peacebuilding", "robust", "island")
                .rel("prevention", "precedes", "peacemaking", "un-2008")          // 0
                .rel("peacemaking", "precedes", "peacekeeping", "un-2008")        // 1
                .rel("peacekeeping", "precedes", "peacebuilding", "un-2008")      // 2
                .rel("robust", "kind-of", "peacekeeping", "un-2008");             // 3
    }

    private static List<List<Integer>> indices(PathAnswer answer) {
        return answer.paths().stream().map(ConceptPath::relationIndices).toList();
    }

    @Test
    void walksAChainForward() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("prevention", "peacebuilding"));

        assertThat(answer.outcome()).isEqualTo(PathAnswer.Outcome.CONNECTED);
        assertThat(answer.paths()).hasSize(1);
        ConceptPath path = answer.paths().get(0);
        assertThat(path.concepts()).containsExactly("prevention", "peacemaking", "peacekeeping", "peacebuilding");
        assertThat(path.relationIndices()).containsExactly(0, 1, 2);
        assertThat(path.steps()).allMatch(PathStep::forward);
    }

    @Test
    void walksRelationsBackwardAndSaysSo() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("peacebuilding", "robust"));

        ConceptPath path = answer.paths().get(0);
        assertThat(path.concepts()).containsExactly("peacebuilding", "peacekeeping", "robust");
        assertThat(path.steps()).extracting(PathStep::forward).containsExactly(false, false);
        PathStep first = path.steps().get(0);
        assertThat(first.from()).isEqualTo("peacebuilding");
        assertThat(first.to()).isEqualTo("peacekeeping");
        assertThat(first.relation().from()).isEqualTo("peacekeeping");
    }

    @Test
    void mixesDirectionsInOnePath() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("peacemaking", "robust"));

        assertThat(answer.paths().get(0).steps()).extracting(PathStep::forward).containsExactly(true, false);
    }

    @Test
    void directRelationsComeFirstAsOneStepPaths() {
        PathAnswer answer = continuum().rel("prevention", "precedes", "peacebuilding", "un-2008") // 4
                .finder().find(PathQuery.between("prevention", "peacebuilding"));

        assertThat(answer.outcome()).isEqualTo(PathAnswer.Outcome.DIRECT);
        assertThat(indices(answer)).containsExactly(List.of(4), List.of(0, 1, 2));
        assertThat(answer.directPaths()).hasSize(1);
        assertThat(answer.paths().get(0).isDirect()).isTrue();
    }

    @Test
    void aDirectRelationReadBackwardIsStillDirect() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("peacekeeping", "robust"));

        assertThat(answer.outcome()).isEqualTo(PathAnswer.Outcome.DIRECT);
        assertThat(answer.paths().get(0).steps().get(0).backward()).isTrue();
    }

    @Test
    void parallelRelationsAreDistinctPaths() {
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "c")
                .rel("a", "precedes", "b", "un-2008")               // 0
                .rel("a", "precedes", "b", "boutros-ghali-1992")    // 1: same pair, another source
                .rel("b", "differs-from", "a")                      // 2: same pair, another type
                .rel("b", "precedes", "c", "un-2008");              // 3

        PathAnswer direct = t.finder().find(PathQuery.between("a", "b"));
        assertThat(indices(direct)).containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(direct.directPaths()).hasSize(3);

        PathAnswer twoSteps = t.finder().find(PathQuery.between("a", "c"));
        assertThat(indices(twoSteps)).containsExactly(List.of(0, 3), List.of(1, 3), List.of(2, 3));
    }

    @Test
    void givesTheKShortestInOrder() {
        // a–b directly, through m1 or m2 in two steps, through m3–m4 in three.
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "m1", "m2", "m3", "m4")
                .rel("a", "precedes", "m3")     // 0
                .rel("m3", "precedes", "m4")    // 1
                .rel("m4", "precedes", "b")     // 2
                .rel("a", "precedes", "m2")     // 3
                .rel("m2", "precedes", "b")     // 4
                .rel("a", "precedes", "m1")     // 5
                .rel("m1", "precedes", "b")     // 6
                .rel("a", "precedes", "b");     // 7
        PathFinder finder = t.finder();

        assertThat(indices(finder.find(PathQuery.between("a", "b"))))
                .containsExactly(List.of(7), List.of(3, 4), List.of(5, 6), List.of(0, 1, 2));
        assertThat(indices(finder.find(PathQuery.between("a", "b").withMaxPaths(2))))
                .containsExactly(List.of(7), List.of(3, 4));
        assertThat(indices(finder.find(PathQuery.between("a", "b").withMaxPaths(1)))).containsExactly(List.of(7));
    }

    @Test
    void defaultsToFivePaths() {
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "m1", "m2", "m3", "m4", "m5", "m6", "m7");
        for (int i = 1; i <= 7; i++) {
            t.rel("a", "precedes", "m" + i).rel("m" + i, "precedes", "b");
        }

        assertThat(t.finder().paths("a", "b")).hasSize(PathQuery.DEFAULT_MAX_PATHS);
    }

    @Test
    void breaksTiesByTheRelationsFileOrderNotBySearchOrder() {
        // Three two-step paths; their index sequences sort as via-m2 [1,6] < via-m3 [2,3] < via-m1 [5,0].
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "m1", "m2", "m3")
                .rel("m1", "precedes", "b")     // 0
                .rel("a", "precedes", "m2")     // 1
                .rel("a", "precedes", "m3")     // 2
                .rel("m3", "precedes", "b")     // 3
                .rel("b", "differs-from", "m3") // 4: parallel to 3, undirected
                .rel("a", "precedes", "m1")     // 5
                .rel("m2", "precedes", "b");    // 6
        PathFinder finder = t.finder();
        PathQuery query = PathQuery.between("a", "b").withMaxPaths(3);

        List<List<Integer>> first = indices(finder.find(query));
        assertThat(first).containsExactly(List.of(1, 6), List.of(2, 3), List.of(2, 4));
        for (int i = 0; i < 5; i++) {
            assertThat(indices(t.finder().find(query))).isEqualTo(first);
        }
    }

    @Test
    void amongEqualLengthsPrefersSourcedStepsThenStepsReadAlongTheirDirection() {
        // Four two-step routes from a to b, listed in the file in the opposite order of preference.
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "unsourced", "sibling", "undirected", "chain")
                .rel("a", "precedes", "unsourced")                          // 0: no source
                .rel("unsourced", "precedes", "b", "un-2008")               // 1
                .rel("a", "kind-of", "sibling", "un-2008")                  // 2
                .rel("b", "kind-of", "sibling", "un-2008")                  // 3: walked backward
                .rel("undirected", "differs-from", "a", "un-2008")          // 4: backward, but undirected
                .rel("undirected", "precedes", "b", "un-2008")              // 5
                .rel("a", "precedes", "chain", "un-2008")                   // 6
                .rel("chain", "precedes", "b", "un-2008");                  // 7

        assertThat(indices(t.finder().find(PathQuery.between("a", "b"))))
                .containsExactly(List.of(4, 5), List.of(6, 7), List.of(2, 3), List.of(0, 1));
    }

    @Test
    void pathsAreSimple() {
        // A dense little graph with cycles: no path may visit a concept twice.
        TestTaxonomy t = TestTaxonomy.builder().concepts("a", "b", "c", "d", "e");
        String[] ids = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                t.rel(ids[i], (i + j) % 2 == 0 ? "precedes" : "differs-from", ids[j]);
            }
        }

        PathFinder finder = t.finder();
        List<ConceptPath> paths = finder.find(PathQuery.between("a", "e").withMaxPaths(50)).paths();

        assertThat(paths).hasSize(16); // 1 + 3 + 6 + 6 simple paths in K5
        for (ConceptPath p : paths) {
            assertThat(new HashSet<>(p.concepts())).hasSize(p.concepts().size());
        }
        assertThat(paths).isSortedAccordingTo(finder.ranking());
        assertThat(Set.copyOf(paths)).hasSize(paths.size());
    }

    @Test
    void walksOnlyTheIncludedRelationTypes() {
        TestTaxonomy t = continuum().rel("prevention", "differs-from", "peacebuilding"); // 4
        PathFinder finder = t.finder();

        PathAnswer all = finder.find(PathQuery.between("prevention", "peacebuilding"));
        assertThat(indices(all)).containsExactly(List.of(4), List.of(0, 1, 2));

        PathAnswer precedesOnly = finder.find(PathQuery.between("prevention", "peacebuilding")
                .withRelationTypes(Set.of("precedes")));
        assertThat(precedesOnly.outcome()).isEqualTo(PathAnswer.Outcome.CONNECTED);
        assertThat(indices(precedesOnly)).containsExactly(List.of(0, 1, 2));

        PathAnswer kindOnly = finder.find(PathQuery.between("prevention", "robust").withRelationTypes(Set.of("kind-of")));
        assertThat(kindOnly.outcome()).isEqualTo(PathAnswer.Outcome.NOT_CONNECTED);
        assertThat(kindOnly.paths()).isEmpty();
        assertThat(kindOnly.connectedOverAllTypes()).isTrue();
    }

    @Test
    void saysWhenNothingConnects() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("prevention", "island"));

        assertThat(answer.outcome()).isEqualTo(PathAnswer.Outcome.NOT_CONNECTED);
        assertThat(answer.connected()).isFalse();
        assertThat(answer.paths()).isEmpty();
        assertThat(answer.connectedOverAllTypes()).isFalse();

        PathAnswer filtered = continuum().finder().find(PathQuery.between("prevention", "island")
                .withRelationTypes(Set.of("precedes")));
        assertThat(filtered.connectedOverAllTypes()).isFalse();
    }

    @Test
    void theSameConceptTwiceIsItsOwnAnswer() {
        PathAnswer answer = continuum().finder().find(PathQuery.between("peacekeeping", "peacekeeping"));

        assertThat(answer.outcome()).isEqualTo(PathAnswer.Outcome.SAME_CONCEPT);
        assertThat(answer.paths()).isEmpty();
    }

    @Test
    void rejectsUnknownConceptsAndTypesWithASuggestion() {
        PathFinder finder = continuum().finder();

        assertThatThrownBy(() -> finder.find(PathQuery.between("peacekeepin", "robust")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown concept: peacekeepin").hasMessageContaining("did you mean peacekeeping?");
        assertThatThrownBy(() -> finder.find(PathQuery.between("robust", "nowhere-near-anything")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown concept: nowhere-near-anything");
        assertThatThrownBy(() -> finder.find(PathQuery.between("robust", "island").withRelationTypes(Set.of("precede"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean precedes?");
    }

    @Test
    void queriesRejectNonsense() {
        assertThatThrownBy(() -> PathQuery.between("a", "b").withMaxPaths(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PathQuery.between("a", "b").withRelationTypes(Set.of("z", "a")).relationTypes()).containsExactly("a", "z");
    }
}
