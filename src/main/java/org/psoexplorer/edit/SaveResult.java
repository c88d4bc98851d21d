package org.psoexplorer.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.psoexplorer.io.Problem;

/**
 * What {@link TaxonomyEditor#save} did.
 *
 * @param saved   whether the file was written
 * @param file    the file written (or that would have been)
 * @param errors  when refused for errors: the errors of the current state, the user's to fix or to
 *                save anyway; empty otherwise
 * @param failure when writing failed: a sentence naming the file and the cause (no stack trace);
 *                {@code null} otherwise
 * @param cause   when writing failed: the error, whose kind the window says in its own language;
 *                {@code null} otherwise
 */
public record SaveResult(boolean saved, Path file, List<Problem> errors, String failure, IOException cause) {

    public SaveResult {
        errors = List.copyOf(errors);
    }

    static SaveResult written(Path file) {
        return new SaveResult(true, file, List.of(), null, null);
    }

    static SaveResult refused(Path file, List<Problem> errors) {
        return new SaveResult(false, file, errors, null, null);
    }

    static SaveResult failed(Path file, IOException cause) {
        String failure = cause.getMessage() == null ? file + ": cannot be written" : cause.getMessage();
        return new SaveResult(false, file, List.of(), failure, cause);
    }

    /** Whether saving was refused because the taxonomy has errors (and may be retried with saveAnyway). */
    public boolean refusedForErrors() {
        return !saved && !errors.isEmpty();
    }
}
