package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One file per mistake a hand-written taxonomy can contain: each is refused with a precise message. */
class BadFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.json                      | 1  | 1  | The file is empty
            whitespace-only.json            | 1  | 1  | The file is empty
            not-an-object.json              | 1  | 1  | should contain one JSON object
            truncated.json                  | 5  | 29 | The file ends too early
            missing-comma.json              | 5  | 3  | A comma is missing
            trailing-comma.json             | 5  | 1  | A comma before } is not allowed
            single-quotes.json              | 4  | 3  | not single quotes
            comment.json                    | 2  | 3  | Comments are not allowed
            raw-newline-in-string.json      | 3  | 16 | raw line break
            trailing-garbage.json           | 2  | 1  | Unexpected text after the end
            invalid-utf8.json               | 3  | 16 | not valid UTF-8
            duplicate-key.json              | 4  | 3  | "title" appears twice
            unknown-format.json             | 2  | 13 | Unsupported format "pso-taxonomy/2"
            missing-format.json             | 1  | 1  | Missing "format"
            unknown-top-key.json            | 4  | 3  | Unknown key "concept"
            unknown-entry-key.json          | 6  | 64 | Unknown key "defintion"
            bad-id.json                     | 6  | 12 | id "Peace Keeping" is not allowed
            duplicate-concept.json          | 7  | 12 | id "a" is already used (line 6)
            unknown-kind.json               | 6  | 25 | Unknown kind "opp"
            unknown-concept-in-relation.json| 11 | 44 | Unknown concept "peacebuildin"
            unknown-relation-type.json      | 11 | 27 | Unknown relation type "kind_of"
            unknown-source-in-quote.json    | 7  | 99 | Unknown source "agendaa"
            unknown-source-in-relation.json | 12 | 61 | Unknown source "brahimi"
            self-relation.json              | 10 | 44 | goes from "a" to itself
            hierarchy-cycle.json            | 14 | 44 | goes round in a circle: a → b → c → a
            no-default-label.json           | 6  | 40 | has no label in the default language "en"
            wrong-type.json                 | 6  | 73 | "since" should be a whole number
            missing-required.json           | 6  | 5  | Missing "definition"
            bad-source-type.json            | 4  | 35 | Unknown source type "doctrin"
            null-value.json                 | 5  | 15 | "concepts" should be a list in [ ], but is null
            year-out-of-range.json          | 6  | 73 | "since" is 18446744073709552616, outside 1000–2999
            empty-label.json                | 6  | 40 | "label" is empty
            bad-language-tag.json           | 4  | 22 | "english" is not a language tag
            tour-duplicate-id.json          | 32 | 13 | The tour id "sequence" is already used (line 18)
            tour-no-steps.json              | 20 | 16 | The tour "sequence" has no steps
            tour-unknown-concept.json       | 22 | 55 | Unknown concept "peacebuildin"
            tour-unknown-source.json        | 27 | 23 | Unknown source "agendaa"
            tour-unknown-relation.json      | 24 | 25 | The taxonomy has no relation "precedes" from "peacekeeping" to "peacemaking"
            tour-focus-not-shown.json       | 23 | 20 | The focus "peacebuilding" is not among the concepts this step shows
            tour-unknown-layout.json        | 25 | 21 | Unknown layout "forced"
            tour-unknown-key.json           | 26 | 11 | Unknown key "captions"
            tour-wrong-type.json            | 22 | 23 | "concepts" should be a list in [ ], but is the text "peacemaking"
            tour-missing-caption.json       | 21 | 9  | Missing "caption"
            """)
    void refusedWithLineColumnAndMessage(String file, int line, int column, String message) throws URISyntaxException {
        LoadResult result = new TaxonomyLoader().load(bad(file));

        assertThat(result.ok()).as("loads").isFalse();
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.file()).endsWith(file);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-entry-key.json           | concepts[0].defintion   | Did you mean "definition"?
            unknown-concept-in-relation.json | relations[0].to         | Did you mean "peacebuilding"?
            unknown-source-in-quote.json     | concepts[0].quotes[0].source | Did you mean "agenda"?
            bad-id.json                      | concepts[0].id          | e.g. "peace-keeping"
            unknown-source-in-relation.json  | relations[0].sources[0] | Declare it in "sources"
            tour-unknown-concept.json        | tours[0].steps[0].concepts[2]  | Did you mean "peacebuilding"?
            tour-unknown-source.json         | tours[0].steps[0].sources[0]   | Did you mean "agenda"?
            tour-unknown-relation.json       | tours[0].steps[0].relations[0] | It goes the other way: from "peacemaking" to "peacekeeping"
            tour-focus-not-shown.json        | tours[0].steps[0].focus        | Add "peacebuilding" to "concepts"
            tour-unknown-layout.json         | tours[0].steps[0].layout       | Did you mean "force"?
            tour-unknown-key.json            | tours[0].steps[0].captions     | Did you mean "caption"?
            tour-duplicate-id.json           | tours[1].id                    | Give each tour its own id
            """)
    void namesThePathAndGivesAHint(String file, String path, String hint) throws URISyntaxException {
        LoadResult result = new TaxonomyLoader().load(bad(file));

        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.hint()).contains(hint);
        });
    }

    static Path bad(String file) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BadFilesTest.class.getResource("bad/" + file), file).toURI());
    }
}
