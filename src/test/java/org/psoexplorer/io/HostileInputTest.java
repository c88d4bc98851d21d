package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to break the loader is refused with a message, never a crash, a hang or an exhausted heap. */
class HostileInputTest {

    private final TaxonomyLoader loader = new TaxonomyLoader();

    @Test
    void nestingThousandsDeepIsRefused() throws IOException {
        String deep = "{\"format\": \"pso-taxonomy/1\", \"title\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";

        LoadResult result = load(deep);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("more than 64 levels deep");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aStringOfTensOfMegabytesIsRefused() throws IOException {
        String huge = "{\"format\": \"pso-taxonomy/1\", \"title\": \"" + "x".repeat(30_000_000) + "\"}";

        LoadResult result = load(huge);

        assertThat(result.errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("longer than 1000000 characters"));
    }

    @Test
    void aFileOfHundredsOfMegabytesIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }

        LoadResult result = loader.load(big);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("300 MB").contains("limited to 128 MB");
            assertThat(p.file()).isEqualTo(big.toString());
        });
    }

    @Test
    void anEndlessStreamStopsAtTheDocumentLimit() throws IOException {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ == 0 ? '[' : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };

        LoadResult result = loader.load("endless", endless);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("larger than 128 MB");
            // Where reading stopped, far along the one line: the limit is the file's, not a token's.
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isGreaterThan(100_000_000);
        });
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] body = "{\"format\": \"pso-taxonomy/1\", \"title\": \"T\", \"concepts\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        LoadResult result = loader.load("bom.json", new ByteArrayInputStream(withBom));

        assertThat(result.ok()).isTrue();
        assertThat(result.taxonomyOrNull().title().values()).containsEntry("en", "T");
    }

    @Test
    void aDirectoryOrMissingFileGetsAMessage(@TempDir Path dir) {
        assertThat(loader.load(dir).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("folder"));
        assertThat(loader.load(dir.resolve("nope.json")).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("No such file"));
    }

    @Test
    void errorsAreCappedAndCounted(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("{\"format\": \"pso-taxonomy/1\", \"title\": \"T\", \"concepts\": [");
        for (int i = 0; i < 500; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"kind\": \"nope\", \"label\": \"L\", \"definition\": \"D\"}");
        }
        Path file = Files.writeString(dir.resolve("many.json"), sb.append("]}").toString());

        LoadResult result = loader.load(file);

        assertThat(result.problems()).hasSize(JsonLimits.MAX_PROBLEMS);
        assertThat(result.truncated()).isEqualTo(400);
    }

    private LoadResult load(String json) throws IOException {
        return loader.load("hostile.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
