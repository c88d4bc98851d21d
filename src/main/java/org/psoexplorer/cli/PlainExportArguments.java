package org.psoexplorer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of an everyday {@code export} (a file, {@code -o OUT}, options each written once as
 * {@code --name value} or a flag), read without picocli. Building picocli's model of a command from its
 * annotations costs a short export more than a tenth of its time (reflection, a proxy class per
 * annotation type, a few hundred classes), while reading these arguments takes a loop. Anything else
 * — help, version, {@code --name=value}, {@code @file}, {@code --}, a repeated or unknown option, a
 * value picocli might read differently — is declined, and picocli reads it with its own messages, so
 * what a user sees never depends on which of the two read the arguments.
 */
final class PlainExportArguments {

    /** Each option of {@link ExportCommand} by every name it has, as its field is called. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("-o", "output"), Map.entry("--output", "output"),
            Map.entry("--format", "format"), Map.entry("--layout", "layout"), Map.entry("--focus", "focus"),
            Map.entry("--depth", "depth"), Map.entry("--view", "view"), Map.entry("--lang", "language"),
            Map.entry("--scale", "scale"), Map.entry("--title", "title"), Map.entry("--no-title", "noTitle"),
            Map.entry("--no-legend", "noLegend"), Map.entry("--no-sources", "noSources"),
            Map.entry("--transparent", "transparent"), Map.entry("--page", "page"), Map.entry("--style", "style"));

    private static final Set<String> FLAGS = Set.of("noTitle", "noLegend", "noSources", "transparent");

    /** Whole numbers that every reading of an int gives the same value (no sign, no leading zero, no overflow). */
    private static final Pattern PLAIN_INT = Pattern.compile("0|[1-9][0-9]{0,8}");

    private PlainExportArguments() {
    }

    /**
     * The command {@code export args...} asks for, with its options set as picocli would set them; empty
     * when picocli must read the arguments.
     */
    static Optional<ExportCommand> read(String[] args) {
        ExportCommand command = new ExportCommand();
        Set<String> seen = new HashSet<>();
        boolean taxonomyGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("@")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                String field = OPTIONS.get(arg);
                if (field == null || !seen.add(field)) {
                    return Optional.empty();
                }
                if (FLAGS.contains(field)) {
                    setFlag(command, field);
                    continue;
                }
                if (i + 1 == args.length) {
                    return Optional.empty();
                }
                String value = args[++i];
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || !set(command, field, value)) {
                    return Optional.empty();
                }
            } else {
                if (taxonomyGiven) {
                    return Optional.empty();
                }
                taxonomyGiven = true;
                Optional<Path> file = path(arg);
                if (file.isEmpty()) {
                    return Optional.empty();
                }
                command.taxonomyFile = file.get();
            }
        }
        return command.output == null ? Optional.empty() : Optional.of(command);
    }

    private static void setFlag(ExportCommand command, String field) {
        switch (field) {
            case "noTitle" -> command.noTitle = true;
            case "noLegend" -> command.noLegend = true;
            case "noSources" -> command.noSources = true;
            case "transparent" -> command.transparent = true;
            default -> throw new IllegalArgumentException(field);
        }
    }

    /** Sets an option that takes a value; false if the value is one to leave to picocli. */
    private static boolean set(ExportCommand command, String field, String value) {
        switch (field) {
            case "output" -> {
                Optional<Path> out = path(value);
                if (out.isEmpty()) {
                    return false;
                }
                command.output = out.get();
            }
            case "depth", "scale" -> {
                if (!PLAIN_INT.matcher(value).matches()) {
                    return false;
                }
                if (field.equals("depth")) {
                    command.depth = Integer.parseInt(value);
                } else {
                    command.scale = Integer.parseInt(value);
                }
            }
            case "format" -> command.format = value;
            case "layout" -> command.layout = value;
            case "focus" -> command.focus = value;
            case "view" -> command.view = value;
            case "language" -> command.language = value;
            case "title" -> command.title = value;
            case "page" -> command.page = value;
            case "style" -> command.style = value;
            default -> throw new IllegalArgumentException(field);
        }
        return true;
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
