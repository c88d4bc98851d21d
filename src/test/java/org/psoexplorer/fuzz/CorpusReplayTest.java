package org.psoexplorer.fuzz;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.psoexplorer.layout.LayoutKind;

/**
 * The committed corpus as regression tests: every loader input (seeds and what past fuzz runs
 * found) keeps the loader's invariants; every export input is laid out in all four layouts,
 * exported, and its DOT read by Graphviz.
 */
class CorpusReplayTest {

    @TestFactory
    Stream<DynamicTest> loaderCorpus() {
        return Corpus.files(Corpus.LOADER).stream().map(p -> DynamicTest.dynamicTest(name(p),
                () -> LoaderInvariants.check(Corpus.read(p))));
    }

    @TestFactory
    Stream<DynamicTest> exportCorpus() {
        return Corpus.files(Corpus.EXPORT).stream().flatMap(p -> Stream.of(LayoutKind.values())
                .map(kind -> DynamicTest.dynamicTest(name(p) + " " + kind.id(), () -> {
                    byte[] dot = ExportInvariants.check(Corpus.read(p), kind);
                    ExportInvariants.graphvizReads(dot);
                })));
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
