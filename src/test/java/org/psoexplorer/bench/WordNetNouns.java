package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts WordNet 3.0's noun hierarchy (the {@code data.noun} file of Debian's {@code wordnet-base})
 * to PSO taxonomies: every synset a concept (its first word as label, its gloss as definition, its
 * first example, or else the gloss, as the quote), every hypernym and instance hypernym a relation.
 * A smaller size is a real branch: the smallest branch of at least that many synsets, cut to the
 * size breadth first from its top, so it keeps WordNet's fan-out, depth profile and multiple
 * inheritance within the branch.
 */
final class WordNetNouns {

    private static final int ENTITY = 1740;

    private record Synset(int offset, String label, int lexFile, String gloss, String example, List<Integer> hypernyms,
            List<Integer> instanceOf, List<Integer> hyponyms) {
    }

    private final Map<Integer, Synset> synsets;

    private WordNetNouns(Map<Integer, Synset> synsets) {
        this.synsets = synsets;
    }

    static WordNetNouns read(Path dataNoun) throws IOException {
        Map<Integer, Synset> all = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dataNoun, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith(" ")) {
                continue; // the licence header
            }
            Synset s = parse(line);
            all.put(s.offset(), s);
        }
        return new WordNetNouns(all);
    }

    int size() {
        return synsets.size();
    }

    private static Synset parse(String line) {
        int bar = line.indexOf(" | ");
        String[] f = (bar < 0 ? line : line.substring(0, bar)).trim().split(" ");
        String glossText = bar < 0 ? "" : line.substring(bar + 3).trim();
        int offset = Integer.parseInt(f[0]);
        int lexFile = Integer.parseInt(f[1]);
        int words = Integer.parseInt(f[3], 16);
        String label = f[4].replaceAll("\\([a-z]+\\)$", "").replace('_', ' ');
        int p = 4 + 2 * words;
        int pointers = Integer.parseInt(f[p]);
        List<Integer> hypernyms = new ArrayList<>();
        List<Integer> instanceOf = new ArrayList<>();
        List<Integer> hyponyms = new ArrayList<>();
        for (int i = 0; i < pointers; i++) {
            String symbol = f[p + 1 + 4 * i];
            int target = Integer.parseInt(f[p + 2 + 4 * i]);
            if (!"n".equals(f[p + 3 + 4 * i])) {
                continue;
            }
            switch (symbol) {
                case "@" -> hypernyms.add(target);
                case "@i" -> instanceOf.add(target);
                case "~", "~i" -> hyponyms.add(target);
                default -> { }
            }
        }
        int quote = glossText.indexOf("; \"");
        String gloss = quote < 0 ? glossText : glossText.substring(0, quote);
        String example = quote < 0 ? gloss : glossText.substring(quote + 2).split("; \"")[0].replace("\"", "").trim();
        if (gloss.isBlank()) {
            gloss = label;
        }
        if (example.isBlank()) {
            example = gloss;
        }
        return new Synset(offset, label, lexFile, capitalised(gloss) + ".", example, hypernyms, instanceOf, hyponyms);
    }

    /** The branch of about {@code n} synsets (all of them when n is WordNet's size or more). */
    Hierarchy branch(int n) {
        Map<Integer, Integer> bounds = new HashMap<>();
        List<Integer> candidates = new ArrayList<>();
        for (Synset s : synsets.values()) {
            if (descendants(s.offset(), bounds) >= n) {
                candidates.add(s.offset());
            }
        }
        candidates.sort(Comparator.comparingInt(bounds::get));
        Set<Integer> kept = Set.of();
        for (int root : candidates) {
            kept = breadthFirst(root, n);
            if (kept.size() >= n) {
                break;
            }
        }
        if (kept.size() < n) {
            kept = breadthFirst(ENTITY, n);
        }
        Hierarchy h = new Hierarchy();
        Map<Integer, Integer> index = new HashMap<>();
        for (int offset : kept) {
            Synset s = synsets.get(offset);
            index.put(offset, h.add(new Hierarchy.Node(String.format("n%08d", offset), s.label(), kind(s.lexFile()),
                    s.gloss(), s.example())));
        }
        for (int offset : kept) {
            Synset s = synsets.get(offset);
            for (int up : s.hypernyms()) {
                if (index.containsKey(up)) {
                    h.link(index.get(offset), Hierarchy.KIND_OF, index.get(up));
                }
            }
            for (int up : s.instanceOf()) {
                if (index.containsKey(up)) {
                    h.link(index.get(offset), Hierarchy.INSTANCE_OF, index.get(up));
                }
            }
        }
        return h;
    }

    private Set<Integer> breadthFirst(int root, int n) {
        Set<Integer> kept = new LinkedHashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
        kept.add(root);
        while (!queue.isEmpty() && kept.size() < n) {
            for (int child : synsets.get(queue.poll()).hyponyms()) {
                if (kept.size() < n && kept.add(child)) {
                    queue.add(child);
                }
            }
        }
        return kept;
    }

    String label(int offset) {
        return synsets.get(offset).label();
    }

    /** Synsets under this one, itself included (memoised; WordNet's noun hierarchy is acyclic). */
    private int descendants(int offset, Map<Integer, Integer> memo) {
        Integer known = memo.get(offset);
        if (known != null) {
            return known;
        }
        // Counts a synset reachable by two paths twice: an upper bound, good enough to pick a branch.
        int total = 1;
        for (int child : synsets.get(offset).hyponyms()) {
            total += descendants(child, memo);
        }
        memo.put(offset, total);
        return total;
    }

    /** WordNet's 26 lexicographer files (noun.Tops = 3 … noun.time = 28) in six broad kinds. */
    private static int kind(int lexFile) {
        return switch (lexFile) {
            case 3 -> 0;
            case 5, 8, 18, 20 -> 1;
            case 6, 13, 17, 27 -> 2;
            case 4, 11, 19, 21, 22 -> 4;
            case 14, 15 -> 5;
            default -> 3;
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
