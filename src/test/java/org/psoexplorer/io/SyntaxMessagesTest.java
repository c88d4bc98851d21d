package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The sentence a lecturer reads for a JSON mistake names the place in words, not as '""'. */
class SyntaxMessagesTest {

    private static String explain(String json) {
        try {
            new ObjectMapper().readTree(json);
        } catch (JsonParseException e) {
            return SyntaxMessages.explain(e.getOriginalMessage()).format();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("valid JSON: " + json);
    }

    @Test
    void aMissingCommaBeforeTheNextKeyNamesTheQuoteInWords() {
        String message = explain("{\"a\": 1\n \"b\": 2}");

        assertThat(message).startsWith("A comma is missing before the double quote (\") that opens the next text");
        assertThat(message).doesNotContain("'\"'").doesNotContain("\"\"");
    }

    @Test
    void aMissingCommaBeforeABraceNamesTheBrace() {
        assertThat(explain("[{\"a\": 1} {\"b\": 2}]")).isEqualTo("A comma is missing before the opening brace {");
    }

    @Test
    void aMissingColonNamesWhatCameInstead() {
        assertThat(explain("{\"a\" 1}")).isEqualTo("A colon (:) is missing after the key, before \u201C1\u201D");
    }

    @Test
    void invisibleCharactersAreNamedByTheirCode() {
        assertThat(SyntaxMessages.named("\u00A0").format()).isEqualTo("an invisible character (U+00A0)");
        assertThat(SyntaxMessages.named("(end-of-input)").format()).isEqualTo("the end of the file");
    }
}
