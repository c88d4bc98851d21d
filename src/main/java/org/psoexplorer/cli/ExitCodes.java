package org.psoexplorer.cli;

/** Exit codes shared by every sub-command. */
final class ExitCodes {
    static final int OK = 0;
    /** Invalid input (a taxonomy with errors), or a question with no answer (no path). */
    static final int INVALID = 1;
    /** Wrong usage, or a file that cannot be read or written. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
