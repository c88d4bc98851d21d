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
        assertThat(Cli.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(picocli);
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

    @Test
    void withoutADisplayTheWindowIsNotTriedAndTheUserIsToldWhatWorks() {
        assertThat(Cli.hasDisplay(java.util.Map.of(), "Linux", null)).isFalse();
        assertThat(Cli.hasDisplay(java.util.Map.of("DISPLAY", " "), "Linux", null)).isFalse();
        assertThat(Cli.hasDisplay(java.util.Map.of("DISPLAY", ":0"), "Linux", null)).isTrue();
        assertThat(Cli.hasDisplay(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isTrue();
        assertThat(Cli.hasDisplay(java.util.Map.of(), "Windows 11", null)).isTrue();
        assertThat(Cli.hasDisplay(java.util.Map.of(), "Mac OS X", null)).isTrue();
        assertThat(Cli.hasDisplay(java.util.Map.of(), "Linux", "Monocle")).isTrue();

        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        try {
            StringWriter err = new StringWriter();
            int code = Cli.explainNoDisplay(new String[] {"share", "--help"}, new PrintWriter(err));
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("\"share\" is neither a command nor a file")
                    .contains("no display").contains("pso-explorer validate").doesNotContain("Exception");
            StringWriter none = new StringWriter();
            Cli.explainNoDisplay(new String[] {}, new PrintWriter(none));
            assertThat(none.toString()).doesNotContain("neither a command").contains("DISPLAY");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
