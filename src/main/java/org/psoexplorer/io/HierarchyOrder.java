package org.psoexplorer.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;

/**
 * Whether the hierarchical relations of a file contain a cycle, on plain arrays: Kahn's
 * topological sort peels off concepts that nothing left points to and succeeds when it peels
 * them all. A 5,000-concept file is checked in a few milliseconds where a general graph and its strongly
 * connected components took tens, at every load; the checker still names a cycle when there is one.
 */
final class HierarchyOrder {

    private HierarchyOrder() {
    }

    /** True when the relations whose type is hierarchical (self-loops aside) form no cycle. */
    static boolean acyclic(List<Located<Relation>> relations, Map<String, RelationType> types) {
        Map<String, Integer> index = new HashMap<>();
        int m = 0;
        int[] from = new int[relations.size()];
        int[] to = new int[relations.size()];
        for (Located<Relation> located : relations) {
            Relation r = located.value();
            RelationType type = types.get(r.type());
            if (type == null || !type.hierarchical() || r.from() == null || r.to() == null || r.from().equals(r.to())) {
                continue;
            }
            from[m] = index.computeIfAbsent(r.from(), k -> index.size());
            to[m] = index.computeIfAbsent(r.to(), k -> index.size());
            m++;
        }
        int n = index.size();
        int[] start = new int[n + 1];
        int[] incoming = new int[n];
        for (int e = 0; e < m; e++) {
            start[from[e] + 1]++;
            incoming[to[e]]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = new int[n];
        System.arraycopy(start, 0, fill, 0, n);
        int[] out = new int[m];
        for (int e = 0; e < m; e++) {
            out[fill[from[e]]++] = to[e];
        }
        int[] ready = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (incoming[v] == 0) {
                ready[tail++] = v;
            }
        }
        while (head < tail) {
            int v = ready[head++];
            for (int k = start[v]; k < start[v + 1]; k++) {
                if (--incoming[out[k]] == 0) {
                    ready[tail++] = out[k];
                }
            }
        }
        return tail == n;
    }
}
