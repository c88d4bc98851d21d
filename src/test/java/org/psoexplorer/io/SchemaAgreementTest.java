package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.TourStep;

/**
 * The JSON Schema that editors use (taxonomy/taxonomy.schema.json) and the loader that PSO Explorer
 * uses must agree on what a well-formed {@code pso-taxonomy/1} file is: a file the editor shows
 * clean should load, and a structural mistake the loader refuses should be underlined in the editor.
 * The loader is the reference; the schema mirrors its structural rules.
 *
 * <p>Runs with the project root as working directory (as Maven does).
 */
class SchemaAgreementTest {

    private static final Path TAXONOMY_DIR = Path.of("taxonomy");
    private static final Path SCHEMA_FILE = TAXONOMY_DIR.resolve("taxonomy.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Mistakes in structure, which the schema sees as well as the loader. */
    private static final List<String> STRUCTURAL = List.of(
            "unknown-format.json",
            "missing-format.json",
            "unknown-top-key.json",
            "unknown-entry-key.json",
            "bad-id.json",
            "wrong-type.json",
            "missing-required.json",
            "bad-source-type.json",
            "not-an-object.json",
            "null-value.json",
            "year-out-of-range.json",
            "empty-label.json",
            "bad-language-tag.json",
            "tour-no-steps.json",
            "tour-unknown-layout.json",
            "tour-unknown-key.json",
            "tour-wrong-type.json",
            "tour-missing-caption.json");

    /**
     * Mistakes between entries (references, duplicate ids, cycles, a relation to itself, a label
     * missing in the default language): a JSON Schema cannot express them, so the schema accepts
     * these files and only the loader refuses them. Checking that the schema accepts them shows it
     * is not stricter than the loader on otherwise sound files.
     */
    private static final List<String> BEYOND_SCHEMA = List.of(
            "duplicate-concept.json",
            "unknown-kind.json",
            "unknown-concept-in-relation.json",
            "unknown-source-in-quote.json",
            "unknown-source-in-relation.json",
            "self-relation.json",
            "hierarchy-cycle.json",
            "no-default-label.json",
            "tour-duplicate-id.json",
            "tour-unknown-concept.json",
            "tour-unknown-source.json",
            "tour-unknown-relation.json",
            "tour-focus-not-shown.json");

    /**
     * Files that are not JSON a schema could be applied to (empty, truncated, commas, comments,
     * quotes, raw line breaks, trailing text, invalid UTF-8), or whose mistake disappears once parsed
     * (a key given twice: parsers keep one). Only the loader's parser can report these, with line and column.
     */
    private static final List<String> SYNTAX = List.of(
            "empty.json",
            "whitespace-only.json",
            "truncated.json",
            "missing-comma.json",
            "trailing-comma.json",
            "single-quotes.json",
            "comment.json",
            "raw-newline-in-string.json",
            "trailing-garbage.json",
            "invalid-utf8.json",
            "duplicate-key.json");

    /**
     * A wrong reference that is not even a well-formed id ("kind_of"): the loader reports it as an
     * unknown relation type, and the schema, which wants every reference to look like an id, refuses it too.
     */
    private static final List<String> MALFORMED_REFERENCE = List.of("unknown-relation-type.json");

    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = MAPPER.readTree(SCHEMA_FILE.toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    // ---- (c) the schema itself -------------------------------------------------------------------

    @Test
    void schemaIsAValidDraft202012Schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(SchemaId.V202012),
                SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build());

        Set<ValidationMessage> messages = metaSchema.validate(schemaNode);

        assertThat(messages).as("%s against the 2020-12 meta-schema:%n%s", SCHEMA_FILE, describe(messages)).isEmpty();
        assertThat(schemaNode.path("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(schemaNode.path("$id").asText()).startsWith("https://");
    }

    @Test
    void schemaNamesTheLoadersFormatIdsAndEnumerations() {
        JsonNode defs = schemaNode.path("$defs");
        assertThat(schemaNode.at("/properties/format/const").asText()).isEqualTo(Taxonomy.FORMAT);
        assertThat(defs.at("/id/pattern").asText()).isEqualTo("^" + Fields.ID.pattern() + "$");
        assertThat(defs.at("/reference/pattern").asText()).isEqualTo("^" + Fields.ID.pattern() + "$");
        assertThat(strings(defs.at("/source/properties/type/enum"))).containsExactlyElementsOf(SourceType.ids());
        assertThat(strings(defs.at("/kind/properties/shape/enum"))).containsExactlyElementsOf(NodeShape.ids());
        assertThat(strings(defs.at("/tourStep/properties/layout/enum"))).containsExactlyElementsOf(TourStep.LAYOUTS);
    }

    // ---- (a) the taxonomies shipped in taxonomy/ ---------------------------------------------------

    static Stream<Path> taxonomyFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(TAXONOMY_DIR)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.normalize().equals(SCHEMA_FILE.normalize()))
                    .sorted()
                    .toList();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taxonomyFiles")
    void shippedTaxonomyIsValidForBothSchemaAndLoader(Path file) throws IOException {
        assertSchemaAccepts(file);
        assertLoaderAccepts(file);
    }

    // ---- (b) the loader's test corpus ----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"with-bom.json", "with-tours.json"})
    void goodFileIsValidForBothSchemaAndLoader(String name) throws Exception {
        Path file = corpus("good/" + name);
        assertSchemaAccepts(file);
        assertLoaderAccepts(file);
    }

    @Test
    void everyGoodFileIsListed() throws Exception {
        assertThat(fileNames(corpus("good"))).as("files in good/ (list new ones in goodFileIsValidForBothSchemaAndLoader)")
                .containsExactly("with-bom.json", "with-tours.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structural")
    void structuralMistakeIsRefusedByBothSchemaAndLoader(String name) throws Exception {
        Path file = corpus("bad/" + name);
        assertThat(new TaxonomyLoader().load(file).ok()).as("the loader accepts %s", name).isFalse();

        Set<ValidationMessage> messages = schema.validate(MAPPER.readTree(file.toFile()));

        assertThat(messages).as("the schema should refuse %s", name).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondSchema")
    void mistakeBetweenEntriesIsLeftToTheLoader(String name) throws Exception {
        Path file = corpus("bad/" + name);
        assertThat(new TaxonomyLoader().load(file).ok()).as("the loader accepts %s", name).isFalse();
        assertSchemaAccepts(file);
    }

    @Test
    void everyBadFileIsClassified() throws Exception {
        Set<String> classified = new TreeSet<>();
        classified.addAll(STRUCTURAL);
        classified.addAll(BEYOND_SCHEMA);
        classified.addAll(SYNTAX);
        classified.addAll(MALFORMED_REFERENCE);
        assertThat(fileNames(corpus("bad")))
                .as("files in bad/: add new ones to STRUCTURAL, BEYOND_SCHEMA or SYNTAX in this test")
                .containsExactlyInAnyOrderElementsOf(classified);
    }

    static Stream<String> structural() {
        return Stream.concat(STRUCTURAL.stream(), MALFORMED_REFERENCE.stream());
    }

    static List<String> beyondSchema() {
        return BEYOND_SCHEMA;
    }

    // ---- finer points, one change at a time from a valid document -----------------------------------

    private static final String BASE = """
            {
              "format": "pso-taxonomy/1",
              "title": "T",
              "sources": [{"id": "s", "type": "book", "title": "B"}],
              "kinds": [{"id": "op", "label": "Op"}],
              "relationTypes": [{"id": "r", "label": "r", "directed": true, "hierarchical": false}],
              "concepts": [
                {"id": "a", "kind": "op", "label": "A", "definition": "D"},
                {"id": "b", "kind": "op", "label": "B", "definition": "D"},
                {"id": "c", "kind": "op", "label": "C", "definition": "D"}
              ],
              "relations": [{"from": "a", "type": "r", "to": "b"}]
            }
            """;

    /**
     * Each row sets the value at a JSON pointer of {@link #BASE} (or removes it: {@code REMOVE}) and
     * says whether the result is a valid taxonomy; the schema and the loader must both give that verdict.
     */
    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /format                      | "pso-taxonomy/1"                   | true
            /format                      | "pso-taxonomy/1 "                  | false
            /format                      | 1                                  | false
            /title                       | REMOVE                             | false
            /title                       | {"en": "T", "fr": "T", "pt-BR": "T"} | true
            /title                       | {"english": "T"}                   | false
            /title                       | {"en": 1}                          | false
            /title                       | ["T"]                              | false
            /concepts                    | REMOVE                             | false
            /concepts                    | {}                                 | false
            /relations                   | []                                 | true
            /$schema                     | "./taxonomy.schema.json"           | true
            /defaultLanguage             | "fr"                               | true
            /description                 | {"en": "d"}                        | true
            /x-comment                   | "top level has no extensions"      | false
            /sources/0/x-isbn            | "123"                              | true
            /sources/0/isbn              | "123"                              | false
            /sources/0/type              | REMOVE                             | false
            /sources/0/type              | "un-document"                      | true
            /sources/0/type              | "UN document"                      | false
            /sources/0/title             | " "                                | false
            /sources/0/author            | "A. Author"                        | true
            /sources/0/organization      | "United Nations"                   | true
            /sources/0/symbol            | "A/47/277"                         | true
            /sources/0/citation          | "Full citation"                    | true
            /sources/0/url               | "https://example.org"              | true
            /sources/0/url               | "http://example.org"               | true
            /sources/0/url               | "ftp://example.org"                | false
            /sources/0/url               | "www.example.org"                  | false
            /sources/0/year              | 1000                               | true
            /sources/0/year              | 2999                               | true
            /sources/0/year              | 999                                | false
            /sources/0/year              | 3000                               | false
            /sources/0/year              | 1992.5                             | false
            /sources/0/year              | "1992"                             | false
            /sources/0                   | "s"                                | false
            /kinds/0/color               | "#A1b2C3"                          | true
            /kinds/0/color               | "#abc"                             | false
            /kinds/0/color               | "red"                              | false
            /kinds/0/shape               | "hexagon"                          | true
            /kinds/0/shape               | "circle"                           | false
            /kinds/0/label               | REMOVE                             | false
            /kinds/0/x-order             | 3                                  | true
            /relationTypes/0/directed    | "true"                             | false
            /relationTypes/0/hierarchical | REMOVE                            | false
            /relationTypes/0/inverseLabel | {"en": "r by"}                    | true
            /relationTypes/0/contested   | true                               | true
            /relationTypes/0/contested   | "no"                               | false
            /concepts/2/id               | "9-lives"                          | true
            /concepts/2/id               | "-c"                               | false
            /concepts/2/id               | "c_c"                              | false
            /concepts/2/id               | "C"                                | false
            /concepts/2/id               | ""                                 | false
            /concepts/2/kind             | " "                                | false
            /concepts/2/definition       | REMOVE                             | false
            /concepts/2/altLabels        | ["Alt", {"fr": "Autre"}]           | true
            /concepts/2/altLabels        | [1]                                | false
            /concepts/2/quotes           | [{"text": "q", "source": "s", "locator": "p. 1"}] | true
            /concepts/2/quotes           | [{"text": "q", "source": "s"}]     | false
            /concepts/2/quotes           | ["q"]                              | false
            /concepts/2/since            | 1992                               | true
            /concepts/2/since            | 1992.5                             | false
            /concepts/2/notes            | {"en": "n", "fr": "n"}             | true
            /concepts/2/x-status         | "draft"                            | true
            /concepts/2/defintion        | "D"                                | false
            /relations/0/sources         | ["s"]                              | true
            /relations/0/sources         | "s"                                | false
            /relations/0/sources         | [1]                                | false
            /relations/0/quote           | {"text": "q", "source": "s", "locator": "p. 1", "lang": "fr", "x-page": 3} | true
            /relations/0/quote           | {"text": "q", "source": "s", "locator": " "} | false
            /relations/0/quote           | {"text": "q", "source": "s", "locator": "p. 1", "page": 3} | false
            /relations/0/quote           | ["q"]                              | false
            /relations/0/note            | "n"                                | true
            /relations/0/since           | 2008                               | true
            /relations/0/contested       | false                              | true
            /relations/0/contested       | 0                                  | false
            /relations/0/to              | REMOVE                             | false
            /relations/0/weight          | 2                                  | false
            /tours                       | []                                 | true
            /tours                       | {}                                 | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C"}]}] | true
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": ["a", "b"], "focus": "b", "relations": [{"from": "a", "type": "r", "to": "b"}], "layout": "radial", "caption": {"en": "C", "fr": "C"}, "sources": ["s"]}]}] | true
            /tours                       | [{"id": "t", "title": "T", "x-week": 2, "steps": [{"concepts": ["a"], "caption": "C", "x-note": "n", "relations": [{"from": "a", "type": "r", "to": "b", "x-colour": "red"}]}]}] | true
            /tours                       | [{"id": "T", "title": "T", "steps": [{"concepts": [], "caption": "C"}]}] | false
            /tours                       | [{"title": "T", "steps": [{"concepts": [], "caption": "C"}]}] | false
            /tours                       | [{"id": "t", "steps": [{"concepts": [], "caption": "C"}]}] | false
            /tours                       | [{"id": "t", "title": "T"}]        | false
            /tours                       | [{"id": "t", "title": "T", "steps": []}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"caption": "C"}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": []}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": " "}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "layout": "tree"}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "layout": null}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "focus": ""}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [1], "caption": "C"}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "sources": "s"}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "relations": [{"from": "a", "to": "b"}]}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "relations": [{"from": "a", "type": "r", "to": "b", "weight": 1}]}]}] | false
            /tours                       | [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "duration": 3}]}] | false
            /tours                       | [{"id": "t", "title": "T", "description": {"en": "d"}, "steps": [{"concepts": [], "caption": "C"}]}] | true
            /tours                       | [{"id": "t", "title": "T", "description": 3, "steps": [{"concepts": [], "caption": "C"}]}] | false
            """)
    void schemaAndLoaderGiveTheSameVerdict(String pointer, String value, boolean valid) throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(BASE);
        change(doc, JsonPointer.compile(pointer), value);
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);

        Set<ValidationMessage> messages = schema.validate(doc);
        LoadResult loaded = new TaxonomyLoader().load("changed.json",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(messages.isEmpty()).as("schema verdict on%n%s%nmessages:%n%s", text, describe(messages))
                .isEqualTo(valid);
        assertThat(loaded.ok()).as("loader verdict on%n%s%nproblems:%n%s", text, describeProblems(loaded))
                .isEqualTo(valid);
    }

    private static void change(ObjectNode doc, JsonPointer pointer, String value) throws IOException {
        JsonNode parent = doc.at(pointer.head());
        JsonPointer last = pointer.last();
        if (parent instanceof ObjectNode o) {
            if (value.equals("REMOVE")) {
                o.remove(last.getMatchingProperty());
            } else {
                o.set(last.getMatchingProperty(), MAPPER.readTree(value));
            }
        } else if (parent instanceof ArrayNode a && !value.equals("REMOVE")) {
            a.set(last.getMatchingIndex(), MAPPER.readTree(value));
        } else {
            throw new IllegalArgumentException("Cannot change " + pointer + " in the base document");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void assertSchemaAccepts(Path file) throws IOException {
        Set<ValidationMessage> messages = schema.validate(MAPPER.readTree(file.toFile()));
        assertThat(messages).as("%s against %s:%n%s", file, SCHEMA_FILE, describe(messages)).isEmpty();
    }

    private static void assertLoaderAccepts(Path file) {
        LoadResult result = new TaxonomyLoader().load(file);
        assertThat(result.errors()).as("%s loaded by TaxonomyLoader:%n%s", file, describeProblems(result)).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream().map(m -> "  " + m.getMessage())
                .sorted().collect(Collectors.joining(System.lineSeparator()));
    }

    private static String describeProblems(LoadResult result) {
        return result.problems().stream().map(p -> "  " + p.format()).collect(Collectors.joining(System.lineSeparator()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Path corpus(String relative) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SchemaAgreementTest.class.getResource(relative), relative).toURI());
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
