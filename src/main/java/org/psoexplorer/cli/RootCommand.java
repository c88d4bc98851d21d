package org.psoexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "pso-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {"Explore the taxonomy of Peace Support Operations.",
                "", "With no command (or with a taxonomy FILE) it opens the window."},
        synopsisSubcommandLabel = "[FILE | COMMAND]",
        subcommands = {ValidateCommand.class, PathCommand.class, ExportCommand.class, BibliographyCommand.class,
                HandoutCommand.class})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = RootCommand.class.getResourceAsStream("/org/psoexplorer/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"PSO Explorer " + p.getProperty("version", "development build"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
