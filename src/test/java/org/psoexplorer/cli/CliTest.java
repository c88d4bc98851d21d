package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void theSubcommandNamesReadFromAnnotationsArePicocliS() {
        var picocli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet();
        assertThat(Cli.subcommandNames()).containsExactlyInAnyOrderElementsOf(picocli)
                .contains("export", "validate", "path", "bibliography", "handout");
    }

    @Test
    void aCommandOrAnOptionMeansTheCommandLineAndAFileOrNothingTheWindow() {
        assertThat(Cli.wantsCommandLine(new String[] {"export", "-o", "x.svg"})).isTrue();
        assertThat(Cli.wantsCommandLine(new String[] {"--version"})).isTrue();
        assertThat(Cli.wantsCommandLine(new String[] {"-x"})).isTrue();
        assertThat(Cli.wantsCommandLine(new String[] {"course.json"})).isFalse();
        assertThat(Cli.wantsCommandLine(new String[] {"exports"})).isFalse();
        assertThat(Cli.wantsCommandLine(new String[] {})).isFalse();
    }
}
