package org.psoexplorer.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;

class BibliographyCacheTest {

    private static final List<Source> SOURCES = List.of(CitationsTest.AGENDA, CitationsTest.ARTICLE);

    @TempDir
    Path dir;

    @Test
    void theSecondBibliographyOfTheSameSourcesIsTheFirstOnesTextAndComesFromTheCache() throws IOException {
        BibliographyCache cache = BibliographyCache.in(dir.resolve("bib"));
        Map<String, String> first = new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES);
        assertThat(first).isEqualTo(new Citations(CitationStyle.CHICAGO, "en", BibliographyCache.none())
                .bibliography(SOURCES));
        assertThat(cacheFiles()).hasSize(1);

        Map<String, String> second = new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES);
        assertThat(second).isEqualTo(first);
        assertThat(List.copyOf(second.keySet())).isEqualTo(List.copyOf(first.keySet()));

        // Served from the file, not formatted again: a text kept for these sources is what comes back.
        cache.keep("chicago-author-date", "en-US", SOURCES, Map.of("agenda", "kept text"));
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES))
                .containsExactly(Map.entry("agenda", "kept text"));
    }

    @Test
    void anyChangeToASourceStyleOrLanguageFormatsAfresh() {
        BibliographyCache cache = BibliographyCache.in(dir);
        cache.keep("chicago-author-date", "en-US", SOURCES, Map.of("agenda", "stale"));

        Source retitled = new Source("agenda", SourceType.UN_DOCUMENT, "An Agenda for Peace: Preventive Diplomacy",
                "Boutros Boutros-Ghali", "United Nations", 1992, "A/47/277–S/24111", null, null,
                null, null, "1992-06-17", null, null, null, null);
        Source pages = new Source("berdal", SourceType.ARTICLE,
                "The United Nations and the use of force: between promise and peril", "Mats Berdal and David H. Ucko",
                null, 2014, null, null, null, "Journal of Strategic Studies", null, null, "37", "5", "665–674",
                "10.1080/01402390.2014.921853");
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(List.of(retitled, CitationsTest.ARTICLE))
                .get("agenda")).contains("Preventive Diplomacy");
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(List.of(CitationsTest.AGENDA, pages))
                .get("berdal")).contains("665–74");
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(List.of(CitationsTest.ARTICLE,
                CitationsTest.AGENDA)).get("agenda")).isNotEqualTo("stale");
        assertThat(new Citations(CitationStyle.APA, "en", cache).bibliography(SOURCES).get("agenda"))
                .isNotEqualTo("stale");
        assertThat(new Citations(CitationStyle.CHICAGO, "fr", cache).bibliography(SOURCES).get("agenda"))
                .isNotEqualTo("stale");
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES))
                .containsExactly(Map.entry("agenda", "stale"));
    }

    @Test
    void aDamagedOrForeignCacheFileIsAMissAndIsReplaced() throws IOException {
        BibliographyCache cache = BibliographyCache.in(dir);
        Map<String, String> expected = new Citations(CitationStyle.CHICAGO, "en", BibliographyCache.none())
                .bibliography(SOURCES);
        new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES);
        Path file = cacheFiles().get(0);
        byte[] good = Files.readAllBytes(file);

        List<byte[]> damaged = List.of(
                new byte[0],
                "not a cache file at all".getBytes(),
                java.util.Arrays.copyOf(good, good.length / 2),
                java.util.Arrays.copyOf(good, good.length + 3),
                // a header claiming two billion strings of two billion bytes
                new byte[] {0x50, 0x53, 0x4f, 0x42, 0, 0, 0, 1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                    0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES)).isEqualTo(expected);
            assertThat(Files.readAllBytes(file)).isEqualTo(good);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenStillGivesTheBibliography() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        BibliographyCache cache = BibliographyCache.in(notADirectory.resolve("bib"));
        Map<String, String> bib = new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES);
        assertThat(bib).isEqualTo(new Citations(CitationStyle.CHICAGO, "en", BibliographyCache.none())
                .bibliography(SOURCES));
        assertThat(new Citations(CitationStyle.CHICAGO, "en", cache).bibliography(SOURCES)).isEqualTo(bib);
    }

    @Test
    void theLeastRecentlyUsedFilesGoBeyondTheLimit() throws IOException {
        BibliographyCache cache = BibliographyCache.in(dir);
        int made = BibliographyCache.MOST_FILES + 5;
        for (int i = 0; i < made; i++) {
            cache.keep("apa", "en-US", List.of(source(i)), Map.of("s", "entry " + i));
            Path newest = cacheFiles().stream().max((a, b) -> Long.compare(modified(a), modified(b))).orElseThrow();
            // Ages the files as if made a second apart, oldest first, whatever the file system's clock grain.
            Files.setLastModifiedTime(newest, FileTime.fromMillis(1_000_000_000_000L + i * 1000L));
        }
        // The oldest is used again, so the next one goes in its place.
        assertThat(cache.find("apa", "en-US", List.of(source(5)))).contains(Map.of("s", "entry 5"));
        assertThat(cacheFiles()).hasSize(BibliographyCache.MOST_FILES);
        assertThat(cache.find("apa", "en-US", List.of(source(4)))).isEmpty();
        cache.keep("apa", "en-US", List.of(source(made)), Map.of("s", "entry " + made));

        assertThat(cacheFiles()).hasSize(BibliographyCache.MOST_FILES);
        assertThat(cache.find("apa", "en-US", List.of(source(5)))).contains(Map.of("s", "entry 5"));
        assertThat(cache.find("apa", "en-US", List.of(source(6)))).isEmpty();
        assertThat(cache.find("apa", "en-US", List.of(source(made)))).isPresent();
    }

    @Test
    void hostileTextIsKeptExactly() {
        BibliographyCache cache = BibliographyCache.in(dir);
        Source odd = new Source("id\u0000\n", SourceType.OTHER, "Title \u202e<script>\ud83d\ude00\r\n\t",
                null, null, null, null, null, null);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("id\u0000\n", "A \u0000 \n text \ud83d\ude00 <b>");
        entries.put("", "");
        cache.keep("apa", "en-US", List.of(odd), entries);
        assertThat(cache.find("apa", "en-US", List.of(odd))).contains(entries);
        assertThat(List.copyOf(cache.find("apa", "en-US", List.of(odd)).orElseThrow().keySet()))
                .containsExactly("id\u0000\n", "");
    }

    @Test
    void theCacheLivesWhereEachPlatformKeepsCachesAndCanBeTurnedOff() {
        assertThat(BibliographyCache.locate("off", "/x", null, "Linux", "/home/a").find("apa", "en-US", SOURCES))
                .isEmpty();
        assertThat(directoryOf(BibliographyCache.locate(" /tmp/c ", "/x", null, "Linux", "/home/a")))
                .isEqualTo(Path.of("/tmp/c"));
        assertThat(directoryOf(BibliographyCache.locate(null, "/xdg", null, "Linux", "/home/a")))
                .isEqualTo(Path.of("/xdg/pso-explorer/bibliographies"));
        // XDG asks for an absolute path; a relative one is ignored.
        assertThat(directoryOf(BibliographyCache.locate(null, "rel", null, "Linux", "/home/a")))
                .isEqualTo(Path.of("/home/a/.cache/pso-explorer/bibliographies"));
        assertThat(directoryOf(BibliographyCache.locate(null, null, null, "Mac OS X", "/Users/a")))
                .isEqualTo(Path.of("/Users/a/Library/Caches/PSO Explorer/bibliographies"));
        assertThat(directoryOf(BibliographyCache.locate(null, null, "/appdata", "Windows 11", "/home/a")))
                .isEqualTo(Path.of("/appdata/PSO Explorer/bibliographies"));
        assertThat(directoryOf(BibliographyCache.locate(null, null, null, "Windows 11", "/home/a"))).isNull();
        assertThat(directoryOf(BibliographyCache.locate(null, null, null, "Linux", ""))).isNull();
    }

    @Test
    void theBuildsTestsRunWithTheCacheOff() {
        // The build sets pso.citationCache=off so that formatting tests exercise the citation processor.
        assertThat(directoryOf(BibliographyCache.standard())).isNull();
    }

    private static Path directoryOf(BibliographyCache cache) {
        return cache.directory();
    }

    private static Source source(int i) {
        return new Source("s", SourceType.BOOK, "Book " + i, "Author", null, 2000, null, null, null);
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".bib")).toList();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
