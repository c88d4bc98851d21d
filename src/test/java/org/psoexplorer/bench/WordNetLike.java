package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grows a hierarchy shaped like WordNet's noun hierarchy, for benchmarks where WordNet itself is not
 * installed: one top concept; each new concept hangs under a concept chosen half the time in
 * proportion to the children it already has (WordNet's heavy-tailed fan-out: a few concepts with
 * hundreds of kinds) and otherwise uniformly among concepts not yet 18 deep; about 9 % are instances
 * rather than kinds and 2 % have a second parent. Labels are one to four invented words (mostly one
 * or two, as WordNet's first lemmas), glosses of 6–16 words. Seeded: the same size and seed give the
 * same file.
 */
public final class WordNetLike {

    private static final int MAX_DEPTH = 18;
    private static final String[] SYLLABLES = {"an", "ber", "cal", "dor", "el", "fen", "gra", "hol", "in", "jun",
        "ka", "lim", "mor", "nel", "o", "pra", "qui", "ros", "sta", "tur", "u", "ven", "wil", "xe", "yor", "zan", "ti",
        "ca", "lo", "me", "ri", "su", "th", "ph", "ine", "ite", "ism", "ure", "ness", "ment"};
    private static final String[] COMMON = {"the", "of", "a", "or", "that", "in", "any", "used", "for", "with",
        "which", "person", "kind", "part", "group", "small", "large", "having", "form", "made"};

    private WordNetLike() {
    }

    /** Writes the hierarchy of {@code n} concepts grown from {@code seed} as a taxonomy file, for tests. */
    public static void write(Path out, int n, long seed) throws IOException {
        grow(n, seed).write(out, "WordNet-like hierarchy of " + n + " concepts (synthetic, seed " + seed + ")",
                "Synthetic lexicon");
    }

    static Hierarchy grow(int n, long seed) {
        Random rnd = new Random(seed);
        Hierarchy h = new Hierarchy();
        int[] depth = new int[n];
        int[] kind = new int[n];
        List<Integer> childSlots = new ArrayList<>(); // a concept appears once per child it has
        List<Integer> open = new ArrayList<>(); // concepts not yet MAX_DEPTH deep
        h.add(node(0, 0, rnd));
        open.add(0);
        for (int i = 1; i < n; i++) {
            int parent = !childSlots.isEmpty() && rnd.nextBoolean()
                    ? childSlots.get(rnd.nextInt(childSlots.size())) : open.get(rnd.nextInt(open.size()));
            if (depth[parent] >= MAX_DEPTH) {
                parent = open.get(rnd.nextInt(open.size()));
            }
            depth[i] = depth[parent] + 1;
            kind[i] = depth[i] == 1 ? 1 + rnd.nextInt(Hierarchy.KINDS.length - 1) : kind[parent];
            h.add(node(i, kind[i], rnd));
            boolean instance = depth[i] > 3 && rnd.nextDouble() < 0.09;
            h.link(i, instance ? Hierarchy.INSTANCE_OF : Hierarchy.KIND_OF, parent);
            childSlots.add(parent);
            if (depth[i] < MAX_DEPTH) {
                open.add(i);
            }
            if (i > 10 && rnd.nextDouble() < 0.02) {
                // A second parent among earlier concepts keeps the hierarchy acyclic.
                int other = 1 + rnd.nextInt(i - 1);
                if (other != parent) {
                    h.link(i, Hierarchy.KIND_OF, other);
                }
            }
        }
        return h;
    }

    private static Hierarchy.Node node(int i, int kind, Random rnd) {
        double r = rnd.nextDouble();
        int words = r < 0.55 ? 1 : r < 0.90 ? 2 : r < 0.98 ? 3 : 4;
        StringBuilder label = new StringBuilder();
        for (int w = 0; w < words; w++) {
            label.append(w > 0 ? " " : "").append(word(rnd));
        }
        String gloss = sentence(rnd, 6, 16);
        String example = sentence(rnd, 4, 12);
        return new Hierarchy.Node(String.format("w%06d", i), label.toString(), kind, gloss + ".", example);
    }

    private static String sentence(Random rnd, int min, int max) {
        int words = min + rnd.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = rnd.nextInt(3) == 0 ? COMMON[rnd.nextInt(COMMON.length)] : word(rnd);
            s.append(w > 0 ? " " : "").append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return s.toString();
    }

    private static String word(Random rnd) {
        int syllables = 1 + rnd.nextInt(3) + (rnd.nextInt(4) == 0 ? 1 : 0);
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
