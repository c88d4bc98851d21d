package org.psoexplorer.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Valid taxonomies of every awkward shape for the layouts and exporters: one concept or many, no
 * relation or dense ones, deep hierarchies, lone concepts, long and hostile labels (markup, quotes,
 * backslashes, right-to-left text, control characters, emoji), ids near the loader's limits.
 * Hierarchical relations only point from later to earlier concepts, so they never form a cycle.
 */
final class TaxonomyGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LABELS = {"Peacekeeping", "Maintien de la paix", "<script>alert(1)</script>",
        "a & b < c > d", "\"quoted\"", "ends with \\", "حفظ السلام", "维持和平行动", "Peace 🕊️ dove", "\u202eevil",
        "bell\u0007 and\nnewline", "tab\there", "]]> <!-- --> &amp;", "\\N \\G \\n", "{curly} [square]", " ", "-", "é"};
    private static final String[] SHAPES = {"rounded", "rectangle", "ellipse", "hexagon", "diamond", "note"};

    private TaxonomyGenerator() {
    }

    static String generate(Random random) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "pso-taxonomy/1");
        root.put("title", label(random));
        int kinds = 1 + random.nextInt(4);
        ArrayNode kindList = root.putArray("kinds");
        for (int k = 0; k < kinds; k++) {
            ObjectNode kind = kindList.addObject().put("id", "k" + k);
            kind.put("label", label(random));
            if (random.nextBoolean()) {
                kind.put("shape", SHAPES[random.nextInt(SHAPES.length)]);
            }
        }
        int types = 1 + random.nextInt(4);
        boolean[] hierarchical = new boolean[types];
        ArrayNode typeList = root.putArray("relationTypes");
        for (int t = 0; t < types; t++) {
            hierarchical[t] = random.nextInt(3) == 0;
            typeList.addObject().put("id", "t" + t).put("label", label(random))
                    .put("directed", hierarchical[t] || random.nextBoolean())
                    .put("hierarchical", hierarchical[t]).put("contested", random.nextInt(4) == 0);
        }
        int n = random.nextInt(10) == 0 ? 60 + random.nextInt(140) : 1 + random.nextInt(30);
        String[] ids = new String[n];
        ArrayNode conceptList = root.putArray("concepts");
        for (int i = 0; i < n; i++) {
            ids[i] = id(i, random);
            ObjectNode c = conceptList.addObject().put("id", ids[i]).put("kind", "k" + random.nextInt(kinds));
            if (random.nextInt(4) == 0) {
                c.putObject("label").put("en", label(random)).put("fr", label(random));
            } else {
                c.put("label", label(random));
            }
            c.put("definition", label(random));
            if (random.nextInt(5) == 0) {
                c.put("since", 1945 + random.nextInt(80));
            }
        }
        ArrayNode relationList = root.putArray("relations");
        Set<String> seen = new HashSet<>();
        int m = n < 2 ? 0 : random.nextInt(random.nextBoolean() ? n : 3 * n);
        for (int r = 0; r < m; r++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            int t = random.nextInt(types);
            if (a == b) {
                continue;
            }
            if (hierarchical[t] && a < b) {
                int swap = a;
                a = b;
                b = swap;
            }
            if (!seen.add(a + ":" + t + ":" + b)) {
                continue;
            }
            ObjectNode rel = relationList.addObject().put("from", ids[a]).put("type", "t" + t).put("to", ids[b]);
            if (random.nextInt(6) == 0) {
                rel.put("contested", true);
            }
        }
        return root.toString();
    }

    private static String id(int i, Random random) {
        if (random.nextInt(15) == 0) {
            return "c" + i + "-" + "x".repeat(random.nextInt(3_000));
        }
        return "c" + i;
    }

    private static String label(Random random) {
        String label = anyLabel(random);
        return label.isBlank() ? "blank" + label : label;
    }

    private static String anyLabel(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return LABELS[random.nextInt(LABELS.length)] + " " + LABELS[random.nextInt(LABELS.length)];
            case 1:
                if (random.nextInt(8) == 0) {
                    return "long ".repeat(1 + random.nextInt(20_000));
                }
                return "word ".repeat(1 + random.nextInt(30)).strip();
            case 2: {
                StringBuilder sb = new StringBuilder();
                for (int k = 0, len = 1 + random.nextInt(20); k < len; k++) {
                    sb.appendCodePoint(randomCodePoint(random));
                }
                return sb.toString().isBlank() ? "x" + sb : sb.toString();
            }
            default:
                return LABELS[random.nextInt(LABELS.length)];
        }
    }

    private static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5F);
            if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
                return cp;
            }
        }
    }
}
