package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Decides between window and command line, and runs the command line. */
public final class Cli {

    private static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");
    /**
     * The sub-commands' names and aliases, as {@link RootCommand}'s annotation lists them (CliTest keeps
     * the two in step): reading the annotations here costs every command a proxy class before it starts.
     */
    static final Set<String> SUBCOMMANDS = Set.of("validate", "path", "export", "bibliography", "handout");

    private Cli() {
    }

    /** A sub-command or a top-level option means the command line; nothing or a file opens the window. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return OPTIONS.contains(first) || first.startsWith("-") || SUBCOMMANDS.contains(first);
    }

    /** The sub-commands' names and aliases, read from their annotations. */
    static Set<String> subcommandNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> sub : RootCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(Arrays.asList(command.aliases()));
        }
        return Set.copyOf(names);
    }

    /**
     * Whether a window can be opened: on X11 or Wayland systems a display must be named; a server
     * shell, a container or a CI job has none, and JavaFX would fail with a stack trace.
     */
    public static boolean hasDisplay(java.util.Map<String, String> env, String osName, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Says, in place of the window that cannot open, why and what works without one; a first word
     * that is neither a command nor an existing file is named as such. Returns the exit code.
     */
    public static int explainNoDisplay(String[] args, PrintWriter err) {
        CliMessages words = new CliMessages(java.util.Locale.getDefault().getLanguage());
        if (args.length > 0 && !java.nio.file.Files.exists(java.nio.file.Path.of(args[0]).toAbsolutePath())) {
            err.println(words.get("cli.notACommand", args[0]));
        }
        err.println(words.get("cli.noDisplay"));
        err.flush();
        return 2;
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PrintWriter safeOut = new SafePrintWriter(out);
        PrintWriter safeErr = new SafePrintWriter(err);
        Optional<PlainCommand> plain = plain(args);
        int code = plain.isPresent() ? runPlain(plain.get(), safeOut, safeErr)
                : commandLine(safeOut, safeErr).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A command whose arguments were read without picocli, ready to run. */
    private interface PlainCommand {
        int run(PrintWriter out, PrintWriter err) throws Exception;
    }

    /**
     * The everyday {@code export} and {@code validate}, read without building picocli's model (about
     * 0.2 s of CPU at every start); empty when picocli must read the arguments.
     */
    private static Optional<PlainCommand> plain(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "export" -> PlainExportArguments.read(rest).<PlainCommand>map(export -> export::run);
            case "validate" -> PlainValidateArguments.read(rest).<PlainCommand>map(validate -> validate::run);
            default -> Optional.empty();
        };
    }

    /** Runs a command read without picocli, its failures reported as picocli's handler below does. */
    private static int runPlain(PlainCommand command, PrintWriter out, PrintWriter err) {
        try {
            return command.run(out, err);
        } catch (Exception ex) {
            return failed(ex, err);
        }
    }

    private static int failed(Exception ex, PrintWriter err) {
        err.println("Error: " + ex.getMessage());
        return ExitCodes.USAGE;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> failed(ex, line.getErr()));
        return cl;
    }
}
