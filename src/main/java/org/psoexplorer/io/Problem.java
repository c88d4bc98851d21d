package org.psoexplorer.io;

/**
 * One thing wrong (or doubtful) in a taxonomy file, located precisely enough for a user to find it.
 *
 * @param file   the file's name as the user gave it
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param path   where in the document, e.g. {@code concepts[12].quotes[0].source}; empty for the root
 * @param hint   what to do about it, or {@code null}
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message,
                      String hint) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: message (at path). hint} — the form compilers use, which editors link. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        sb.append(message);
        if (path != null && !path.isEmpty()) {
            sb.append(" (at ").append(path).append(')');
        }
        if (hint != null && !hint.isEmpty()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
