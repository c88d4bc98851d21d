package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoexplorer.model.Relation;

class RelationEdgeTest {

    private static Relation relation(String from, String to) {
        return new Relation(from, "kind-of", to, List.of("src"), null, null, null, null);
    }

    /** The hash is the index alone (cheap on a cold start); equality still takes the relation into account. */
    @Test
    void edgesAreEqualByIndexAndRelation() {
        RelationEdge a = new RelationEdge(3, relation("x", "y"));
        RelationEdge same = new RelationEdge(3, relation("x", "y"));
        RelationEdge otherIndex = new RelationEdge(4, relation("x", "y"));
        RelationEdge otherRelation = new RelationEdge(3, relation("x", "z"));

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(otherIndex).isNotEqualTo(otherRelation).isNotEqualTo(null).isNotEqualTo("x");
        assertThat(Set.of(a, otherIndex, otherRelation)).hasSize(3).contains(same);
    }
}
