package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every algorithm keeps, on every kind of graph. */
class LayoutAlgorithmsTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    static Stream<Arguments> algorithmsAndGraphs() {
        List<Arguments> cases = new ArrayList<>();
        for (LayoutKind kind : LayoutKind.values()) {
            cases.add(Arguments.of(kind, "path", TestGraphs.path(15)));
            cases.add(Arguments.of(kind, "tree", TestGraphs.tree(3, 3)));
            cases.add(Arguments.of(kind, "dag with long edges", TestGraphs.dagWithLongEdges()));
            cases.add(Arguments.of(kind, "5 components and isolated vertices", TestGraphs.disconnected()));
            cases.add(Arguments.of(kind, "cyclic hierarchy", TestGraphs.cyclicHierarchy()));
            cases.add(Arguments.of(kind, "random 400", TestGraphs.randomSparse(400, 3)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("algorithmsAndGraphs")
    void placesEveryVertexWithoutOverlapAndDeterministically(LayoutKind kind, String name, LayoutGraph graph) {
        Layout first = kind.algorithm().layout(graph, OPTIONS);
        Layout second = kind.algorithm().layout(graph, OPTIONS);

        assertValid(graph, first, OPTIONS);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void handlesTwoThousandVertices(LayoutKind kind) {
        LayoutGraph graph = TestGraphs.randomSparse(2000, 11);

        Layout layout = kind.algorithm().layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void keepsAWiderSpacingWhenAsked(LayoutKind kind) {
        LayoutOptions wide = OPTIONS.withSpacing(60).withMargin(5);
        LayoutGraph graph = TestGraphs.disconnected();

        assertValid(graph, kind.algorithm().layout(graph, wide), wide);
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void handlesEmptyAndSingleVertexGraphs(LayoutKind kind) {
        LayoutGraph empty = LayoutGraph.builder().build();
        LayoutGraph single = LayoutGraph.builder().vertex("only", 100, 30).build();

        Layout none = kind.algorithm().layout(empty, OPTIONS);
        Layout one = kind.algorithm().layout(single, OPTIONS);

        assertThat(none.nodes()).isEmpty();
        assertValid(single, one, OPTIONS);
        assertThat(one.bounds()).isEqualTo(new Bounds(0, 0, 100 + 2 * OPTIONS.margin(), 30 + 2 * OPTIONS.margin()));
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void handlesParallelAndOppositeEdges(LayoutKind kind) {
        LayoutGraph graph = LayoutGraph.builder()
                .vertex("a", 80, 30).vertex("b", 120, 30).vertex("c", 60, 40)
                .edge("a", "b", true).edge("a", "b", true).edge("b", "a", true).edge("b", "a", false)
                .edge("c", "b", true).edge("c", "a", false)
                .build();

        assertValid(graph, kind.algorithm().layout(graph, OPTIONS), OPTIONS);
    }

    @ParameterizedTest
    @EnumSource(value = LayoutKind.class, names = {"FORCE"})
    void changesWithTheSeed(LayoutKind kind) {
        LayoutGraph graph = TestGraphs.tree(3, 2);

        Layout a = kind.algorithm().layout(graph, OPTIONS.withSeed(1));
        Layout b = kind.algorithm().layout(graph, OPTIONS.withSeed(2));

        assertThat(a.nodes()).isNotEqualTo(b.nodes());
    }

    @Test
    void kindsHaveStableIds() {
        assertThat(Stream.of(LayoutKind.values()).map(LayoutKind::id))
                .containsExactly("force", "circular", "layered", "radial");
        assertThat(LayoutKind.fromId("Layered")).isEqualTo(LayoutKind.LAYERED);
        assertThat(LayoutKind.RADIAL.algorithm()).isInstanceOf(RadialLayout.class);
    }
}
