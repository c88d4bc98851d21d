package org.psoexplorer.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The committed seed files: each is replayed as a regression test and mutated by the fuzz properties. */
final class Corpus {

    /** Inputs for the loader: seeds and every input a fuzz run found breaking it. */
    static final String LOADER = "/org/psoexplorer/fuzz/loader";
    /** Valid taxonomies for layout and export, including shapes a fuzz run found hard. */
    static final String EXPORT = "/org/psoexplorer/fuzz/export";
    /** The hand-written bad and good files of the loader's tests, seeds too. */
    private static final String[] MORE_SEEDS = {"/org/psoexplorer/io/bad", "/org/psoexplorer/io/good"};

    private Corpus() {
    }

    static List<Path> files(String resourceDir) {
        URL url = Corpus.class.getResource(resourceDir);
        if (url == null) {
            throw new IllegalStateException("No corpus at " + resourceDir);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<byte[]> loaderSeeds() {
        List<byte[]> seeds = new ArrayList<>();
        List<Path> all = new ArrayList<>(files(LOADER));
        all.addAll(files(EXPORT));
        for (String dir : MORE_SEEDS) {
            all.addAll(files(dir));
        }
        for (Path p : all) {
            seeds.add(read(p));
        }
        return seeds;
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
