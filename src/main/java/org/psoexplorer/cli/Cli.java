package org.psoexplorer.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Decides between window and command line, and runs the command line. */
public final class Cli {

    private static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");
    private static final Set<String> SUBCOMMANDS = subcommandNames();

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

    /**
     * The sub-commands' names and aliases, read from their annotations: building picocli's model
     * here only to look them up cost an export about a tenth of its main thread (it is built again to run).
     */
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
        int code = commandLine(new SafePrintWriter(out), new SafePrintWriter(err)).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("Error: " + ex.getMessage());
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
