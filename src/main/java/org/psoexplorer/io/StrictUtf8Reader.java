package org.psoexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and, unlike {@code InputStreamReader}, says on which line and column the
 * first invalid byte sits: the decoder runs ahead of the parser, so the parser's position is no help.
 * A leading byte-order mark is dropped.
 */
final class StrictUtf8Reader extends Reader {

    /** Thrown at the first byte that is not UTF-8, with the position it would have had. */
    static final class InvalidUtf8Exception extends IOException {
        final int line;
        final int column;

        InvalidUtf8Exception(int line, int column) {
            super("Invalid UTF-8 at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean atStart = true;
    private InvalidUtf8Exception pending;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chunk; false at the end of input. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && pending == null) {
            if (!bytes.hasRemaining() && endOfInput) {
                break;
            }
            if (!endOfInput) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                pending = new InvalidUtf8Exception(0, 0);
            } else if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
        }
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        track();
        if (pending != null) {
            pending = new InvalidUtf8Exception(line, column);
        }
        return chars.hasRemaining() || pending != null;
    }

    /**
     * Advances line and column over the chunk about to be handed out. Line breaks are counted as
     * the JSON parser and editors count them: LF, CR LF, and a lone CR (old Mac files).
     */
    private void track() {
        // Every character of the file passes here: a plain loop on the backing array, not a checked call per character.
        // Only line breaks need a look: the column is counted from the last one at the end.
        char[] a = chars.array();
        int begin = chars.arrayOffset() + chars.position();
        int end = chars.arrayOffset() + chars.limit();
        int lastBreak = -1;
        for (int i = begin; i < end; i++) {
            char c = a[i];
            if (c > '\r') {
                continue;
            }
            if (c == '\r' || c == '\n' && !(i > begin ? a[i - 1] == '\r' : afterCr)) {
                line++;
                lastBreak = i;
            } else if (c == '\n') {
                lastBreak = i; // the LF of a CR LF: the CR began the line
            }
        }
        if (end > begin) {
            column = lastBreak < 0 ? column + (end - begin) : end - lastBreak;
            afterCr = a[end - 1] == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
