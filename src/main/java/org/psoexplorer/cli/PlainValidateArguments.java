package org.psoexplorer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of an everyday {@code validate} (files, and {@code --json} once), read without picocli
 * for the reason {@link PlainExportArguments} gives; anything else is declined and left to picocli.
 */
final class PlainValidateArguments {

    private PlainValidateArguments() {
    }

    /** The command {@code validate args...} asks for, as picocli would set it; empty when picocli must read them. */
    static Optional<ValidateCommand> read(String[] args) {
        ValidateCommand command = new ValidateCommand();
        for (String arg : args) {
            if (arg.isEmpty() || arg.startsWith("@")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                if (!arg.equals("--json") || command.json) {
                    return Optional.empty();
                }
                command.json = true;
                continue;
            }
            try {
                command.files.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }
}
