package org.psoexplorer.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;

/** Saving keeps the file as its author wrote it: unchanged files byte for byte, edited ones but for the edit. */
class RoundTripTest {

    @TempDir
    Path dir;

    static List<Path> corpus() {
        return Corpus.loadable();
    }

    @Test
    void theCorpusHoldsTheRepositoryTaxonomiesAndTheTestFiles() {
        assertThat(corpus()).map(Path::toString)
                .contains("taxonomy/pso.json", "taxonomy/examples/minimal.json")
                .anyMatch(p -> p.contains("with-bom"))
                .hasSizeGreaterThan(8);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void anUnchangedFileIsSavedByteForByte(Path file) throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(file);
        Path out = dir.resolve("out.json");

        assertThat(editor.save(out).saved()).isTrue();

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(file));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void anEditUndoneIsSavedByteForByte(Path file) throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(file);
        Concept first = editor.current().concepts().get(0);
        editor.apply(new Edit.ReplaceConcept(first.id(), withLabel(first, "xx", "Edited")));
        editor.undo();
        Path out = dir.resolve("out.json");

        editor.save(out);

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(file));
    }

    /**
     * Gives the last concept a label in one more language: the saved file differs from the original
     * only inside that concept's lines, and reads back as the edited taxonomy.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void oneEditedConceptIsTheOnlyChangeInTheFile(Path file) throws Exception {
        TaxonomyEditor editor = TaxonomyEditor.open(file);
        List<Concept> concepts = editor.current().concepts();
        Concept last = concepts.get(concepts.size() - 1);
        editor.apply(new Edit.ReplaceConcept(last.id(), withLabel(last, "xx", "Edited label")));
        Path out = dir.resolve("out.json");

        assertThat(editor.save(out).saved()).isTrue();

        String before = Files.readString(file);
        String after = Files.readString(out);
        LineDiff diff = LineDiff.of(before, after);
        assertThat(diff.changedNew()).as("new lines").anyMatch(line -> line.contains("Edited label"))
                .allMatch(line -> line.contains("Edited label") || line.strip().matches("[\\[\\]{},]*|\"label\": \\{")
                        || before.contains(line.replaceAll(",$", ""))
                        || last.label().values().values().stream().anyMatch(line::contains));
        int[] span = EntryLines.of(before, "concepts", concepts.size() - 1);
        assertThat(diff.firstChangedOldLine()).isBetween(span[0], span[1]);
        assertThat(diff.lastChangedOldLine()).isBetween(span[0], span[1]);
        Taxonomy reread = new TaxonomyLoader().load(out).taxonomy().orElseThrow();
        assertThat(TaxonomyContent.equal(reread, editor.current())).isTrue();
    }

    static Concept withLabel(Concept c, String language, String text) {
        Map<String, String> labels = new LinkedHashMap<>(c.label().values());
        labels.put(language, text);
        return new Concept(c.id(), c.kind(), new LocalizedText(labels), c.altLabels(), c.definition(), c.quotes(),
                c.since(), c.notes());
    }

    /** Lines that differ between two texts, by common prefix and suffix (enough for a one-place edit). */
    record LineDiff(List<String> changedOld, List<String> changedNew, int firstChangedOldLine, int lastChangedOldLine) {
        static LineDiff of(String a, String b) {
            String[] x = a.split("\n", -1);
            String[] y = b.split("\n", -1);
            int p = 0;
            while (p < x.length && p < y.length && x[p].equals(y[p])) {
                p++;
            }
            int s = 0;
            while (s < x.length - p && s < y.length - p && x[x.length - 1 - s].equals(y[y.length - 1 - s])) {
                s++;
            }
            List<String> oldLines = new ArrayList<>(List.of(x).subList(p, x.length - s));
            List<String> newLines = new ArrayList<>(List.of(y).subList(p, y.length - s));
            return new LineDiff(oldLines, newLines, p + 1, x.length - s);
        }
    }
}
