package org.psoexplorer.graph;

import java.util.List;

/**
 * The relation explorer's sentences from translated messages (the window's resource bundles), so
 * the window and the command line say the same thing in the same language.
 */
public class MessagePathWords implements PathWords {

    /** A message by key, formatted with its arguments in the messages' language. */
    @FunctionalInterface
    public interface Messages {
        String get(String key, Object... args);
    }

    private final Messages messages;

    public MessagePathWords(Messages messages) {
        this.messages = messages;
    }


    @Override
    public String sources(List<String> shortCitations) {
        return messages.get("path.sources", shortCitations.size(), String.join("; ", shortCitations));
    }

    @Override
    public String noSources() {
        return messages.get("path.noSources");
    }

    @Override
    public String quote(String text, String shortCitation, String locator) {
        String where = org.psoexplorer.model.Quote.cite(shortCitation, locator);
        return messages.get("path.quote", text, where);
    }

    @Override
    public String contested(String noteOrNull) {
        return noteOrNull == null || noteOrNull.isBlank() ? messages.get("path.contested")
                : messages.get("path.contestedBecause", noteOrNull);
    }

    @Override
    public String note(String note) {
        return messages.get("path.note", note);
    }

    @Override
    public String steps(int n) {
        return messages.get("path.steps", n);
    }

    @Override
    public String pathTitle(int number, int length) {
        return messages.get("path.title", number, steps(length));
    }

    @Override
    public String sameConcept(String label) {
        return messages.get("path.same", label);
    }

    @Override
    public String direct(String fromLabel, String toLabel, int directRelations) {
        return messages.get("path.direct", fromLabel, toLabel, directRelations);
    }

    @Override
    public String connected(String fromLabel, String toLabel, int shortestLength) {
        return messages.get("path.connected", fromLabel, toLabel, steps(shortestLength));
    }

    @Override
    public String notConnected(String fromLabel, String toLabel) {
        return messages.get("path.notConnected", fromLabel, toLabel);
    }

    @Override
    public String notConnectedOverTypes(String fromLabel, String toLabel, List<String> typeLabels,
                                        boolean connectedOverAllTypes) {
        return messages.get("path.notConnectedTypes", fromLabel, toLabel, String.join(", ", typeLabels))
                + (connectedOverAllTypes ? " " + messages.get("path.connectedOverAll") : "");
    }

    @Override
    public String chainCaution() {
        return messages.get("path.caution");
    }

    @Override
    public String pathsHeading(int shown, List<String> typeLabels) {
        return typeLabels.isEmpty() ? messages.get("path.heading", shown)
                : messages.get("path.headingTypes", shown, String.join(", ", typeLabels));
    }
}
