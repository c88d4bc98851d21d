package org.psoexplorer.graph;

import java.util.Set;

/**
 * What the user chose to hide or look at: kinds and relation types switched off, one source to
 * read the taxonomy through, a focus on one concept's neighbourhood, collapsed subtrees.
 *
 * @param onlySource  a source id, or {@code null} for all
 * @param focus       a concept id, or {@code null} for the whole taxonomy
 * @param focusDepth  how many relations away from the focus stay visible (1–3)
 * @param collapsed   concepts whose hierarchical subtrees are folded away
 */
public record ViewFilter(Set<String> hiddenKinds, Set<String> hiddenRelationTypes, String onlySource,
                         String focus, int focusDepth, Set<String> collapsed) {

    public static final ViewFilter NONE = new ViewFilter(Set.of(), Set.of(), null, null, 1, Set.of());

    public ViewFilter {
        hiddenKinds = Set.copyOf(hiddenKinds);
        hiddenRelationTypes = Set.copyOf(hiddenRelationTypes);
        collapsed = Set.copyOf(collapsed);
        focusDepth = Math.max(1, Math.min(3, focusDepth));
    }

    public ViewFilter withHiddenKinds(Set<String> kinds) {
        return new ViewFilter(kinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed);
    }

    public ViewFilter withHiddenRelationTypes(Set<String> types) {
        return new ViewFilter(hiddenKinds, types, onlySource, focus, focusDepth, collapsed);
    }

    public ViewFilter withOnlySource(String source) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, source, focus, focusDepth, collapsed);
    }

    public ViewFilter withFocus(String concept, int depth) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, concept, depth, collapsed);
    }

    public ViewFilter withCollapsed(Set<String> concepts) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, concepts);
    }

    /** Whether anything at all is filtered out. */
    public boolean isActive() {
        return !hiddenKinds.isEmpty() || !hiddenRelationTypes.isEmpty() || onlySource != null || focus != null
                || !collapsed.isEmpty();
    }
}
