package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Label wrapping, with one unit of width per character so every break can be worked out by hand. */
class LabelWrapperTest {

    private final LabelWrapper wrapper = new LabelWrapper(new FixedWidthMeasurer(1));

    private List<String> wrap(String text, double width) {
        return wrapper.wrap(text, width, 13, false);
    }

    @Test
    void aShortLabelStaysOnOneLine() {
        assertThat(wrap("Peacekeeping", 20)).containsExactly("Peacekeeping");
        assertThat(wrap("Peace support operations", 24)).containsExactly("Peace support operations");
    }

    @Test
    void wrapsAtSpacesFillingEachLine() {
        assertThat(wrap("Peace support operations", 23)).containsExactly("Peace support", "operations");
        assertThat(wrap("Peace support operations", 13)).containsExactly("Peace support", "operations");
        assertThat(wrap("Peace support operations", 12)).containsExactly("Peace", "support", "operations");
    }

    @Test
    void wrapsAfterAHyphenAndKeepsTheHyphen() {
        assertThat(wrap("Post-conflict peacebuilding", 14)).containsExactly("Post-conflict", "peacebuilding");
        assertThat(wrap("Peace-enforcement", 12)).containsExactly("Peace-", "enforcement");
        // When it fits, the hyphenated word is whole again: no space creeps in after the hyphen.
        assertThat(wrap("Peace-enforcement", 17)).containsExactly("Peace-enforcement");
        assertThat(wrap("Peace-enforcement operation", 40)).containsExactly("Peace-enforcement operation");
    }

    @Test
    void aWordWiderThanTheLimitGetsALineOfItsOwn() {
        assertThat(wrap("UN counterinsurgency doctrine", 10))
                .containsExactly("UN", "counterinsurgency", "doctrine");
        assertThat(wrap("Counterinsurgency", 5)).containsExactly("Counterinsurgency");
    }

    @Test
    void neverBreaksInsideAWord() {
        String text = "Multidimensional integrated stabilization mission in the Central African Republic";
        for (double width = 1; width <= 90; width += 1) {
            List<String> lines = wrap(text, width);
            // Joining the lines with spaces gives the text back: every break was at a space.
            assertThat(String.join(" ", lines)).as("width %s", width).isEqualTo(text);
            for (String line : lines) {
                assertThat(line.length() <= width || !line.contains(" ")).as("line '%s' at width %s", line, width)
                        .isTrue();
            }
        }
    }

    @Test
    void spacesAreNormalized() {
        assertThat(wrap("  Rule   of\tlaw  ", 40)).containsExactly("Rule of law");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyLabelIsOneEmptyLine(String text) {
        assertThat(wrap(text, 40)).containsExactly("");
    }

    @Test
    void aHyphenStandingBetweenSpacesIsNotGluedToTheNextWord() {
        // "pre- and post-conflict": the hyphen of "pre-" is followed by a space in the text, and that
        // space must survive; the same for a dash written as a lone hyphen.
        assertThat(wrap("Pre- and post-conflict tasks", 60)).containsExactly("Pre- and post-conflict tasks");
        assertThat(wrap("Peace - war continuum", 60)).containsExactly("Peace - war continuum");
    }

    @Test
    void measuresWithTheRealFontHeadless() {
        LabelWrapper real = new LabelWrapper(new AwtTextMeasurer("DejaVu Sans"));
        String text = "Protection of civilians in armed conflict";

        List<String> lines = real.wrap(text, 150, 13, false);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        AwtTextMeasurer m = new AwtTextMeasurer("DejaVu Sans");
        assertThat(lines).allMatch(l -> m.width(l, 13, false) <= 150 || !l.contains(" "));
    }
}
