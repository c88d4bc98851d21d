package org.psoexplorer.io;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one file, keeping the first {@link JsonLimits#MAX_PROBLEMS} and counting the rest. */
final class Reporter {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;
    private int errors;

    Reporter(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(Json.Position at, String path, Message message, Message hint) {
        add(new Problem(Problem.Severity.ERROR, file, at.line(), at.column(), path, message, hint));
    }

    void warning(Json.Position at, String path, Message message, Message hint) {
        add(new Problem(Problem.Severity.WARNING, file, at.line(), at.column(), path, message, hint));
    }

    void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        }
        if (problems.size() < JsonLimits.MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** True once further problems are only counted: work spent on their hints would be wasted. */
    boolean full() {
        return problems.size() >= JsonLimits.MAX_PROBLEMS;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<Problem> problems() {
        // Errors first, then warnings, each in file order: what blocks loading comes first.
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> {
            if (a.isError() != b.isError()) {
                return a.isError() ? -1 : 1;
            }
            return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
        });
        return sorted;
    }

    int dropped() {
        return dropped;
    }
}
