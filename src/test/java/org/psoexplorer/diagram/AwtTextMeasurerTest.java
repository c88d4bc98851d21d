package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

/** Java2D font metrics must work without a display: the command line and the exports rely on them. */
class AwtTextMeasurerTest {

    private final AwtTextMeasurer m = new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily());

    @Test
    void measuresHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(m.width("Peacekeeping", 13, false)).isPositive();
    }

    @Test
    void emptyTextHasNoWidth() {
        assertThat(m.width("", 13, false)).isZero();
    }

    @Test
    void widthGrowsWithTextAndScalesWithSize() {
        double one = m.width("Peace", 13, false);
        double two = m.width("Peace Peace", 13, false);

        assertThat(two).isGreaterThan(one * 1.9);
        assertThat(m.width("Peace", 26, false)).isCloseTo(2 * one, within(one * 0.1));
        assertThat(m.width("Peace", 13, true)).isGreaterThanOrEqualTo(one);
    }

    @Test
    void cachedFontsDoNotMixSizesOrWeights() {
        double small = m.width("Consent", 10, false);
        double big = m.width("Consent", 20, false);
        double smallAgain = m.width("Consent", 10, false);

        assertThat(smallAgain).isEqualTo(small);
        assertThat(big).isGreaterThan(small);
    }

    @Test
    void linesAreAQuarterTallerThanTheFont() {
        assertThat(m.lineHeight(13)).isEqualTo(16.25);
        assertThat(m.lineHeight(20)).isEqualTo(25);
    }
}
