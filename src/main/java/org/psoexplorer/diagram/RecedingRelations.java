package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A busy view (the built-in taxonomy's overview: 172 relations over 70 concepts) drawn as a room
 * can read it: the hierarchy in full, the other relations faded, except those of the concept the
 * user has selected. The window fades them on screen; an export of the same view fades the same
 * ones, so a slide shows what the lecturer saw.
 */
public final class RecedingRelations {

    /** Up to this many relations (or one and a half per concept) a view draws all of them in full. */
    public static final int BUSY_RELATIONS = 40;

    private RecedingRelations() {
    }

    /** Whether a view has more relations than can be followed when all are drawn alike. */
    public static boolean busy(int concepts, int relations) {
        return relations > Math.max(BUSY_RELATIONS, 1.5 * concepts);
    }

    /** Whether a relation recedes: not part of the hierarchy and not touching the concept in focus. */
    public static boolean recedes(DiagramEdge e, Set<String> backboneTypes, String focus) {
        return !backboneTypes.contains(e.type()) && !touches(e, focus);
    }

    private static boolean touches(DiagramEdge e, String id) {
        return id != null && (e.from().equals(id) || e.to().equals(id));
    }

    /**
     * The diagram with its receding relations faded (a path or tour step already highlighted keeps
     * its own emphasis); a diagram that is not busy comes back as it is.
     */
    public static Diagram fade(Diagram d, Set<String> backboneTypes, String focus) {
        if (!busy(d.nodes().size(), d.edges().size())) {
            return d;
        }
        List<DiagramEdge> edges = new ArrayList<>(d.edges().size());
        for (DiagramEdge e : d.edges()) {
            edges.add(e.emphasis() == Emphasis.NORMAL && recedes(e, backboneTypes, focus)
                    ? new DiagramEdge(e.relationIndex(), e.from(), e.to(), e.type(), e.points(), e.line(), e.contested(),
                    e.label(), Emphasis.DIMMED, e.labelBox())
                    : e);
        }
        return new Diagram(d.title(), d.width(), d.height(), d.nodes(), edges, d.legend(), d.sources(), d.style(),
                d.language(), d.references());
    }
}
