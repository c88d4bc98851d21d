package org.psoexplorer.io;

import java.util.Collection;
import java.util.Map;

/**
 * Reports a reference to an id the file does not declare, with the closest declared one as a "did
 * you mean" (one suggestion index per declared list, shared by every checker of the file).
 */
final class UnknownIds {

    private final Reporter reporter;
    private final Map<Collection<String>, Suggestions.Index> suggestions = new java.util.IdentityHashMap<>();

    UnknownIds(Reporter reporter) {
        this.reporter = reporter;
    }

    /** {@code id}, an entry of kind {@code what}, is not among {@code declared} (the list {@code what.listKey()}). */
    void report(String id, Collection<String> declared, Json.Position at, String path, Entry what) {
        Message message = what.unknown(Excerpt.of(id));
        if (reporter.full()) {
            reporter.error(at, path, message, null);
            return;
        }
        Message hint = suggestions.computeIfAbsent(declared, Suggestions.Index::new).closest(id)
                .map(Suggestions::didYouMean)
                .orElse(Message.of("unknown.hint", what.listKey()));
        reporter.error(at, path, message, hint);
    }
}
