package org.psoexplorer.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a WordNet-like noun hierarchy for the layered benchmarks (issue 11): one root, "is a kind
 * of" links only, deep chains (depth up to about 15) and a few concepts with hundreds of children
 * (new concepts attach to a parent chosen half the time in proportion to its children, half the
 * time among the latest concepts), most concepts leaves, 2 % with a second parent. Seeded.
 *
 * <p>Usage: {@code WordNetLikeFile OUT.json [CONCEPTS=5000] [SEED=42]}
 */
public final class WordNetLikeFile {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "po", "an",
        "el", "or", "ux", "ta", "be"};

    private WordNetLikeFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WordNetLikeFile OUT.json [CONCEPTS=5000] [SEED=42]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        int relations = write(Path.of(args[0]), n, seed);
        System.out.println(args[0] + ": " + n + " concepts, " + relations + " relations");
    }

    public static int write(Path out, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[] childCount = new int[n];
        int[] depth = new int[n];
        // A bag with one entry per child (plus one per concept): drawing from it is preferential attachment.
        List<Integer> bag = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        bag.add(0);
        for (int i = 1; i < n; i++) {
            int parent;
            if (rnd.nextBoolean()) {
                parent = bag.get(rnd.nextInt(bag.size()));
            } else {
                parent = Math.max(0, i - 1 - rnd.nextInt(Math.min(i, 20)));
            }
            if (depth[parent] >= 16) {
                parent = 0;
            }
            depth[i] = depth[parent] + 1;
            childCount[parent]++;
            links.add(new int[] {i, parent});
            bag.add(parent);
            bag.add(i);
            if (i > 10 && rnd.nextDouble() < 0.02) {
                int second = rnd.nextInt(i);
                if (second != parent) {
                    links.add(new int[] {i, second});
                }
            }
        }
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator g = factory.createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", "pso-taxonomy/1");
            g.writeStringField("title", "WordNet-like hierarchy of " + n + " concepts");
            g.writeStringField("defaultLanguage", "en");
            g.writeArrayFieldStart("sources");
            g.writeStartObject();
            g.writeStringField("id", "wn");
            g.writeStringField("type", "book");
            g.writeStringField("title", "Synthetic lexicon");
            g.writeStringField("author", "Bench");
            g.writeNumberField("year", 2026);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("kinds");
            g.writeStartObject();
            g.writeStringField("id", "noun");
            g.writeStringField("label", "Noun");
            g.writeStringField("shape", "rounded");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("relationTypes");
            g.writeStartObject();
            g.writeStringField("id", "kind-of");
            g.writeStringField("label", "is a kind of");
            g.writeBooleanField("directed", true);
            g.writeBooleanField("hierarchical", true);
            g.writeBooleanField("contested", false);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("concepts");
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("id", "w" + i);
                g.writeStringField("kind", "noun");
                g.writeStringField("label", word(rnd) + (rnd.nextInt(3) == 0 ? " " + word(rnd) : ""));
                g.writeStringField("definition", "A " + word(rnd) + " of " + word(rnd) + ".");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (int[] l : links) {
                g.writeStartObject();
                g.writeStringField("from", "w" + l[0]);
                g.writeStringField("type", "kind-of");
                g.writeStringField("to", "w" + l[1]);
                g.writeArrayFieldStart("sources");
                g.writeString("wn");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return links.size();
    }

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + rnd.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }
}
