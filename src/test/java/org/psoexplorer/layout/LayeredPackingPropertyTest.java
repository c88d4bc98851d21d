package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.layout.LayoutAssertions.assertValid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Hierarchies of every size and concepts in none, of every box size, laid out in layers: no two
 * boxes overlap, and no concept in no hierarchy lands inside a hierarchy's box, where its edges run
 * (the concepts outside fill the room beside the small hierarchies: {@link RoomBesideHierarchies}).
 */
class LayeredPackingPropertyTest {

    @Property(tries = 150)
    void noBoxesOverlapAndNoLooseConceptEntersAHierarchy(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        List<LayoutVertex> vertices = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        List<List<String>> hierarchies = new ArrayList<>();
        int hierarchyCount = 1 + random.nextInt(6);
        for (int h = 0; h < hierarchyCount; h++) {
            List<String> members = new ArrayList<>();
            int size = 2 + random.nextInt(h == 0 ? 25 : 6);
            for (int i = 0; i < size; i++) {
                String id = "h" + h + "n" + i;
                vertices.add(vertex(id, random));
                if (i > 0) {
                    edges.add(new LayoutEdge(id, members.get(random.nextInt(members.size())), true));
                }
                members.add(id);
            }
            hierarchies.add(members);
        }
        List<String> loose = new ArrayList<>();
        for (int i = 0, n = random.nextInt(40); i < n; i++) {
            String id = "loose" + i;
            vertices.add(vertex(id, random));
            loose.add(id);
            if (random.nextBoolean()) {
                // Tied to a hierarchy by a relation that does not make it one of its members.
                String other = vertices.get(random.nextInt(vertices.size() - 1)).id();
                if (!other.equals(id)) {
                    edges.add(new LayoutEdge(id, other, false));
                }
            }
        }
        LayoutGraph graph = LayoutGraph.of(vertices, edges);

        Layout layout = new LayeredLayout().layout(graph, LayoutOptions.defaults());

        assertValid(graph, layout, LayoutOptions.defaults());
        List<String> ids = graph.vertexIds();
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                NodeBox p = layout.node(ids.get(a));
                NodeBox q = layout.node(ids.get(b));
                boolean apart = p.maxX() <= q.minX() + 1e-6 || q.maxX() <= p.minX() + 1e-6
                        || p.maxY() <= q.minY() + 1e-6 || q.maxY() <= p.minY() + 1e-6;
                assertThat(apart).as("%s and %s overlap (seed %d)", ids.get(a), ids.get(b), seed).isTrue();
            }
        }
        for (List<String> members : hierarchies) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (String id : members) {
                NodeBox n = layout.node(id);
                box = new double[] {Math.min(box[0], n.minX()), Math.min(box[1], n.minY()), Math.max(box[2], n.maxX()),
                    Math.max(box[3], n.maxY())};
            }
            for (String id : loose) {
                NodeBox n = layout.node(id);
                boolean outside = n.maxX() <= box[0] || n.minX() >= box[2] || n.maxY() <= box[1] || n.minY() >= box[3];
                assertThat(outside).as("%s inside the hierarchy of %s (seed %d)", id, members.get(0), seed).isTrue();
            }
        }
    }

    private static LayoutVertex vertex(String id, Random random) {
        return new LayoutVertex(id, 40 + random.nextInt(160), 20 + random.nextInt(60));
    }
}
