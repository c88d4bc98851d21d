package org.psoexplorer.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.psoexplorer.io.LoadResult;
import org.psoexplorer.io.Problem;
import org.psoexplorer.io.TaxonomyLoader;

/**
 * What must hold for any bytes given to the loader: it answers (no exception but its own problems)
 * within {@link Deadline#LIMIT}, every problem lies inside the file, and no message leaks Jackson's
 * wording or runs on for ever.
 */
final class LoaderInvariants {

    /** Longest message accepted: abbreviations keep quoted texts far shorter. */
    static final int MAX_MESSAGE_CHARS = 2_000;
    /** Words only Jackson uses: a backtick alone may come from the file, so it is no sign. */
    private static final java.util.List<String> JACKSON_WORDS = java.util.List.of("JsonReadFeature", "JsonParser",
            "StreamReadConstraints", "ALLOW_", "com.fasterxml", "`JsonReadFeature", "(CTRL-CHAR");

    private LoaderInvariants() {
    }

    /** Loads {@code bytes} and checks the invariants; returns the result for further checks. */
    static LoadResult check(byte[] bytes) {
        LoadResult result = Deadline.within(() -> {
            try {
                return new TaxonomyLoader().load("fuzz.json", new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Lines lines = new Lines(bytes);
        for (Problem p : result.problems()) {
            if (p.line() == 0) {
                require(p.column() == 0, p, "a whole-file problem has no column");
                continue;
            }
            require(p.line() >= 1 && p.line() <= lines.count(), p, "line outside the file (" + lines.count() + " lines)");
            require(p.column() >= 1 && p.column() <= lines.maxLength() + 1, p,
                    "column outside the file (longest line " + lines.maxLength() + ")");
            String text = p.message() + " " + (p.hint() == null ? "" : p.hint());
            require(JACKSON_WORDS.stream().noneMatch(text::contains), p, "Jackson's own words in the message");
            require(p.message().length() <= MAX_MESSAGE_CHARS, p, "message not abbreviated");
        }
        require(result.ok() == result.errors().isEmpty(), null, "a taxonomy exactly when there are no errors");
        return result;
    }

    private static void require(boolean holds, Problem p, String what) {
        if (!holds) {
            String shown = p == null ? "" : ": " + abbreviated(p.format());
            throw new AssertionError("Invariant broken, " + what + shown);
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /**
     * Line count and longest line in bytes (an upper bound on columns, which count characters).
     * Lines end as the loader and editors say: LF, CR LF or a lone CR.
     */
    private static final class Lines {
        private int count = 1;
        private int maxLength;

        Lines(byte[] bytes) {
            int length = 0;
            for (int i = 0; i < bytes.length; i++) {
                byte b = bytes[i];
                if (b == '\n' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    count++;
                    length = 0;
                } else if (b != '\r') {
                    length++;
                    maxLength = Math.max(maxLength, length);
                }
            }
        }

        int count() {
            return count;
        }

        int maxLength() {
            return maxLength;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Duration limit() {
        return Deadline.LIMIT;
    }
}
