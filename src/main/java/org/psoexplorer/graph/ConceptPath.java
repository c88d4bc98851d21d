package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple path between two concepts: a chain of relations, each walked forward or backward, that
 * visits no concept twice.
 *
 * @param from  the concept the path starts at
 * @param to    the concept it ends at
 * @param steps the relations walked, in order; never empty
 */
public record ConceptPath(String from, String to, List<PathStep> steps) {

    public ConceptPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A path has at least one step");
        }
        String at = from;
        for (PathStep s : steps) {
            if (!s.from().equals(at)) {
                throw new IllegalArgumentException("Step " + s.from() + " → " + s.to() + " does not start at " + at);
            }
            at = s.to();
        }
        if (!at.equals(to)) {
            throw new IllegalArgumentException("The path ends at " + at + ", not at " + to);
        }
    }

    /** The number of relations walked. */
    public int length() {
        return steps.size();
    }

    /** Whether one relation links the two concepts. */
    public boolean isDirect() {
        return steps.size() == 1;
    }

    /** The concepts along the path, both ends included. */
    public List<String> concepts() {
        List<String> ids = new ArrayList<>(steps.size() + 1);
        ids.add(from);
        steps.forEach(s -> ids.add(s.to()));
        return List.copyOf(ids);
    }

    /** The file indices of the relations walked, in order (for highlighting edges). */
    public List<Integer> relationIndices() {
        return steps.stream().map(PathStep::relationIndex).toList();
    }

    /** Whether every step is backed by a source or a quote. */
    public boolean fullySourced() {
        return steps.stream().allMatch(PathStep::sourced);
    }

    /** How many steps no source or quote backs. */
    public int unsourcedSteps() {
        return (int) steps.stream().filter(s -> !s.sourced()).count();
    }

    /** Compares index lists element by element, as words in a dictionary. */
    static int compareLexicographically(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
