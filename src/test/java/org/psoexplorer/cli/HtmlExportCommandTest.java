package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void exportToHtmlHonoursFocusLanguageLayoutAndStyle() throws Exception {
        Path page = dir.resolve("taxonomy.html");
        int code = run("export", "-o", page.toString(), "--focus", "peacemaking", "--depth", "1", "--lang", "fr",
                "--layout", "radial", "--style", "iso690-fr");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("HTML").contains("radial layout").contains("fr/en");
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"fr\">").contains("Rétablissement de la paix")
                .contains("ISO 690 auteur-date (français)").contains("BOUTROS-GHALI");
    }

    @Test
    void mistakesAreUsageErrorsAndWriteNothing() {
        Path page = dir.resolve("x.html");
        assertThat(run("export", "-o", page.toString(), "--style", "vancouver")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown citation style 'vancouver'");
        assertThat(run("export", "-o", page.toString(), "--focus", "peacemakin")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Did you mean 'peacemaking'?");
        assertThat(Files.exists(page)).isFalse();
    }
}
