package org.psoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --view draws the arrangement saved in the file, so the handout matches the screen. */
class ExportViewTest {

    private static final Path MINIMAL = Path.of("taxonomy/examples/minimal.json");
    private static final Pattern FIRST_PATH = Pattern.compile("<path d='([^']*)'");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theSavedPositionsAreWhereTheConceptsAreDrawn() throws Exception {
        Path svg = dir.resolve("view.svg");

        assertThat(run(MINIMAL.toString(), "-o", svg.toString(), "--view", "side-by-side")).as(err.toString()).isZero();

        String text = Files.readString(svg);
        // minimal.json's view places peace-operation at (120, 90) and peacemaking at (400, 90).
        assertThat(centre(text, "peace-operation")).containsExactly(120, 90);
        assertThat(centre(text, "peacemaking")).containsExactly(400, 90);
    }

    @Test
    void withoutTheViewTheLayoutPlacesThemElsewhere() throws Exception {
        Path svg = dir.resolve("plain.svg");

        assertThat(run(MINIMAL.toString(), "-o", svg.toString())).isZero();

        String text = Files.readString(svg);
        assertThat(centre(text, "peacemaking")).isNotEqualTo(new double[] {400, 90});
    }

    @Test
    void anUnknownViewIsRefusedNamingTheViewsTheFileHas() {
        int code = run(MINIMAL.toString(), "-o", dir.resolve("x.svg").toString(), "--view", "side-by-sid");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("No view 'side-by-sid' in " + MINIMAL)
                .contains("its views are: side-by-side").contains("Did you mean 'side-by-side'?");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aFileWithoutViewsSaysSo() {
        int code = run("-o", dir.resolve("x.png").toString(), "--view", "week-1");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("has no saved views");
    }

    /** The centre of the bounding box of the first shape drawn for a concept, in the diagram's coordinates. */
    private static double[] centre(String svg, String id) {
        int group = svg.indexOf("data-id='" + id + "'");
        assertThat(group).as("group of %s", id).isPositive();
        Matcher m = FIRST_PATH.matcher(svg);
        assertThat(m.find(group)).isTrue();
        String[] numbers = m.group(1).replaceAll("[A-Za-z]", " ").trim().split("[ ,]+");
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            double x = Double.parseDouble(numbers[i]);
            double y = Double.parseDouble(numbers[i + 1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new double[] {Math.round((minX + maxX) / 2), Math.round((minY + maxY) / 2)};
    }
}
