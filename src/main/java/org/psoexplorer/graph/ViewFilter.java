package org.psoexplorer.graph;

import java.util.Set;

/**
 * What the user chose to hide or look at: kinds and relation types switched off, one source to
 * read the taxonomy through, a focus on one concept's neighbourhood, collapsed subtrees, and the
 * year the taxonomy is shown as it stood in.
 *
 * @param onlySource  a source id, or {@code null} for all
 * @param focus       a concept id, or {@code null} for the whole taxonomy
 * @param focusDepth  how many relations away from the focus stay visible (1–3)
 * @param collapsed   concepts whose hierarchical subtrees are folded away
 * @param asOfYear    show only what the literature held by the end of this year (see {@link Timeline}),
 *                    or {@code null} for no timeline
 * @param only        show no concept outside this set (a tour step, the overview); empty for no limit
 */
public record ViewFilter(Set<String> hiddenKinds, Set<String> hiddenRelationTypes, String onlySource,
                         String focus, int focusDepth, Set<String> collapsed, Integer asOfYear, Set<String> only) {

    public static final ViewFilter NONE = new ViewFilter(Set.of(), Set.of(), null, null, 1, Set.of(), null, Set.of());

    public ViewFilter {
        hiddenKinds = Set.copyOf(hiddenKinds);
        hiddenRelationTypes = Set.copyOf(hiddenRelationTypes);
        collapsed = Set.copyOf(collapsed);
        only = Set.copyOf(only);
        focusDepth = Math.max(1, Math.min(3, focusDepth));
    }

    /** A filter with no timeline, as before the timeline existed. */
    public ViewFilter(Set<String> hiddenKinds, Set<String> hiddenRelationTypes, String onlySource, String focus,
                      int focusDepth, Set<String> collapsed) {
        this(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed, null, Set.of());
    }

    /** A filter that limits no concept to a set. */
    public ViewFilter(Set<String> hiddenKinds, Set<String> hiddenRelationTypes, String onlySource, String focus,
                      int focusDepth, Set<String> collapsed, Integer asOfYear) {
        this(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed, asOfYear, Set.of());
    }

    /** Shows no concept outside {@code concepts} (empty: no limit). */
    public ViewFilter withOnly(Set<String> concepts) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed, asOfYear,
                concepts);
    }

    public ViewFilter withHiddenKinds(Set<String> kinds) {
        return new ViewFilter(kinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed, asOfYear, only);
    }

    public ViewFilter withHiddenRelationTypes(Set<String> types) {
        return new ViewFilter(hiddenKinds, types, onlySource, focus, focusDepth, collapsed, asOfYear, only);
    }

    public ViewFilter withOnlySource(String source) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, source, focus, focusDepth, collapsed, asOfYear, only);
    }

    public ViewFilter withFocus(String concept, int depth) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, concept, depth, collapsed, asOfYear, only);
    }

    public ViewFilter withCollapsed(Set<String> concepts) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, concepts, asOfYear, only);
    }

    /** The same filter showing the taxonomy as it stood in {@code year}; {@code null} turns the timeline off. */
    public ViewFilter withAsOfYear(Integer year) {
        return new ViewFilter(hiddenKinds, hiddenRelationTypes, onlySource, focus, focusDepth, collapsed, year, only);
    }

    /** Whether anything at all is filtered out. */
    public boolean isActive() {
        return !hiddenKinds.isEmpty() || !hiddenRelationTypes.isEmpty() || onlySource != null || focus != null
                || !collapsed.isEmpty() || asOfYear != null || !only.isEmpty();
    }
}
