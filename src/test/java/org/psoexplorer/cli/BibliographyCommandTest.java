package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BibliographyCommandTest {

    static final Path HOSTILE = Path.of("src/test/resources/org/psoexplorer/share/hostile.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "bibliography";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theExtensionChoosesTheFormat() throws Exception {
        Path bib = dir.resolve("pso.bib");
        assertThat(run("-o", bib.toString())).isEqualTo(0);
        BibTeXDatabase db = new BibTeXParser().parse(Files.newBufferedReader(bib, StandardCharsets.UTF_8));
        assertThat(db.getEntries()).isNotEmpty();
        assertThat(out.toString()).contains("bibtex");
    }

    @Test
    void textInTheFrenchStyle() throws Exception {
        Path txt = dir.resolve("biblio.txt");
        assertThat(run("-o", txt.toString(), "--style", "iso690-fr")).isEqualTo(0);
        String text = Files.readString(txt);
        assertThat(text).contains("BOUTROS-GHALI, Boutros").contains("A/47/277–S/24111");
    }

    @Test
    void aHostileTaxonomyComesOutAsData() throws Exception {
        Path json = dir.resolve("hostile.json");
        assertThat(run(HOSTILE.toString(), "-o", json.toString())).isEqualTo(0);
        JsonNode items = new ObjectMapper().readTree(json.toFile());
        assertThat(items.get(0).get("title").asText()).startsWith("Evil title </script><script>alert(1)</script>");
        Path bib = dir.resolve("hostile.bib");
        assertThat(run(HOSTILE.toString(), "-o", bib.toString())).isEqualTo(0);
        assertThat(new BibTeXParser().parse(Files.newBufferedReader(bib)).getEntries()).hasSize(2);
    }

    @Test
    void unknownStyleAndFormatAreUsageErrors() {
        assertThat(run("-o", dir.resolve("x.txt").toString(), "--style", "vancouver")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown citation style 'vancouver'").contains("chicago, apa");
        assertThat(run("-o", dir.resolve("x.docx").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Cannot tell the format from 'x.docx'");
        assertThat(Files.exists(dir.resolve("x.txt"))).isFalse();
    }
}
