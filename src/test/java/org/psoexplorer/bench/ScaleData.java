package org.psoexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the scale benchmarks' taxonomies: {@code wordnet-N.json} for each size N, from WordNet 3.0's
 * noun hierarchy when its {@code data.noun} is given and exists, else from {@link WordNetLike}; and
 * always {@code wordnet-like-N.json}, so that figures can be reproduced without WordNet.
 *
 * <p>Usage: {@code ScaleData OUT_DIR DATA_NOUN|- SEED N...}
 */
public final class ScaleData {

    private ScaleData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ScaleData OUT_DIR DATA_NOUN|- SEED N...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path dataNoun = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        WordNetNouns wordnet = Files.isRegularFile(dataNoun) ? WordNetNouns.read(dataNoun) : null;
        for (int i = 3; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Hierarchy like = WordNetLike.grow(n, seed);
            write(like, dir.resolve("wordnet-like-" + n + ".json"),
                    "WordNet-like hierarchy of " + n + " concepts (synthetic, seed " + seed + ")", "Synthetic lexicon");
            Hierarchy main = like;
            String title = "WordNet-like hierarchy of " + n + " concepts (synthetic, seed " + seed + ")";
            String source = "Synthetic lexicon";
            if (wordnet != null) {
                main = wordnet.branch(n);
                title = "WordNet 3.0 nouns: " + main.size() + " concepts under \u201c" + main.label(0) + "\u201d";
                source = "WordNet 3.0";
            }
            write(main, dir.resolve("wordnet-" + n + ".json"), title, source);
        }
    }

    private static void write(Hierarchy h, Path out, String title, String source) throws IOException {
        h.write(out, title, source);
        System.out.printf("%s: %d concepts, %d relations (%s)%n", out, h.size(), h.links(), title);
    }
}
