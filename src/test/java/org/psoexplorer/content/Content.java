package org.psoexplorer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The built-in taxonomy read as plain JSON, so that the content checks also see the {@code x-}
 * keys (verification level, undated marks) that the loader deliberately drops.
 *
 * <p>The file is {@code taxonomy/pso.json} from the project root (Maven's working directory).
 * Setting the system property {@code pso.content.taxonomy} to another file runs the same checks
 * on it, e.g. on an older version to confirm that a check catches what it is meant to catch.
 */
final class Content {

    static final String FILE_PROPERTY = "pso.content.taxonomy";

    private static JsonNode root;

    private Content() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            Path file = Path.of(System.getProperty(FILE_PROPERTY, "taxonomy/pso.json"));
            try {
                root = new ObjectMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static Iterable<JsonNode> list(String key) {
        return root().path(key);
    }

    /** A quote and where it stands in the file, for messages. */
    record Located(String where, JsonNode node) {
    }

    static List<Located> quotes() {
        List<Located> out = new ArrayList<>();
        JsonNode concepts = root().path("concepts");
        for (int i = 0; i < concepts.size(); i++) {
            JsonNode quotes = concepts.get(i).path("quotes");
            for (int j = 0; j < quotes.size(); j++) {
                out.add(new Located(concepts.get(i).path("id").asText() + " quotes[" + j + "]", quotes.get(j)));
            }
        }
        for (Located relation : relations()) {
            if (relation.node().has("quote")) {
                out.add(new Located(relation.where() + " quote", relation.node().get("quote")));
            }
        }
        return out;
    }

    static List<Located> relations() {
        List<Located> out = new ArrayList<>();
        for (JsonNode r : list("relations")) {
            out.add(new Located(r.path("from").asText() + " " + r.path("type").asText() + " "
                    + r.path("to").asText(), r));
        }
        return out;
    }

    static List<Located> captions() {
        List<Located> out = new ArrayList<>();
        for (JsonNode tour : list("tours")) {
            JsonNode steps = tour.path("steps");
            for (int i = 0; i < steps.size(); i++) {
                out.add(new Located(tour.path("id").asText() + " step " + (i + 1), steps.get(i).path("caption")));
            }
        }
        return out;
    }

    /** Every language-keyed text in the file: visits (path, the {"en": …, "fr": …} object). */
    static void eachText(BiConsumer<String, JsonNode> visitor) {
        walk("", root(), visitor);
    }

    private static void walk(String path, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            if (node.has("en") && node.path("en").isTextual()) {
                visitor.accept(path, node);
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(path + "." + field.getKey(), field.getValue(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), visitor);
            }
        }
    }

    /** Quotation marks of the different kinds made equal, and runs of white space made one space. */
    static String normalized(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").strip();
    }
}
