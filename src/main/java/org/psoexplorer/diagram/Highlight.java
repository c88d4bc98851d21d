package org.psoexplorer.diagram;

import java.util.Set;

/**
 * What stands out in a drawing: the selected concept, and a set of concepts and relations to
 * highlight (a hovered neighbourhood, a path) while everything else is dimmed.
 *
 * @param selected  a concept id, or {@code null}
 * @param concepts  highlighted concepts; when empty nothing is dimmed
 * @param relations highlighted relations, by index in the taxonomy
 */
public record Highlight(String selected, Set<String> concepts, Set<Integer> relations) {

    public static final Highlight NONE = new Highlight(null, Set.of(), Set.of());

    public Highlight {
        concepts = Set.copyOf(concepts);
        relations = Set.copyOf(relations);
    }

    public boolean dimsOthers() {
        return !concepts.isEmpty();
    }
}
