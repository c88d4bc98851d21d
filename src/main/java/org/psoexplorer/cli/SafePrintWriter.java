package org.psoexplorer.cli;

import java.io.PrintWriter;

/**
 * The writer every command prints to: each line given to {@code println} is escaped with
 * {@link TerminalText#escape}, so no character from a file can act on the terminal. {@code print}
 * passes text through unchanged: it is for output whose line breaks are its own and whose texts are
 * already escaped, namely JSON (see {@link SafeJson}) and picocli's help.
 */
final class SafePrintWriter extends PrintWriter {

    SafePrintWriter(PrintWriter out) {
        super(out, true);
    }

    @Override
    public void println(String line) {
        synchronized (lock) {
            super.print(TerminalText.escape(line));
            super.println();
        }
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }
}
