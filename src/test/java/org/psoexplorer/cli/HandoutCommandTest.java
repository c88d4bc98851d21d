package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesAFrenchHandoutAroundOneConcept() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        int code = run("handout", "-o", pdf.toString(), "--focus", "peacemaking", "--lang", "fr", "--style", "apa");
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("PDF handout").contains("APA");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Glossaire").contains("Rétablissement de la paix");
        }
    }

    @Test
    void mistakesAreUsageErrorsAndWriteNothing() {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("handout", "-o", pdf.toString(), "--page", "a5")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown page size 'a5'");
        assertThat(run("handout", "-o", pdf.toString(), "--depth", "7")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--depth must be 1, 2 or 3");
        assertThat(run("handout", "src/test/resources/org/psoexplorer/io/bad/missing-comma.json", "-o", pdf.toString()))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("missing-comma.json:5:3");
        assertThat(Files.exists(pdf)).isFalse();
        Path docx = dir.resolve("handout.docx");
        assertThat(run("handout", "-o", docx.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("handout.docx: a handout is a PDF; name the file with .pdf (for instance handout.pdf)");
        assertThat(Files.exists(docx)).isFalse();
    }
}
