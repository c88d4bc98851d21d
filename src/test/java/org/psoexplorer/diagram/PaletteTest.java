package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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
    void hierarchicalLinesShareOneColourOthersAreDistinct() {
        assertThat(Palette.line(0, true)).isEqualTo(Palette.line(5, true));
        Set<String> lines = new HashSet<>();
        IntStream.range(0, 9).forEach(i -> lines.add(Palette.line(i, false)));
        assertThat(lines).hasSize(9).doesNotContain(Palette.line(0, true));
        assertThat(Palette.line(-1, false)).isEqualTo(Palette.line(8, false));
    }

    @Test
    void darkerScalesEachChannel() {
        assertThat(Palette.darker("#ffffff", 0.5)).isEqualTo("#7f7f7f");
        assertThat(Palette.darker("#FF8000", 0.5)).isEqualTo("#7f4000");
        assertThat(Palette.darker("#123456", 1.0)).isEqualTo("#123456");
        assertThat(Palette.darker("#abcdef", 0.0)).isEqualTo("#000000");
    }
}
