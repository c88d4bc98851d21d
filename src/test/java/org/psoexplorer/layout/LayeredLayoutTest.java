package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

    private final LayeredLayout layered = new LayeredLayout();

    @Test
    void drawsEveryParentStrictlyAboveItsChildren() {
        for (LayoutGraph graph : List.of(TestGraphs.path(10), TestGraphs.tree(3, 3), TestGraphs.dagWithLongEdges(),
                TestGraphs.disconnected(), TestGraphs.randomSparse(2000, 5))) {
            Layout layout = layered.layout(graph, OPTIONS);

            for (LayoutEdge edge : graph.edges()) {
                if (edge.hierarchical()) {
                    // Child → parent: the parent (target) box ends above the child's box.
                    assertThat(layout.node(edge.target()).maxY())
                            .as("%s above %s", edge.target(), edge.source())
                            .isLessThan(layout.node(edge.source()).minY());
                }
            }
        }
    }

    /** Two children of one parent, side by side, also joined by a relation whose name is {@code name} wide. */
    private static LayoutGraph siblingsJoinedBy(double name) {
        return LayoutGraph.of(
                List.of(new LayoutVertex("p", 120, 36), new LayoutVertex("a", 110, 36), new LayoutVertex("b", 110, 36)),
                List.of(new LayoutEdge("a", "p", true), new LayoutEdge("b", "p", true),
                        new LayoutEdge("a", "b", false, name)));
    }

    private static double gapBetween(Layout layout, String one, String other) {
        NodeBox a = layout.node(one);
        NodeBox b = layout.node(other);
        return Math.max(b.minX() - a.maxX(), a.minX() - b.maxX());
    }

    @Test
    void keepsRoomForANamedRelationBetweenNeighboursOfALayer() {
        Layout unnamed = layered.layout(siblingsJoinedBy(0), OPTIONS);
        Layout named = layered.layout(siblingsJoinedBy(150), OPTIONS);

        assertThat(gapBetween(unnamed, "a", "b")).isCloseTo(OPTIONS.spacing(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(named.node("a").y()).isEqualTo(named.node("b").y());
        assertThat(gapBetween(named, "a", "b")).isGreaterThanOrEqualTo(150 + 2 * LayoutGraph.NAME_CLEARANCE - 1e-6);
        // The parent stays centred over the two, now farther apart.
        assertThat(named.node("p").x()).isCloseTo((named.node("a").x() + named.node("b").x()) / 2,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void keepsTwoConceptsOutsideTheHierarchyJoinedByANamedRelationInOneRowWithRoomForTheName() {
        LayoutGraph graph = LayoutGraph.of(
                List.of(new LayoutVertex("p", 120, 36), new LayoutVertex("c", 110, 36), new LayoutVertex("x", 115, 36),
                        new LayoutVertex("y", 116, 36)),
                List.of(new LayoutEdge("c", "p", true), new LayoutEdge("x", "y", false, 190)));

        Layout layout = layered.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        assertThat(layout.node("x").y()).as("one row").isEqualTo(layout.node("y").y());
        assertThat(gapBetween(layout, "x", "y")).isGreaterThanOrEqualTo(190 + 2 * LayoutGraph.NAME_CLEARANCE - 1e-6);
    }

    @Test
    void putsTheSourceOnTopWhenParentsAreSources() {
        LayoutGraph graph = TestGraphs.tree(2, 2);
        LayoutOptions sourceIsParent = OPTIONS.withParentIsTarget(false);

        Layout layout = layered.layout(graph, sourceIsParent);

        assertValid(graph, layout, sourceIsParent);
        for (LayoutEdge edge : graph.edges()) {
            assertThat(layout.node(edge.source()).y()).isLessThan(layout.node(edge.target()).y());
        }
    }

    @Test
    void drawsATreeWithoutCrossingsAndParentsCentredOverChildren() {
        LayoutGraph graph = TestGraphs.tree(3, 3);

        Layout layout = layered.layout(graph, OPTIONS);

        assertThat(LayoutAssertions.crossings(layout)).isZero();
        // A complete tree has room everywhere: each parent sits midway between its outer children.
        NodeBox root = layout.node("n0");
        double left = layout.node("n1").x();
        double right = layout.node("n3").x();
        assertThat(root.x()).isCloseTo((left + right) / 2, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void removesAnObviousCrossing() {
        // Parents listed a, b; their children listed the other way round, with a cross link.
        LayoutGraph graph = LayoutGraph.builder()
                .vertex("a", 80, 30).vertex("b", 80, 30)
                .vertex("under-b", 80, 30).vertex("under-a", 80, 30).vertex("both", 80, 30)
                .edge("under-b", "b", true).edge("under-a", "a", true)
                .edge("both", "b", true).edge("both", "a", true)
                .build();

        Layout layout = layered.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        assertThat(LayoutAssertions.crossings(layout)).isZero();
    }

    @Test
    void bendsLongEdgesOnEveryLayerTheyCross() {
        LayoutGraph graph = TestGraphs.dagWithLongEdges();

        Layout layout = layered.layout(graph, OPTIONS);

        // d is four layers below top: d → c → b → a → top.
        for (int e = 0; e < graph.edges().size(); e++) {
            LayoutEdge edge = graph.edges().get(e);
            if (edge.source().equals("d") && edge.target().equals("top")) {
                List<Point> path = layout.path(e);
                assertThat(layout.edges().get(e).bends()).hasSize(3);
                for (int i = 0; i + 1 < path.size(); i++) {
                    assertThat(path.get(i + 1).y()).isLessThan(path.get(i).y());
                }
                // Each bend is at the height of a layer that holds a real vertex of the chain.
                assertThat(path.get(1).y()).isEqualTo(layout.node("c").y());
                assertThat(path.get(2).y()).isEqualTo(layout.node("b").y());
                assertThat(path.get(3).y()).isEqualTo(layout.node("a").y());
            }
            if (edge.source().equals("a") && edge.target().equals("top")) {
                assertThat(layout.edges().get(e).bends()).isEmpty();
            }
        }
    }

    @Test
    void breaksCyclesAndKeepsTheOtherEdgesPointingDown() {
        LayoutGraph graph = TestGraphs.cyclicHierarchy();

        Layout layout = layered.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        assertThat(layout.node("a").y()).isLessThan(layout.node("x").y());
        assertThat(layout.node("d").y()).isLessThan(layout.node("y").y());
        assertThat(layout.node("z").y()).isLessThan(layout.node("a").y());
    }

    @Test
    void placesVerticesWithoutHierarchicalEdgesInRowsBelow() {
        LayoutGraph graph = TestGraphs.disconnected();

        Layout layout = layered.layout(graph, OPTIONS);

        double hierarchyBottom = graph.edges().stream().filter(LayoutEdge::hierarchical)
                .flatMap(e -> java.util.stream.Stream.of(e.source(), e.target()))
                .mapToDouble(id -> layout.node(id).maxY()).max().orElseThrow();
        for (String loose : List.of("p0", "p3", "c0", "c5", "iso0", "iso5")) {
            assertThat(layout.node(loose).minY()).isGreaterThan(hierarchyBottom);
        }
    }

    /**
     * A wide hierarchy, two small ones packed in the row under it, and concepts in no hierarchy.
     * Those concepts were all put below the small hierarchies, leaving the rest of their row empty
     * (a band across the built-in taxonomy's layered drawing); they now fill that room first,
     * clear of every hierarchy's box, and none climbs beside the wide hierarchy on top.
     */
    @Test
    void fillsTheRoomBesideSmallHierarchiesBeforeAddingRowsBelow() {
        List<LayoutVertex> vertices = new java.util.ArrayList<>();
        List<LayoutEdge> edges = new java.util.ArrayList<>();
        vertices.add(new LayoutVertex("root", 120, 40));
        for (int i = 0; i < 8; i++) {
            vertices.add(new LayoutVertex("kind" + i, 120, 40));
            edges.add(new LayoutEdge("kind" + i, "root", true));
        }
        vertices.add(new LayoutVertex("sub", 120, 40));
        edges.add(new LayoutEdge("sub", "kind0", true));
        // As deep as the wide hierarchy, which is packed first for being wider; three layers: taller than the loose concepts' lines, so there is room beside it.
        for (String id : List.of("a0", "a1", "a2", "b0", "b1", "b2")) {
            vertices.add(new LayoutVertex(id, 120, 40));
        }
        edges.add(new LayoutEdge("a1", "a0", true));
        edges.add(new LayoutEdge("a2", "a1", true));
        edges.add(new LayoutEdge("b1", "b0", true));
        edges.add(new LayoutEdge("b2", "b0", true));
        for (int i = 0; i < 30; i++) {
            vertices.add(new LayoutVertex("loose" + i, 120, 40));
        }
        edges.add(new LayoutEdge("loose0", "kind3", false));
        LayoutGraph graph = LayoutGraph.of(vertices, edges);

        Layout layout = layered.layout(graph, OPTIONS);

        assertValid(graph, layout, OPTIONS);
        double wideBottom = java.util.stream.Stream.concat(java.util.stream.Stream.of("root", "sub"),
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> "kind" + i))
                .mapToDouble(id -> layout.node(id).maxY()).max().orElseThrow();
        List<String> small = List.of("a0", "a1", "a2", "b0", "b1", "b2");
        assertThat(small).allSatisfy(id -> assertThat(layout.node(id).minY()).as(id).isGreaterThan(wideBottom));
        double smallBottom = small.stream().mapToDouble(id -> layout.node(id).maxY()).max().orElseThrow();
        double[][] hierarchyBoxes = {box(layout, List.of("a0", "a1", "a2")), box(layout, List.of("b0", "b1", "b2"))};
        int beside = 0;
        for (int i = 0; i < 30; i++) {
            NodeBox b = layout.node("loose" + i);
            assertThat(b.minY()).as("loose%d below the wide hierarchy", i).isGreaterThan(wideBottom);
            for (double[] h : hierarchyBoxes) {
                boolean apart = b.maxX() <= h[0] || b.minX() >= h[2] || b.maxY() <= h[1] || b.minY() >= h[3];
                assertThat(apart).as("loose%d clear of a small hierarchy's box", i).isTrue();
            }
            if (b.maxY() <= smallBottom) {
                beside++;
            }
        }
        assertThat(beside).as("loose concepts beside the small hierarchies").isGreaterThanOrEqualTo(10);
    }

    private static double[] box(Layout layout, List<String> ids) {
        return new double[] {ids.stream().mapToDouble(id -> layout.node(id).minX()).min().orElseThrow(),
            ids.stream().mapToDouble(id -> layout.node(id).minY()).min().orElseThrow(),
            ids.stream().mapToDouble(id -> layout.node(id).maxX()).max().orElseThrow(),
            ids.stream().mapToDouble(id -> layout.node(id).maxY()).max().orElseThrow()};
    }

    @Test
    void layersWithTheLeastEdgeSpan() {
        // 0 → 1 → 2 → 3 and 0 → 3: 3 is on layer 3; 4 → 3 only: source 4 sits just above, on layer 2.
        int[] from = {0, 1, 2, 0, 4};
        int[] to = {1, 2, 3, 3, 3};

        LayerAssignment.Result result = LayerAssignment.assign(5, from, to);

        assertThat(result.layer()).containsExactly(0, 1, 2, 3, 2);
        assertThat(result.reversed()).containsOnly(false);
    }

    @Test
    void reversesOnlyEdgesThatCloseCycles() {
        // 0 → 1 → 2 → 0 and 2 → 3: one edge of the triangle turns.
        int[] from = {0, 1, 2, 2};
        int[] to = {1, 2, 0, 3};

        LayerAssignment.Result result = LayerAssignment.assign(4, from, to);

        assertThat(result.reversed()).containsExactly(false, false, true, false);
        assertThat(result.layer()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void crossingReductionSolvesATwoLayerCross() {
        // Upper [0, 1], lower [2, 3]; edges 0–3 and 1–2 cross once.
        int[][] layers = {{0, 1}, {2, 3}};
        int[][] down = {{3}, {2}, {}, {}};
        int[][] up = {{}, {}, {1}, {0}};
        assertThat(CrossingReduction.crossings(layers, down)).isEqualTo(1);

        int[][] reduced = CrossingReduction.reduce(layers, up, down);

        assertThat(CrossingReduction.crossings(reduced, down)).isZero();
    }

    @Test
    void crossingReductionFindsTheCrossingFreeOrderOfAScrambledTree() {
        // A binary tree of depth 3 whose layers are listed in a scrambled order.
        int[][] layers = {{0}, {2, 1}, {5, 3, 6, 4}, {13, 7, 10, 14, 8, 12, 9, 11}};
        int n = 15;
        int[][] down = new int[n][];
        int[][] up = new int[n][];
        for (int v = 0; v < n; v++) {
            down[v] = 2 * v + 2 < n ? new int[] {2 * v + 1, 2 * v + 2} : new int[0];
            up[v] = v == 0 ? new int[0] : new int[] {(v - 1) / 2};
        }
        assertThat(CrossingReduction.crossings(layers, down)).isPositive();

        int[][] reduced = CrossingReduction.reduce(layers, up, down);

        assertThat(CrossingReduction.crossings(reduced, down)).isZero();
    }

    @Test
    void crossingReductionNeverMakesThingsWorse() {
        Random random = new Random(9);
        for (int trial = 0; trial < 30; trial++) {
            int perLayer = 6;
            int depth = 4;
            int n = perLayer * depth;
            int[][] layers = new int[depth][perLayer];
            for (int l = 0; l < depth; l++) {
                for (int i = 0; i < perLayer; i++) {
                    layers[l][i] = l * perLayer + i;
                }
            }
            java.util.List<java.util.List<Integer>> downs = new java.util.ArrayList<>();
            java.util.List<java.util.List<Integer>> ups = new java.util.ArrayList<>();
            for (int v = 0; v < n; v++) {
                downs.add(new java.util.ArrayList<>());
                ups.add(new java.util.ArrayList<>());
            }
            for (int l = 0; l + 1 < depth; l++) {
                for (int k = 0; k < 8; k++) {
                    int a = l * perLayer + random.nextInt(perLayer);
                    int b = (l + 1) * perLayer + random.nextInt(perLayer);
                    if (!downs.get(a).contains(b)) {
                        downs.get(a).add(b);
                        ups.get(b).add(a);
                    }
                }
            }
            int[][] down = downs.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            int[][] up = ups.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);

            int[][] reduced = CrossingReduction.reduce(layers, up, down);

            assertThat(CrossingReduction.crossings(reduced, down))
                    .isLessThanOrEqualTo(CrossingReduction.crossings(layers, down));
            for (int l = 0; l < depth; l++) {
                assertThat(reduced[l]).containsExactlyInAnyOrder(layers[l]);
            }
        }
    }

    @Test
    void anAspectRatioWidensTheRowsBelowTheHierarchyTowardsIt() {
        // A small hierarchy over forty loose concepts: by default the drawing comes out about square.
        List<LayoutVertex> vertices = new java.util.ArrayList<>();
        List<LayoutEdge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < 43; i++) {
            vertices.add(new LayoutVertex("v" + i, 120, 40));
        }
        edges.add(new LayoutEdge("v1", "v0", true));
        edges.add(new LayoutEdge("v2", "v0", true));
        LayoutGraph graph = LayoutGraph.of(vertices, edges);
        double target = 1366.0 / 768;

        Bounds free = new LayeredLayout().layout(graph, OPTIONS).bounds();
        Bounds aimed = new LayeredLayout().layout(graph, OPTIONS.withAspectRatio(target)).bounds();

        assertThat(free.width() / free.height()).isLessThan(1.2);
        assertThat(aimed.width() / aimed.height()).isCloseTo(target, org.assertj.core.data.Percentage.withPercentage(20));
        // The hierarchy still sits above the rest.
        Layout layout = new LayeredLayout().layout(graph, OPTIONS.withAspectRatio(target));
        assertThat(layout.node("v0").y()).isLessThan(layout.node("v1").y());
        assertThat(layout.node("v1").y()).isLessThan(layout.node("v3").y());
    }
}
