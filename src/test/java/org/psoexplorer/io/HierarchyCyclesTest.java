package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cycles in the hierarchy are errors; shared ancestors, self-references aside, and other relation types are not. */
class HierarchyCyclesTest {

    @Test
    void aDiamondAndAChainLoad() throws IOException {
        LoadResult r = load("[\"a\",\"b\",\"c\",\"d\",\"e\"]",
                "[" + rel("b", "kind-of", "a") + "," + rel("c", "kind-of", "a") + "," + rel("d", "kind-of", "b") + ","
                        + rel("d", "kind-of", "c") + "," + rel("e", "kind-of", "d") + "]");

        assertThat(r.errors()).isEmpty();
        assertThat(r.ok()).isTrue();
    }

    @Test
    void aCircleOfNonHierarchicalRelationsIsNoCycle() throws IOException {
        LoadResult r = load("[\"a\",\"b\",\"c\"]",
                "[" + rel("a", "see-also", "b") + "," + rel("b", "see-also", "c") + "," + rel("c", "see-also", "a") + ","
                        + rel("b", "kind-of", "a") + "]");

        assertThat(r.errors()).isEmpty();
    }

    @Test
    void aCycleBelowAnAcyclicPartIsNamed() throws IOException {
        LoadResult r = load("[\"top\",\"a\",\"b\",\"c\",\"d\"]",
                "[" + rel("a", "kind-of", "top") + "," + rel("b", "kind-of", "a") + "," + rel("c", "kind-of", "b") + ","
                        + rel("b", "kind-of", "c") + "," + rel("d", "kind-of", "c") + "]");

        assertThat(r.errors()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("The hierarchy goes round in a circle: b → c → b"));
    }

    private static LoadResult load(String conceptIds, String relations) throws IOException {
        String concepts = conceptIds.replaceAll("\"(\\w+)\"",
                "{\"id\":\"$1\",\"kind\":\"k\",\"label\":{\"en\":\"Concept $1\"},\"definition\":{\"en\":\"Concept $1.\"}}");
        String json = "{\"format\":\"pso-taxonomy/1\",\"title\":{\"en\":\"T\"},\"defaultLanguage\":\"en\",\"sources\":[],"
                + "\"kinds\":[{\"id\":\"k\",\"label\":{\"en\":\"Kind\"},\"shape\":\"rounded\"}],\"relationTypes\":["
                + "{\"id\":\"kind-of\",\"label\":{\"en\":\"is a kind of\"},\"inverseLabel\":{\"en\":\"has kind\"},"
                + "\"directed\":true,\"hierarchical\":true},"
                + "{\"id\":\"see-also\",\"label\":{\"en\":\"see also\"},\"inverseLabel\":{\"en\":\"see also\"},"
                + "\"directed\":true,\"hierarchical\":false}],"
                + "\"concepts\":" + concepts + ",\"relations\":" + relations + "}";
        return new TaxonomyLoader().load("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rel(String from, String type, String to) {
        return "{\"from\":\"" + from + "\",\"type\":\"" + type + "\",\"to\":\"" + to + "\"}";
    }
}
