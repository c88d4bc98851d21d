package org.psoexplorer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** French reads as French typography and UN usage have it, and nothing is left in English. */
class FrenchTextTest {

    /**
     * French texts identical to the English on purpose: "Critique" is the same word in French;
     * OSCE is the French acronym too; COIN is used as such in French military writing.
     */
    private static final Set<String> SAME_IN_FRENCH = Set.of("Critique", "OSCE", "COIN");
    /** Document symbols (A/RES/46/182, S/2001/574, AJP-3.4.1 (2001), B-GJ-005-307/FP-030) are not translated. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z]*[-/][A-Z0-9./–\\-]*\\d[^ ]*( \\(\\d{4}\\))?");

    /** Typographic apostrophes (’), and no text left as the English wording. */
    @Test
    void frenchTextsAreWrittenInFrench() {
        List<String> problems = new ArrayList<>();
        problems.addAll(straightApostrophes());
        problems.addAll(untranslated());
        assertThat(problems).isEmpty();
    }

    private static List<String> straightApostrophes() {
        List<String> straight = new ArrayList<>();
        Content.eachText((path, text) -> {
            String fr = text.path("fr").asText("");
            if (fr.indexOf('\'') >= 0) {
                straight.add(path + ".fr has a straight apostrophe (use ’): " + fr);
            }
        });
        return straight;
    }

    private static List<String> untranslated() {
        List<String> untranslated = new ArrayList<>();
        Content.eachText((path, text) -> {
            String en = text.path("en").asText();
            String fr = text.path("fr").asText(null);
            if (en.equals(fr) && !SAME_IN_FRENCH.contains(fr) && !SYMBOL.matcher(fr).matches()) {
                untranslated.add(path + ".fr is the English text: \"" + fr + "\"");
            }
        });
        return untranslated;
    }
}
