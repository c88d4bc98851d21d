package org.psoexplorer.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large, valid, realistic taxonomy for benchmarks: a forest of "is a kind of" / "is part
 * of" hierarchies (a random recursive tree, so depth grows like log n and a few concepts have many
 * children) plus lateral relations, mostly between concepts close in the hierarchy, some contested.
 * About 1.5 relations per concept, as in the real taxonomy. Seeded: the same arguments give the
 * same file.
 *
 * <p>Usage: {@code SyntheticTaxonomy OUT.json [CONCEPTS=5000] [SEED=42]}
 */
public final class SyntheticTaxonomy {

    private static final String[] WORDS = {"peace", "operation", "mandate", "support", "mission", "consent",
        "force", "protection", "civilian", "stabilization", "mediation", "ceasefire", "monitoring", "disarmament",
        "demobilization", "reintegration", "reform", "security", "sector", "electoral", "assistance",
        "humanitarian", "coordination", "regional", "multilateral", "observer", "robust", "integrated",
        "transition", "governance", "rule of law", "human rights", "capacity", "building", "conflict",
        "prevention", "enforcement", "keeping", "making", "doctrine", "impartiality", "legitimacy", "policing",
        "de-mining", "early warning", "dialogue", "reconciliation", "justice", "liaison", "command", "logistics",
        "deployment", "withdrawal", "host state", "troop contributor", "partnership", "sanctions", "envoy"};
    private static final String[][] KINDS = {{"umbrella", "Umbrella concept", "hexagon"},
        {"operation", "Operation type", "rounded"}, {"practice", "Related practice", "diamond"},
        {"principle", "Principle or norm", "ellipse"}, {"actor", "Actor", "rectangle"},
        {"document", "Doctrinal or policy document", "note"}};
    /** id, label, directed, hierarchical, contested. */
    private static final Object[][] TYPES = {{"kind-of", "is a kind of", true, true, false},
        {"part-of", "is part of", true, true, false}, {"requires", "requires", true, false, false},
        {"supports", "supports", true, false, false}, {"precedes", "precedes", true, false, false},
        {"blurs-with", "blurs with", false, false, true}, {"challenges", "strains or challenges", true, false, true}};
    private static final int SOURCES = 60;
    private static final int ROOTS = 6;

    private SyntheticTaxonomy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticTaxonomy OUT.json [CONCEPTS=5000] [SEED=42]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        int relations = write(Path.of(args[0]), n, seed);
        System.out.println(args[0] + ": " + n + " concepts, " + relations + " relations");
    }

    /** Writes the taxonomy; returns the number of relations. */
    public static int write(Path out, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[] parent = new int[n];
        int[] depth = new int[n];
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            if (i < ROOTS) {
                parent[i] = -1;
            } else {
                parent[i] = rnd.nextInt(i);
                depth[i] = depth[parent[i]] + 1;
                children.get(parent[i]).add(i);
            }
        }
        List<int[]> rels = new ArrayList<>(); // from, type, to
        Set<Long> seen = new HashSet<>();
        for (int i = ROOTS; i < n; i++) {
            int type = rnd.nextDouble() < 0.85 ? 0 : 1;
            add(rels, seen, i, type, parent[i], n);
        }
        int lateral = n / 2;
        while (lateral > 0) {
            int a = rnd.nextInt(n);
            int b;
            if (rnd.nextDouble() < 0.7) {
                b = near(a, parent, children, rnd);
            } else {
                b = rnd.nextInt(n);
            }
            if (a == b) {
                continue;
            }
            int type = 2 + rnd.nextInt(TYPES.length - 2);
            if (add(rels, seen, a, type, b, n)) {
                lateral--;
            }
        }

        JsonFactory factory = new JsonFactory();
        try (JsonGenerator g = factory.createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "pso-taxonomy/1");
            g.writeStringField("title", "Synthetic taxonomy of " + n + " concepts");
            g.writeStringField("defaultLanguage", "en");
            g.writeArrayFieldStart("sources");
            for (int s = 0; s < SOURCES; s++) {
                g.writeStartObject();
                g.writeStringField("id", "source-" + s);
                g.writeStringField("type", s % 3 == 0 ? "un-document" : s % 3 == 1 ? "article" : "book");
                g.writeStringField("title", capitalized(label(rnd, 3, 6)));
                g.writeStringField("author", "Author " + (char) ('A' + s % 26) + ". " + (s + 1));
                g.writeNumberField("year", 1990 + s % 34);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kinds");
            for (String[] k : KINDS) {
                g.writeStartObject();
                g.writeStringField("id", k[0]);
                g.writeStringField("label", k[1]);
                g.writeStringField("shape", k[2]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relationTypes");
            for (Object[] t : TYPES) {
                g.writeStartObject();
                g.writeStringField("id", (String) t[0]);
                g.writeStringField("label", (String) t[1]);
                g.writeBooleanField("directed", (Boolean) t[2]);
                g.writeBooleanField("hierarchical", (Boolean) t[3]);
                g.writeBooleanField("contested", (Boolean) t[4]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("concepts");
            for (int i = 0; i < n; i++) {
                g.writeStartObject();
                g.writeStringField("id", "c" + i);
                g.writeStringField("kind", i < ROOTS ? "umbrella" : KINDS[1 + (i * 7 + depth[i]) % 5][0]);
                g.writeStringField("label", capitalized(label(rnd, 1, 5)));
                g.writeStringField("definition", capitalized(label(rnd, 8, 20)) + ".");
                g.writeArrayFieldStart("quotes");
                g.writeStartObject();
                g.writeStringField("text", capitalized(label(rnd, 10, 30)) + ".");
                g.writeStringField("source", "source-" + rnd.nextInt(SOURCES));
                g.writeStringField("locator", "para. " + (1 + rnd.nextInt(200)));
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (int[] r : rels) {
                g.writeStartObject();
                g.writeStringField("from", "c" + r[0]);
                g.writeStringField("type", (String) TYPES[r[1]][0]);
                g.writeStringField("to", "c" + r[2]);
                g.writeArrayFieldStart("sources");
                g.writeString("source-" + rnd.nextInt(SOURCES));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return rels.size();
    }

    /** A concept one to three steps away in the hierarchy: a sibling, a cousin, an uncle. */
    private static int near(int a, int[] parent, List<List<Integer>> children, Random rnd) {
        int v = a;
        int up = 1 + rnd.nextInt(2);
        for (int i = 0; i < up && parent[v] >= 0; i++) {
            v = parent[v];
        }
        int down = rnd.nextInt(2);
        for (int i = 0; i < down && !children.get(v).isEmpty(); i++) {
            v = children.get(v).get(rnd.nextInt(children.get(v).size()));
        }
        return v;
    }

    private static boolean add(List<int[]> rels, Set<Long> seen, int from, int type, int to, int n) {
        long key = ((long) Math.min(from, to) * n + Math.max(from, to)) * TYPES.length + type;
        if (!seen.add(key)) {
            return false;
        }
        rels.add(new int[] {from, type, to});
        return true;
    }

    private static String label(Random rnd, int min, int max) {
        int words = min + rnd.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalized(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
