package org.psoexplorer.io;

import java.util.Locale;
import java.util.Optional;

/**
 * One thing wrong (or doubtful) in a taxonomy file, located precisely enough for a user to find it.
 * What it says is kept as {@link Message}s and worded when shown: {@link #message()}, {@link #hint()}
 * and {@link #format()} in English (the command line, its JSON), the forms taking a locale in the
 * window's language.
 *
 * @param file        the file's name as the user gave it
 * @param line        1-based line, or 0 when the problem concerns the whole file
 * @param column      1-based column, or 0 when unknown
 * @param path        where in the document, e.g. {@code concepts[12].quotes[0].source}; empty for the root
 * @param messageText what is wrong
 * @param hintText    what to do about it, or {@code null}
 */
public record Problem(Severity severity, String file, int line, int column, String path, Message messageText,
                      Message hintText) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Locale.ROOT);
    }

    /** What is wrong, in {@code locale}'s language (English where the core has no words in it). */
    public String message(Locale locale) {
        return messageText.format(locale);
    }

    /** What to do about it, in English, or {@code null}. */
    public String hint() {
        return hint(Locale.ROOT);
    }

    /** What to do about it, in {@code locale}'s language, or {@code null}. */
    public String hint(Locale locale) {
        return hintText == null ? null : hintText.format(locale);
    }

    /**
     * The key an entry lacks, for a "Missing "definition" (…)" problem: located on the entry (its
     * path names no key), it belongs beside that field of a form. Read from the message's
     * arguments, not its words, which depend on the language. Empty for every other problem.
     */
    public Optional<String> missingKey() {
        return messageText.key().equals(Fields.MISSING) && messageText.args().get(0) instanceof String key
                ? Optional.of(key) : Optional.empty();
    }

    /** {@code FILE:LINE:COLUMN: message (at path). hint} — the form compilers use, which editors link. */
    public String format() {
        return format(Locale.ROOT);
    }

    /**
     * {@link #format()} in {@code locale}'s language: the location stays as editors read it, the
     * rest is worded ({@code FILE:LINE:COLUMN: avertissement : … (à path). …} in French).
     */
    public String format(Locale locale) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        String text = message(locale);
        if (path != null && !path.isEmpty()) {
            text = Message.of("problem.atPath", text, path).format(locale);
        }
        if (severity == Severity.WARNING) {
            text = Message.of("problem.warning", text).format(locale);
        }
        String hint = hint(locale);
        if (hint != null && !hint.isEmpty()) {
            text = Message.of("problem.withHint", text, hint).format(locale);
        }
        return sb.append(text).toString();
    }
}
