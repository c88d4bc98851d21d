package org.psoexplorer.cite;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.psoexplorer.io.AtomicFileWriter;
import org.psoexplorer.model.Source;

/**
 * Bibliographies already formatted, kept on disk so that the same sources in the same style and
 * language come back without starting the citation processor, which reads its XML style and
 * locale and costs about as much CPU as the rest of a small export's footer-less start (issue 11;
 * BENCHMARKS.md). A lecturer exports one taxonomy many times (PNG for the slides, PDF for the
 * handout, again after each edit): only the first pays.
 * <p>
 * An entry is keyed by everything its text depends on: every field of every source in order, the
 * style, the locale, and a fingerprint of the formatting code and data (this package's mapping to
 * CSL, the citation processor, the style and locale files), so a new build or a new style never
 * serves an old text. The whole set is one entry, not each source apart: the processor
 * disambiguates one source against the others. The cache is a convenience, never a dependency: a
 * directory that cannot be read or written, a damaged or foreign file, is a miss, and nothing is
 * reported. At most {@value #MOST_FILES} files are kept, the least recently used dropped first.
 */
public final class BibliographyCache {

    /** System property naming the cache directory, or {@code off} for none. */
    public static final String DIRECTORY_PROPERTY = "pso.citationCache";

    static final int MOST_FILES = 200;
    private static final int MAGIC = 0x50534f42; // "PSOB"
    private static final int FORMAT = 1;
    private static final int MOST_STRINGS = 100_000;
    private static final int MOST_BYTES = 8 << 20;

    private static final BibliographyCache NONE = new BibliographyCache(null);
    private static volatile BibliographyCache standard;
    private static final Map<String, String> CHECKSUMS = new ConcurrentHashMap<>();

    private final Path directory;

    private BibliographyCache(Path directory) {
        this.directory = directory;
    }

    /** A cache in this directory, made when first written. */
    public static BibliographyCache in(Path directory) {
        return new BibliographyCache(directory);
    }

    /** No cache: every bibliography is formatted afresh. */
    public static BibliographyCache none() {
        return NONE;
    }

    /**
     * The user's cache: {@value #DIRECTORY_PROPERTY} when set, otherwise the platform's place for
     * caches ({@code $XDG_CACHE_HOME} or {@code ~/.cache} on Linux, {@code ~/Library/Caches} on
     * macOS, {@code %LOCALAPPDATA%} on Windows), under {@code pso-explorer/bibliographies}.
     */
    public static BibliographyCache standard() {
        BibliographyCache known = standard;
        if (known == null) {
            known = locate(System.getProperty(DIRECTORY_PROPERTY), System.getenv("XDG_CACHE_HOME"),
                    System.getenv("LOCALAPPDATA"), System.getProperty("os.name", ""),
                    System.getProperty("user.home", ""));
            standard = known;
        }
        return known;
    }

    static BibliographyCache locate(String property, String xdgCacheHome, String localAppData, String osName,
                                    String home) {
        if (property != null && !property.isBlank()) {
            return property.strip().equalsIgnoreCase("off") ? NONE : in(Path.of(property.strip()));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            base = present(localAppData) ? Path.of(localAppData, "PSO Explorer") : null;
        } else if (os.startsWith("mac")) {
            base = present(home) ? Path.of(home, "Library", "Caches", "PSO Explorer") : null;
        } else if (present(xdgCacheHome) && Path.of(xdgCacheHome).isAbsolute()) {
            base = Path.of(xdgCacheHome, "pso-explorer");
        } else {
            base = present(home) ? Path.of(home, ".cache", "pso-explorer") : null;
        }
        return base == null ? NONE : in(base.resolve("bibliographies"));
    }

    /** Where the files are, or {@code null} for no cache. */
    Path directory() {
        return directory;
    }

    /** The entries kept for these sources in this style and locale, by source id in order, if any. */
    Optional<Map<String, String>> find(String style, String locale, List<Source> sources) {
        if (directory == null) {
            return Optional.empty();
        }
        try {
            List<String> key = key(style, locale, sources);
            Path file = fileFor(key);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Optional<Map<String, String>> found = read(file, key);
            if (found.isPresent()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps these entries for these sources; a failure to write is ignored. */
    void keep(String style, String locale, List<Source> sources, Map<String, String> entries) {
        if (directory == null) {
            return;
        }
        try {
            List<String> key = key(style, locale, sources);
            Files.createDirectories(directory);
            byte[] bytes = encode(key, entries);
            AtomicFileWriter.write(fileFor(key), out -> out.write(bytes));
            trim();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only means formatting again next time.
        }
    }

    /** Drops the least recently used files beyond {@value #MOST_FILES}. */
    private void trim() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(directory, "*.bib")) {
            all.forEach(files::add);
        }
        if (files.size() <= MOST_FILES) {
            return;
        }
        Map<Path, Long> used = new LinkedHashMap<>();
        for (Path f : files) {
            used.put(f, Files.getLastModifiedTime(f).toMillis());
        }
        files.sort((a, b) -> Long.compare(used.get(a), used.get(b)));
        for (Path f : files.subList(0, files.size() - MOST_FILES)) {
            Files.deleteIfExists(f);
        }
    }

    private Path fileFor(List<String> key) {
        // FNV-1a over the key's characters: a file name, not a proof; the key itself is checked on reading.
        long hash = 0xcbf29ce484222325L;
        for (String part : key) {
            if (part == null) {
                hash = (hash ^ 0xfffe) * 0x100000001b3L;
                continue;
            }
            for (int i = 0; i < part.length(); i++) {
                hash = (hash ^ part.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0xffff) * 0x100000001b3L;
        }
        return directory.resolve(String.format(Locale.ROOT, "%016x.bib", hash));
    }

    private static List<String> key(String style, String locale, List<Source> sources) {
        List<String> key = new ArrayList<>(3 + sources.size() * 17);
        key.add(fingerprint(style, locale));
        key.add(style);
        key.add(locale);
        for (Source s : sources) {
            key.add(s.id());
            key.add(s.type() == null ? null : s.type().name());
            key.add(s.title());
            key.add(s.author());
            key.add(s.organization());
            key.add(s.year() == null ? null : s.year().toString());
            key.add(s.symbol());
            key.add(s.url());
            key.add(s.citation());
            key.add(s.container());
            key.add(s.publisher());
            key.add(s.date());
            key.add(s.volume());
            key.add(s.issue());
            key.add(s.pages());
            key.add(s.doi());
        }
        return key;
    }

    private static byte[] encode(List<String> key, Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeStrings(out, key);
            List<String> flat = new ArrayList<>(entries.size() * 2);
            entries.forEach((id, text) -> {
                flat.add(id);
                flat.add(text);
            });
            writeStrings(out, flat);
        }
        return bytes.toByteArray();
    }

    private static Optional<Map<String, String>> read(Path file, List<String> key) throws IOException {
        if (Files.size(file) > MOST_BYTES) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !readStrings(in).equals(key)) {
                return Optional.empty();
            }
            List<String> flat = readStrings(in);
            if (flat.size() % 2 != 0 || in.read() != -1) {
                return Optional.empty();
            }
            Map<String, String> entries = new LinkedHashMap<>();
            for (int i = 0; i < flat.size(); i += 2) {
                entries.put(flat.get(i), flat.get(i + 1));
            }
            return Optional.of(entries);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            if (s == null) {
                out.writeInt(-1);
                continue;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MOST_STRINGS) {
            throw new IOException("not a bibliography cache file");
        }
        List<String> strings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length == -1) {
                strings.add(null);
                continue;
            }
            if (length < 0 || length > MOST_BYTES) {
                throw new IOException("not a bibliography cache file");
            }
            strings.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return strings;
    }

    /**
     * A checksum of what the formatted text depends on besides the sources: this package's classes
     * that map a source to CSL and tidy the output, the citation processor's entry class, and the
     * style and locale files used. Each resource is read once per run.
     */
    static String fingerprint(String style, String locale) {
        return checksum("/org/psoexplorer/cite/Citations.class") + checksum("/org/psoexplorer/cite/CslItems.class")
                + checksum("/org/psoexplorer/cite/PersonNames.class") + checksum("/de/undercouch/citeproc/CSL.class")
                + checksum("/" + style + ".csl") + checksum("/locales-" + locale + ".xml");
    }

    private static String checksum(String resource) {
        return CHECKSUMS.computeIfAbsent(resource, r -> {
            CRC32 crc = new CRC32();
            try (InputStream in = BibliographyCache.class.getResourceAsStream(r)) {
                if (in == null) {
                    return "-";
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                return "?";
            }
            return Long.toHexString(crc.getValue()) + ".";
        });
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
