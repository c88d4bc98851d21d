package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line and column of the first invalid byte, whatever the line breaks and however the bytes arrive. */
class StrictUtf8ReaderTest {

    private static final String[] PIECES = {"a", "bc", "é", "\n", "\r\n", "\r", "  ", "\r\r", "\n\n", "’"};

    @Test
    void countsLfCrLfAndLoneCrAsEditorsDo() {
        for (long seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            StringBuilder text = new StringBuilder();
            int pieces = rnd.nextInt(300);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            bytes.write(0xff);
            int[] expected = position(text);

            for (int chunk : new int[] {1, 2, 3, 7, 1 << 20}) {
                InvalidAt found = firstInvalid(new Trickle(new ByteArrayInputStream(bytes.toByteArray()), chunk));
                assertThat(new int[] {found.line, found.column}).as("seed %d, %d bytes a read", seed, chunk)
                        .containsExactly(expected);
            }
        }
    }

    private record InvalidAt(int line, int column) {
    }

    private static InvalidAt firstInvalid(InputStream in) {
        StrictUtf8Reader.InvalidUtf8Exception e = catchThrowableOfType(StrictUtf8Reader.InvalidUtf8Exception.class, () -> {
            try (Reader r = new StrictUtf8Reader(in)) {
                char[] buffer = new char[5];
                while (r.read(buffer, 0, buffer.length) >= 0) {
                    // read on to the invalid byte
                }
            }
        });
        assertThat(e).isNotNull();
        return new InvalidAt(e.line, e.column);
    }

    /** Line and column after {@code text}: CR LF is one break, a lone CR or LF another. */
    private static int[] position(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Hands out at most {@code chunk} bytes a read, so decoded chunks end anywhere (between CR and LF too). */
    private static final class Trickle extends FilterInputStream {
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, chunk));
        }
    }
}
