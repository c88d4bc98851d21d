package org.psoexplorer.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Turns a seed file into a hostile variant, as a fuzzer's mutator does: byte-level changes (flips,
 * deletions, duplications, splices with another seed, tokens that break parsers) and, since bytes
 * alone rarely make JSON that reaches the checker, tree-level changes (a value replaced by one of
 * another type, a key removed or added, an id repeated or misspelt).
 */
final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOKENS = {"null", "true", "false", "NaN", "-Infinity", "1e999999", "-0", "01",
        "\"\\u0000\"", "\"\\ud800\"", "[[[[[[[[", "]]]]", "{\"id\": 5}", "\"id\"", "\"relationTypes\"", "\"hierarchical\": true",
        "\"x-\"", "\u001e", "\u001b[2J", "\u202e", "\u0007", "\r", "\\", "\"", ",", ":", "}", "{", "/*", "'", "\ufeff",
        "\"kind-of\"", "\"from\"", "\"to\"", "\"type\"", "\"concepts\"", "\"relations\"", "\"tours\"", "\"steps\""};
    private static final String[] VALUE_STRINGS = {"", " ", "kind-of", "Peace_keeping", "a\u001bb", "\u202eevil",
        "x".repeat(5_000), "é", "🕊", "http://x", "javascript:alert(1)", "<script>", "en", "fr", "pso-taxonomy/1",
        "peacekeeping", "#zzzzzz", "\\", "-", "a-", "0"};

    private final List<byte[]> seeds;

    Mutator(List<byte[]> seeds) {
        this.seeds = seeds;
    }

    byte[] mutate(Random random) {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        byte[] out = random.nextInt(3) == 0 ? seed : treeMutation(seed, random);
        int rounds = 1 + random.nextInt(random.nextInt(4) == 0 ? 8 : 2);
        for (int i = 0; i < rounds && random.nextInt(3) != 0; i++) {
            out = byteMutation(out, random);
        }
        return out;
    }

    // ---- bytes

    private byte[] byteMutation(byte[] in, Random random) {
        if (in.length == 0) {
            return token(random);
        }
        int at = random.nextInt(in.length);
        switch (random.nextInt(7)) {
            case 0: {
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1: {
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
            case 2: {
                int len = Math.min(in.length - at, 1 + random.nextInt(64));
                return join(slice(in, 0, at), slice(in, at + len, in.length));
            }
            case 3: {
                int len = Math.min(in.length - at, 1 + random.nextInt(256));
                int to = random.nextInt(in.length + 1);
                return join(slice(in, 0, to), slice(in, at, at + len), slice(in, to, in.length));
            }
            case 4: {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int cut = other.length == 0 ? 0 : random.nextInt(other.length);
                return join(slice(in, 0, at), slice(other, cut, other.length));
            }
            case 5:
                return slice(in, 0, at);
            default:
                return join(slice(in, 0, at), token(random), slice(in, at, in.length));
        }
    }

    private static byte[] token(Random random) {
        if (random.nextInt(20) == 0) {
            // Long runs: numbers and texts near and beyond the loader's limits.
            int n = random.nextBoolean() ? 41 + random.nextInt(2_000) : 100_000 + random.nextInt(1_000_000);
            return (random.nextBoolean() ? "9".repeat(n) : "\"" + "a".repeat(n) + "\"").getBytes(StandardCharsets.UTF_8);
        }
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- tree

    private static byte[] treeMutation(byte[] seed, Random random) {
        JsonNode root;
        try {
            root = JSON.readTree(seed);
        } catch (Exception e) {
            return seed;
        }
        if (root == null || !root.isContainerNode()) {
            return seed;
        }
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            mutateSomewhere(root, random);
        }
        try {
            return random.nextBoolean() ? JSON.writeValueAsBytes(root) : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (Exception e) {
            return seed;
        }
    }

    /** Walks down a random path and changes the container it stops in. */
    private static void mutateSomewhere(JsonNode root, Random random) {
        JsonNode node = root;
        while (true) {
            List<JsonNode> children = new ArrayList<>();
            node.elements().forEachRemaining(c -> {
                if (c.isContainerNode()) {
                    children.add(c);
                }
            });
            if (children.isEmpty() || random.nextInt(4) == 0) {
                break;
            }
            node = children.get(random.nextInt(children.size()));
        }
        if (node instanceof ObjectNode obj) {
            mutateObject(obj, random);
        } else if (node instanceof ArrayNode arr) {
            mutateArray(arr, random);
        }
    }

    private static void mutateObject(ObjectNode obj, Random random) {
        List<String> keys = new ArrayList<>();
        obj.fieldNames().forEachRemaining(keys::add);
        String key = keys.isEmpty() ? "id" : keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(4)) {
            case 0 -> obj.remove(key);
            case 1 -> obj.set(key, randomValue(random));
            case 2 -> obj.set(random.nextBoolean() ? key + "_" : randomKey(random), randomValue(random));
            default -> {
                JsonNode v = obj.get(key);
                if (v != null && v.isTextual()) {
                    obj.put(key, misspell(v.asText(), random));
                } else {
                    obj.set(key, randomValue(random));
                }
            }
        }
    }

    private static void mutateArray(ArrayNode arr, Random random) {
        if (arr.isEmpty()) {
            arr.add(randomValue(random));
            return;
        }
        int i = random.nextInt(arr.size());
        switch (random.nextInt(4)) {
            case 0 -> arr.remove(i);
            case 1 -> arr.add(arr.get(i).deepCopy());
            case 2 -> arr.set(i, randomValue(random));
            default -> {
                for (int k = 0, n = random.nextInt(50); k < n; k++) {
                    arr.add(arr.get(random.nextInt(arr.size())).deepCopy());
                }
            }
        }
    }

    private static String randomKey(Random random) {
        String[] keys = {"id", "label", "type", "from", "to", "kind", "directed", "hierarchical", "contested", "sources",
            "quote", "since", "source", "steps", "concepts", "relations", "focus", "layout", "x-note", "defaultLanguage"};
        return keys[random.nextInt(keys.length)];
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(4) == 0 ? random.nextLong() : 1000 + random.nextInt(2000));
            case 3 -> NODES.numberNode(random.nextDouble());
            case 4 -> NODES.arrayNode().add(NODES.textNode(VALUE_STRINGS[random.nextInt(VALUE_STRINGS.length)]));
            case 5 -> NODES.objectNode().put("en", VALUE_STRINGS[random.nextInt(VALUE_STRINGS.length)]);
            default -> NODES.textNode(VALUE_STRINGS[random.nextInt(VALUE_STRINGS.length)]);
        };
    }

    private static String misspell(String s, Random random) {
        if (s.isEmpty()) {
            return "x";
        }
        int i = random.nextInt(s.length());
        return switch (random.nextInt(3)) {
            case 0 -> s.replace('-', '_');
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.toUpperCase(java.util.Locale.ROOT);
        };
    }

}
