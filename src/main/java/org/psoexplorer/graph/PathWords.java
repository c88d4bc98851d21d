package org.psoexplorer.graph;

import java.util.List;

/**
 * Every word the relation explorer says, in one place. The defaults are English; a French (or any)
 * edition overrides the methods, typically by reading a resource bundle, without touching
 * {@link PathNarrator} or the command line.
 *
 * <p>The link methods give what stands between two concept labels in a sentence such as
 * "Conflict prevention — precedes → Peacemaking".
 */
public interface PathWords {

    /** English, the taxonomy's usual default language. */
    PathWords ENGLISH = new PathWords() {
    };

    /** A relation read along its direction: "— precedes →". */
    default String forwardLink(String label) {
        return "— " + label + " →";
    }

    /** A relation read against its direction with the type's inverse label: "— has kind →". */
    default String inverseLink(String inverseLabel) {
        return "— " + inverseLabel + " →";
    }

    /** A relation read against its direction when its type has no inverse label: "← is a kind of —". */
    default String reversedLink(String label) {
        return "← " + label + " —";
    }

    /** A relation of an undirected type, which reads the same both ways: "— complements —". */
    default String undirectedLink(String label) {
        return "— " + label + " —";
    }

    /** A concept label followed by a link and the next label, e.g. for one step on its own line. */
    default String step(String fromLabel, String link, String toLabel) {
        return fromLabel + " " + link + " " + toLabel;
    }

    /** A short citation that another source shares, told apart by its title: John Karlsrud 2017, “Towards…”. */
    default String citationWithTitle(String shortCitation, String title) {
        return shortCitation + ", “" + title + "”";
    }

    default String sources(List<String> shortCitations) {
        return (shortCitations.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", shortCitations);
    }

    default String noSources() {
        return "No source given for this relation";
    }

    /** A verbatim quote with where it comes from: “…” (UN DPKO 2008, p. 18). */
    default String quote(String text, String shortCitation, String locator) {
        String where = org.psoexplorer.model.Quote.cite(shortCitation, locator);
        return "“" + text + "” (" + where + ")";
    }

    /** The marker for a contested step, with the relation's note when it has one. */
    default String contested(String noteOrNull) {
        return noteOrNull == null || noteOrNull.isBlank() ? "Contested" : "Contested: " + noteOrNull;
    }

    /** A relation's note on a step that is not contested. */
    default String note(String note) {
        return "Note: " + note;
    }

    default String steps(int n) {
        return n == 1 ? "1 step" : n + " steps";
    }

    /** A path's heading in a list: "Path 2 (3 steps)". */
    default String pathTitle(int number, int length) {
        return "Path " + number + " (" + steps(length) + ")";
    }

    default String sameConcept(String label) {
        return label + " and " + label + " are the same concept: there is no relation to look for.";
    }

    default String direct(String fromLabel, String toLabel, int directRelations) {
        return fromLabel + " and " + toLabel + " are directly related ("
                + (directRelations == 1 ? "1 relation" : directRelations + " relations") + ").";
    }

    default String connected(String fromLabel, String toLabel, int shortestLength) {
        return fromLabel + " and " + toLabel + " are not directly related; they connect through other concepts"
                + " (shortest: " + steps(shortestLength) + ").";
    }

    default String notConnected(String fromLabel, String toLabel) {
        return "No connection: no chain of relations links " + fromLabel + " and " + toLabel
                + " in this taxonomy, in either direction.";
    }

    /**
     * No connection over the relation types the user kept.
     *
     * @param connectedOverAllTypes whether including every type would connect them
     */
    default String notConnectedOverTypes(String fromLabel, String toLabel, List<String> typeLabels,
                                         boolean connectedOverAllTypes) {
        return "No connection: no chain of relations of type " + String.join(", ", typeLabels) + " links "
                + fromLabel + " and " + toLabel + "."
                + (connectedOverAllTypes ? " They do connect when every relation type is included." : "");
    }

    /**
     * A caution under the heading when some path has several steps: relations such as "is distinct
     * from" do not chain, so a path is a series of claims, not a claim about its two ends.
     */
    default String chainCaution() {
        return "Each step is a separate claim with its own sources; a chain of steps does not by itself"
                + " say how the two ends relate.";
    }

    /** The line above the list of paths. */
    default String pathsHeading(int shown, List<String> typeLabels) {
        String what = shown == 1 ? "1 path" : shown + " paths, shortest first,";
        return typeLabels.isEmpty()
                ? what + " over every relation type:"
                : what + " over relations of type " + String.join(", ", typeLabels) + ":";
    }
}
