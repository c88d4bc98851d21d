package org.psoexplorer.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.psoexplorer.io.TaxonomyLoader;

/** Every taxonomy file of the repository and the test corpus that opens without errors. */
final class Corpus {

    private Corpus() {
    }

    static List<Path> loadable() {
        try (Stream<Path> repo = Files.walk(Path.of("taxonomy"));
             Stream<Path> tests = Files.walk(Path.of("src/test/resources"));
             Stream<Path> main = Files.walk(Path.of("src/main/resources"))) {
            return Stream.of(repo, tests, main).flatMap(s -> s)
                    .filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().endsWith(".schema.json"))
                    .filter(p -> new TaxonomyLoader().load(p).ok())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
