package org.psoexplorer.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/dist/linux/shell-launcher.sh, run on an app image whose java only reports what it was given:
 * the launcher it writes must hand java the cfg's options, the class path as the class-data archive
 * was made with (canonical, through symlinks and spaces), the main class and the user's arguments
 * untouched, choosing the window's or the command line's tuning by the first argument.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the launcher is written for the Linux app image only (pom.xml, dist-linux)")
class ShellLauncherTest {

    @TempDir
    Path dir;
    private Path image;
    private Path said;

    @BeforeEach
    void anImage() throws IOException {
        // A folder name a shell would split and expand, as a user's home may have.
        image = Files.createDirectories(dir.resolve("Apps & $HOME 'n' \"stuff\"/pso-explorer")).toRealPath();
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/pso-explorer"), "jpackage's native launcher");
        Files.writeString(image.resolve("lib/libapplauncher.so"), "its library");
        Files.writeString(app.resolve("pso-explorer.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/pso-explorer-app.jar",
                "app.mainclass=org.psoexplorer.Main",
                "app.classpath=$APPDIR/jackson core.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/pso-explorer.jsa",
                "java-options=-Dquoted='it''s' \"fine\"",
                "java-options=-Xmn128m",
                ""), StandardCharsets.UTF_8);
        said = dir.resolve("java-was-given.txt");
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > '" + said + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        run(List.of("bash", Path.of("src/dist/linux/shell-launcher.sh").toAbsolutePath().toString(), image.toString()));
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s: %s", command, out).isZero();
        return out;
    }

    private List<String> launch(Path launcher, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        run(command);
        return Files.readAllLines(said, StandardCharsets.UTF_8);
    }

    @Test
    void theLauncherReplacesJpackagesAndItsLibrary() throws IOException {
        Path launcher = image.resolve("bin/pso-explorer");
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh");
        assertThat(Files.isExecutable(launcher)).isTrue();
        assertThat(image.resolve("lib/libapplauncher.so")).doesNotExist();
    }

    @Test
    void aCommandGetsTheCfgsOptionsTheCommandLinesTuningAndItsArgumentsUntouched() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("pso"), image.resolve("bin/pso-explorer"));
        String app = image.resolve("lib/app").toString();

        List<String> given = launch(link, "export", "my course's file.json", "--title", "A \"quoted\" $HOME *");

        assertThat(given.get(0)).as("the runtime's java, under the app's name").isEqualTo(app + "/../runtime/bin/pso-explorer");
        assertThat(given).contains("-Djpackage.app-version=0.1.0", "-XX:SharedArchiveFile=" + app + "/pso-explorer.jsa",
                "-Dquoted='it''s' \"fine\"", "-XX:+UseSerialGC", "-XX:NewSize=32m",
                "-Djpackage.app-path=" + image.resolve("bin/pso-explorer"));
        assertThat(given).as("the window's young generation is not a command's").doesNotContain("-Xmn128m");
        int cp = given.indexOf("-cp");
        assertThat(given.get(cp + 1)).isEqualTo(app + "/pso-explorer-app.jar:" + app + "/jackson core.jar");
        assertThat(given.subList(cp + 2, given.size())).containsExactly("org.psoexplorer.Main", "export",
                "my course's file.json", "--title", "A \"quoted\" $HOME *");
    }

    @Test
    void theWindowOnAFileOrOnNothingGetsTheCfgsOptionsAsTheyAre() throws IOException {
        Path file = Files.writeString(dir.resolve("a course.json"), "{}");
        Path launcher = image.resolve("bin/pso-explorer");

        for (List<String> args : List.of(List.of(file.toString()), List.<String>of())) {
            List<String> given = launch(launcher, args.toArray(String[]::new));
            assertThat(given).as("window, %s", args).contains("-Xmn128m").doesNotContain("-XX:+UseSerialGC");
            int main = given.indexOf("org.psoexplorer.Main");
            assertThat(given.subList(main + 1, given.size())).as("window, %s", args).isEqualTo(args);
        }
    }
}
