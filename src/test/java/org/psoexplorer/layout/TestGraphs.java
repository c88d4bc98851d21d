package org.psoexplorer.layout;

import java.util.Random;

/** Graphs the layout tests share. Box sizes vary like real labels. */
final class TestGraphs {

    private TestGraphs() {
    }

    static double width(int i) {
        return 60 + (i * 37) % 121;
    }

    static double height(int i) {
        return i % 7 == 0 ? 44 : 28;
    }

    /** v0 ← v1 ← ... : each vertex is a kind of the previous one. */
    static LayoutGraph path(int n) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (int i = 0; i < n; i++) {
            b.vertex("v" + i, width(i), height(i));
        }
        for (int i = 1; i < n; i++) {
            b.edge("v" + i, "v" + (i - 1), true);
        }
        return b.build();
    }

    /**
     * A {@code columns} × {@code rows} grid of plain links, vertex "g(r*columns+c)" at row r,
     * column c.
     */
    static LayoutGraph grid(int columns, int rows) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (int i = 0; i < columns * rows; i++) {
            b.vertex("g" + i, width(i), height(i));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int v = r * columns + c;
                if (c + 1 < columns) {
                    b.edge("g" + v, "g" + (v + 1), false);
                }
                if (r + 1 < rows) {
                    b.edge("g" + v, "g" + (v + columns), false);
                }
            }
        }
        return b.build();
    }

    /** A complete tree, edges child → parent; the root is "n0". */
    static LayoutGraph tree(int branching, int depth) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        b.vertex("n0", width(0), height(0));
        int next = 1;
        int levelStart = 0;
        int levelSize = 1;
        for (int d = 0; d < depth; d++) {
            int nextStart = next;
            for (int p = levelStart; p < levelStart + levelSize; p++) {
                for (int c = 0; c < branching; c++) {
                    b.vertex("n" + next, width(next), height(next));
                    b.edge("n" + next, "n" + p, true);
                    next++;
                }
            }
            levelStart = nextStart;
            levelSize *= branching;
        }
        return b.build();
    }

    /**
     * A DAG (edges child → parent) with edges spanning several layers: top ← a ← b ← c ← d, plus
     * d → top, c → top, d → a, e → top, e ← f, and a non-hierarchical link b — f.
     */
    static LayoutGraph dagWithLongEdges() {
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (String id : new String[] {"top", "a", "b", "c", "d", "e", "f", "g"}) {
            b.vertex(id, 90, 30);
        }
        return b.edge("a", "top", true).edge("b", "a", true).edge("c", "b", true).edge("d", "c", true)
                .edge("d", "top", true).edge("c", "top", true).edge("d", "a", true)
                .edge("e", "top", true).edge("f", "e", true).edge("g", "b", true).edge("g", "f", true)
                .edge("b", "f", false).edge("d", "top", true)
                .build();
    }

    /**
     * Five components (a tree, a path, a cycle of plain links, a star, a pair) and six isolated
     * vertices.
     */
    static LayoutGraph disconnected() {
        LayoutGraph.Builder b = LayoutGraph.builder();
        int[] counter = {0};
        java.util.function.Function<String, String> v = id -> {
            int i = counter[0]++;
            b.vertex(id, width(i), height(i));
            return id;
        };
        String t0 = v.apply("t0");
        for (int i = 1; i <= 6; i++) {
            b.edge(v.apply("t" + i), i <= 2 ? t0 : "t" + (i <= 4 ? 1 : 2), true);
        }
        v.apply("p0");
        for (int i = 1; i < 5; i++) {
            b.edge(v.apply("p" + i), "p" + (i - 1), false);
        }
        for (int i = 0; i < 6; i++) {
            v.apply("c" + i);
        }
        for (int i = 0; i < 6; i++) {
            b.edge("c" + i, "c" + ((i + 1) % 6), false);
        }
        v.apply("s0");
        for (int i = 1; i < 8; i++) {
            b.edge(v.apply("s" + i), "s0", i % 2 == 0);
        }
        b.edge(v.apply("q0"), v.apply("q1"), true);
        b.edge("q1", "q0", false);
        for (int i = 0; i < 6; i++) {
            v.apply("iso" + i);
        }
        return b.build();
    }

    /** A hierarchy with cycles: a → b → c → a and c ↔ d, with x, y hanging below, and z above. */
    static LayoutGraph cyclicHierarchy() {
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (String id : new String[] {"a", "b", "c", "d", "x", "y", "z"}) {
            b.vertex(id, 80, 30);
        }
        return b.edge("a", "b", true).edge("b", "c", true).edge("c", "a", true)
                .edge("c", "d", true).edge("d", "c", true)
                .edge("x", "a", true).edge("y", "d", true).edge("a", "z", true)
                .build();
    }

    /**
     * {@code n} vertices: a random forest of hierarchical edges (child → earlier parent) for most
     * of them, plus n/2 random plain links, a few parallel and opposite edges.
     */
    static LayoutGraph randomSparse(int n, long seed) {
        Random random = new Random(seed);
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (int i = 0; i < n; i++) {
            b.vertex("r" + i, width(i), height(i));
        }
        for (int i = 1; i < n; i++) {
            if (random.nextDouble() < 0.85) {
                b.edge("r" + i, "r" + random.nextInt(i), true);
            }
        }
        for (int k = 0; k < n / 2; k++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n);
            if (s != t) {
                b.edge("r" + s, "r" + t, false);
                if (k % 50 == 0) {
                    b.edge("r" + t, "r" + s, false);
                    b.edge("r" + s, "r" + t, false);
                }
            }
        }
        return b.build();
    }
}
