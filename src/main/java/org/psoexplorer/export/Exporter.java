package org.psoexplorer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.psoexplorer.io.AtomicFileWriter;

/**
 * Writes an {@link ExportScene} in one format. Implementations hold no state between calls.
 */
public interface Exporter {

    ExportFormat format();

    /** Writes the whole file to {@code out}; does not close it. */
    void write(ExportScene scene, ExportOptions options, OutputStream out) throws IOException;

    /**
     * Writes to {@code file} atomically: the file appears complete or not at all, and an existing
     * file is only replaced once the new one is fully written.
     */
    default void write(ExportScene scene, ExportOptions options, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> write(scene, options, out));
    }
}
