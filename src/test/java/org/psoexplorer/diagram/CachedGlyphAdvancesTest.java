package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The measurer sums cached character advances instead of asking Java2D for every candidate line;
 * labels must still wrap exactly as before, so the sums must equal Java2D's widths to the last bit,
 * in every font, size, weight and script, and text that needs layout must still be measured by Java2D.
 */
class CachedGlyphAdvancesTest {

    private static final String[] FAMILIES = {DiagramStyle.DEFAULT.fontFamily(), "SansSerif", "Serif", "Monospaced"};
    private static final double[] SIZES = {9, 11.5, 13, 20, 37.25};
    private static final String[] TEXTS = {
        "Peacekeeping", "Protection of civilians (POC) & rule-of-law, 1992–2024",
        "Opération de maintien de la paix : l’ONU, « Casques bleus », œuvre, déjà, Noël, ÇA",
        "Prévention des conflits — médiation à l’échelle régionale",
        "维持和平行动", "平和維持活動とカタカナ", "평화유지활동", "ＦＵＬＬ　ｗｉｄｔｈ",
        "Paix 🕊️ et mission 🇺🇳", "👩‍👩‍👧 family", "e\u0301cole combinée", "حفظ السلام", "שמירת שלום",
        "शांति स्थापना", "Миротворчество Ελλάδα", "zero\u200Bwidth and joiner\u200D", "\t tabs  and   spaces "};

    @Test
    void cachedWidthsEqualJava2dAcrossFontsSizesWeightsAndScripts() {
        for (String family : FAMILIES) {
            AwtTextMeasurer m = new AwtTextMeasurer(family);
            for (double size : SIZES) {
                for (boolean bold : new boolean[] {false, true}) {
                    for (String text : texts()) {
                        // Twice: the first call fills the cache, the second reads it.
                        double first = m.width(text, size, bold);
                        double cached = m.width(text, size, bold);
                        double java2d = m.measuredWidth(text, size, bold);
                        assertThat(first).as("%s %s %s «%s»", family, size, bold, text).isEqualTo(java2d);
                        assertThat(cached).as("%s %s %s «%s»", family, size, bold, text).isEqualTo(java2d);
                    }
                }
            }
        }
    }

    @Test
    void wrappingIsUnchangedByTheCache() {
        AwtTextMeasurer cached = new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily());
        TextMeasurer java2d = new TextMeasurer() {
            @Override
            public double width(String text, double fontSize, boolean bold) {
                return cached.measuredWidth(text, fontSize, bold);
            }

            @Override
            public double lineHeight(double fontSize) {
                return cached.lineHeight(fontSize);
            }
        };
        for (String text : texts()) {
            for (double limit : new double[] {40, 80, 120, 200}) {
                assertThat(new LabelWrapper(cached).wrap(text, limit, 13, false))
                        .isEqualTo(new LabelWrapper(java2d).wrap(text, limit, 13, false));
            }
        }
    }

    @Test
    void aSizeOrWeightNeverReadsAnotherOnesAdvances() {
        AwtTextMeasurer m = new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily());
        double regular = m.width("Mandate", 13, false);
        double bold = m.width("Mandate", 13, true);
        double larger = m.width("Mandate", 13.5, false);

        assertThat(bold).isGreaterThan(regular);
        assertThat(larger).isGreaterThan(regular);
        assertThat(m.width("Mandate", 13, false)).isEqualTo(regular);
    }

    /** The fixed texts plus random labels over Latin-1, Latin Extended, punctuation and CJK. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(TEXTS));
        Random rnd = new Random(11);
        char[][] ranges = {{0x20, 0x7e}, {0xa0, 0x2ff}, {0x2010, 0x2027}, {0x4e00, 0x4fff}};
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0, n = 1 + rnd.nextInt(30); j < n; j++) {
                char[] r = ranges[rnd.nextInt(ranges.length)];
                sb.append((char) (r[0] + rnd.nextInt(r[1] - r[0] + 1)));
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
