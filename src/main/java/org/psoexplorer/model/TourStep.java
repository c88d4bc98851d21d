package org.psoexplorer.model;

import java.util.List;

/**
 * One step of a guided {@link Tour}: what the graph shows, which concept the details follow, which
 * relations stand out, and the caption read to the class.
 *
 * @param concepts  the concepts to show; empty keeps everything visible
 * @param focus     the concept the details pane follows, or {@code null} for the first of {@code concepts}
 * @param relations relations to highlight, possibly none
 * @param layout    one of {@link #LAYOUTS}, or {@code null} to keep the current layout
 * @param caption   a few sentences, in the project's own words
 * @param sources   ids of the sources the caption rests on, possibly none
 * @param view      the id of a saved {@link View} whose arrangement the step shows, or {@code null}
 */
public record TourStep(List<String> concepts, String focus, List<RelationRef> relations, String layout,
                       LocalizedText caption, List<String> sources, String view) {

    /** The layout names a step may ask for (the ids of the application's layouts). */
    public static final List<String> LAYOUTS = List.of("force", "circular", "layered", "radial");

    public TourStep {
        concepts = List.copyOf(concepts);
        relations = List.copyOf(relations);
        sources = List.copyOf(sources);
        caption = caption == null ? LocalizedText.EMPTY : caption;
    }

    /** A step that names no saved view. */
    public TourStep(List<String> concepts, String focus, List<RelationRef> relations, String layout,
                    LocalizedText caption, List<String> sources) {
        this(concepts, focus, relations, layout, caption, sources, null);
    }

    /** The concept the details pane follows: the focus, else the first concept shown, else {@code null}. */
    public String effectiveFocus() {
        if (focus != null) {
            return focus;
        }
        return concepts.isEmpty() ? null : concepts.get(0);
    }

    /** Whether the step keeps the whole taxonomy visible instead of a chosen subgraph. */
    public boolean showsEverything() {
        return concepts.isEmpty();
    }
}
