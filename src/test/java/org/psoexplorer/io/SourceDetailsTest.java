package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psoexplorer.model.Source;

/** The publication details citation styles print are checked where they stand in the file. */
class SourceDetailsTest {

    private static final Path DIR = Path.of("src/test/resources/org/psoexplorer/share");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date-not-a-date.json | 6 | 99 | "1992-02-30" is not a date
            date-other-year.json | 6 | 99 | The date 1993-06-17 is not in the year 1992
            doi-as-link.json     | 6 | 98 | is not a DOI
            """)
    void refusedWithLineColumnAndMessage(String file, int line, int column, String message) {
        LoadResult result = new TaxonomyLoader().load(DIR.resolve(file));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
        });
    }

    @org.junit.jupiter.api.Test
    void theNewKeysAreRead() {
        LoadResult result = new TaxonomyLoader().load(DIR.resolve("hostile.json"));
        Source s = result.taxonomy().orElseThrow().source("evil-source").orElseThrow();
        assertThat(s.container()).isEqualTo("Journal <b>of</b> {Evil}");
        assertThat(s.pages()).isEqualTo("1–2");
    }
}
