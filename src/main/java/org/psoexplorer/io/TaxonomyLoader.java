package org.psoexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.psoexplorer.model.Taxonomy;

/**
 * Loads taxonomy files, reporting every problem with file, line and column instead of throwing.
 * Never throws for bad content: whatever the bytes, the answer is a {@link LoadResult}.
 */
public final class TaxonomyLoader {

    /** Where the embedded default taxonomy lives on the class path. */
    public static final String DEFAULT_RESOURCE = "/org/psoexplorer/taxonomy/pso.json";
    /** The name the default taxonomy goes by in messages and title bars. */
    public static final String DEFAULT_NAME = "pso.json (built in)";

    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failure(name, Message.of("file.folder"), Message.of("file.hint.folder"));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe, socket or device: reading it may never end (a FIFO with no writer blocks for good).
                return failure(name, Message.of("file.notOrdinary"), Message.of("file.hint.notOrdinary"));
            }
            long size = Files.size(file);
            if (size > JsonLimits.MAX_FILE_BYTES) {
                return failure(name, Message.of("file.tooLarge", size / (1024 * 1024), JsonLimits.MAX_FILE_BYTES / (1024 * 1024)),
                        Message.of("file.hint.tooLarge"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return load(name, in);
            }
        } catch (NoSuchFileException e) {
            return failure(name, Message.of("file.notFound"), Message.of("file.hint.notFound"));
        } catch (AccessDeniedException e) {
            return failure(name, Message.of("file.denied"), Message.of("file.hint.denied"));
        } catch (IOException e) {
            return failure(name, Message.of("file.unreadable", String.valueOf(e.getMessage())), null);
        }
    }

    /** Loads from a stream; {@code name} is what messages call the file. */
    public LoadResult load(String name, InputStream in) throws IOException {
        try {
            return read(name, in);
        } catch (OutOfMemoryError e) {
            // Everything read so far is garbage once we return: the message, not a crash, is what the user gets.
            long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return failure(name, Message.of("file.outOfMemory", maxMb), Message.of("file.hint.outOfMemory"));
        }
    }

    private LoadResult read(String name, InputStream in) throws IOException {
        Reporter reporter = new Reporter(name);
        Json root;
        try {
            root = new LocatedJsonParser(name, reporter::add).parse(in);
        } catch (JsonSyntaxException e) {
            reporter.error(e.position(), "", e.text(), e.hint());
            return result(reporter, null);
        }
        TaxonomyReader.Read read = new TaxonomyReader(reporter).read(root);
        if (read == null) {
            return result(reporter, null);
        }
        new TaxonomyChecker(reporter, read).check();
        return result(reporter, reporter.hasErrors() ? null : read.toTaxonomy());
    }

    /** The taxonomy embedded in the application. */
    public LoadResult loadDefault() {
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                return failure(DEFAULT_NAME, Message.of("builtIn.missing"), Message.of("builtIn.hint.missing"));
            }
            return load(DEFAULT_NAME, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default taxonomy, which is part of the product and must load. */
    public static Taxonomy defaultTaxonomy() {
        LoadResult result = new TaxonomyLoader().loadDefault();
        return result.taxonomy().orElseThrow(() -> new IllegalStateException(
                "The built-in taxonomy has errors: " + result.errors().get(0).format()));
    }

    /**
     * What to show when loading {@code file} ({@code null}: the built-in taxonomy) stopped on a fault
     * of ours rather than of the file: a located problem like any other, never silence.
     */
    public static LoadResult stoppedUnexpectedly(java.nio.file.Path file, Throwable cause) {
        String name = file == null ? DEFAULT_NAME : file.toString();
        return failure(name, Message.of("load.stopped", cause.getClass().getSimpleName()), Message.of("load.hint.stopped"));
    }

    private static LoadResult result(Reporter reporter, Taxonomy taxonomy) {
        return new LoadResult(reporter.file(), taxonomy, reporter.problems(), reporter.dropped());
    }

    private static LoadResult failure(String name, Message message, Message hint) {
        return new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name, 0, 0, "", message, hint)), 0);
    }
}
