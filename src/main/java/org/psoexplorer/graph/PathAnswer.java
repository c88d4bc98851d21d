package org.psoexplorer.graph;

import java.util.List;

/**
 * What {@link PathFinder} found for a {@link PathQuery}.
 *
 * @param query                the question asked
 * @param outcome              which kind of answer this is
 * @param paths                the paths found, shortest first; empty for {@link Outcome#SAME_CONCEPT}
 *                             and {@link Outcome#NOT_CONNECTED}
 * @param connectedOverAllTypes for {@link Outcome#NOT_CONNECTED} with a type restriction: whether the
 *                             two concepts would connect if every relation type were walked (so the
 *                             user can widen the filter); otherwise {@code false}
 */
public record PathAnswer(PathQuery query, Outcome outcome, List<ConceptPath> paths, boolean connectedOverAllTypes) {

    /** The kinds of answer, each worded differently. */
    public enum Outcome {
        /** The two ends are one concept. */
        SAME_CONCEPT,
        /** At least one relation links the two concepts directly; those come first in {@link #paths()}. */
        DIRECT,
        /** The concepts connect only through others. */
        CONNECTED,
        /** No chain of (allowed) relations links them. */
        NOT_CONNECTED
    }

    public PathAnswer {
        paths = List.copyOf(paths);
    }

    public boolean connected() {
        return outcome == Outcome.DIRECT || outcome == Outcome.CONNECTED;
    }

    /** The 1-step paths: the relations that link the two concepts directly. */
    public List<ConceptPath> directPaths() {
        return paths.stream().filter(ConceptPath::isDirect).toList();
    }
}
