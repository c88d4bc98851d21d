package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.RelationType;

class PaletteTest {

    @Test
    void fillsAreDistinctThenRepeatForAnyIndex() {
        Set<String> first = new HashSet<>();
        IntStream.range(0, 9).forEach(i -> first.add(Palette.fill(i)));

        assertThat(first).hasSize(9).allMatch(c -> c.matches("#[0-9a-f]{6}"));
        assertThat(Palette.fill(9)).isEqualTo(Palette.fill(0));
        // An index of -1 (a kind missing from the taxonomy's list) still gets a colour.
        assertThat(Palette.fill(-1)).isEqualTo(Palette.fill(8));
    }

    @Test
    void everyTypeOfAViewGetsItsOwnLineUpToEighteenPlusThreeHierarchical() {
        List<RelationType> types = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            types.add(type("t" + i, false, i % 2 == 0));
        }
        for (int i = 0; i < 3; i++) {
            types.add(type("h" + i, true, true));
        }
        List<LineStyle> styles = Palette.lineStyles(types);

        assertThat(styles).hasSize(21);
        // Told apart by colour and dash pattern alone: arrowheads only add to it.
        assertThat(styles.stream().map(s -> s.color() + s.dash()).distinct()).hasSize(21);
        assertThat(styles).noneMatch(s -> s.dash() == LineStyle.Dash.DASHED);
        // Six Okabe–Ito colours for the others, the hierarchy dark grey.
        assertThat(styles.subList(0, 6)).extracting(LineStyle::color).containsExactly("#0072b2", "#d55e00",
                "#009e73", "#cc79a7", "#e69f00", "#56b4e9");
        assertThat(styles.subList(18, 21)).extracting(LineStyle::color).containsOnly("#3d4650");
        assertThat(styles.get(1).arrowhead()).isEqualTo(LineStyle.Arrowhead.NONE);
        assertThat(styles.get(6)).isEqualTo(new LineStyle("#0072b2", LineStyle.Dash.DOTTED, LineStyle.Arrowhead.OPEN));
    }

    private static RelationType type(String id, boolean hierarchical, boolean directed) {
        return new RelationType(id, LocalizedText.of("en", id), LocalizedText.EMPTY, directed, hierarchical, false);
    }

    @Test
    void darkerScalesEachChannel() {
        assertThat(Palette.darker("#ffffff", 0.5)).isEqualTo("#7f7f7f");
        assertThat(Palette.darker("#FF8000", 0.5)).isEqualTo("#7f4000");
        assertThat(Palette.darker("#123456", 1.0)).isEqualTo("#123456");
        assertThat(Palette.darker("#abcdef", 0.0)).isEqualTo("#000000");
    }

    @Test
    void darkerWritesTwoLowerCaseHexDigitsPerChannelAsFormatDoes() {
        for (int v = 0; v < 256; v += 7) {
            String hex = String.format("#%02x%02x%02x", v, 255 - v, (v * 3) % 256);
            int r = (int) (v * 0.62);
            int g = (int) ((255 - v) * 0.62);
            int b = (int) (((v * 3) % 256) * 0.62);
            assertThat(Palette.darker(hex, 0.62)).isEqualTo(String.format("#%02x%02x%02x", r, g, b));
        }
        assertThat(Palette.darker("#FFFFFF", 0.88)).isEqualTo("#e0e0e0");
    }
}
