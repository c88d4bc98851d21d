package org.psoexplorer.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds the TrueType file of a font family on this machine, so the PDF can embed the very font
 * the text was measured with. Java has no public way to ask where a font came from, so this looks
 * for the usual file name ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") in the usual folders.
 */
final class FontFiles {

    private static final int MAX_DEPTH = 5;
    private static final Map<String, Optional<Path>> CACHE = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    static Optional<Path> find(String family, boolean bold) {
        String file = family.replace(" ", "") + (bold ? "-Bold" : "") + ".ttf";
        return CACHE.computeIfAbsent(file.toLowerCase(Locale.ROOT), k -> search(k));
    }

    private static Optional<Path> search(String lowerName) {
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.find(dir, MAX_DEPTH, (p, attrs) -> attrs.isRegularFile()
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).equals(lowerName))) {
                Optional<Path> found = files.sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable folder: try the next
            }
        }
        return Optional.empty();
    }

    private static List<Path> folders() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        if (!home.isEmpty()) {
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get(home, "Library", "Fonts"));
        }
        dirs.add(Paths.get("/usr/share/fonts"));
        dirs.add(Paths.get("/usr/local/share/fonts"));
        dirs.add(Paths.get("/Library/Fonts"));
        dirs.add(Paths.get("/System/Library/Fonts"));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            dirs.add(Paths.get(windows, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Paths.get(local, "Microsoft", "Windows", "Fonts"));
        }
        return dirs;
    }
}
