package org.psoexplorer.ui.graph;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Finds the scene nodes drawing a concept, its label or a relation (for a robot's lookup or in a subtree). */
public final class Drawn {

    private Drawn() {
    }

    public static Predicate<Node> concept(String id) {
        return n -> id.equals(n.getProperties().get(DrawnKeys.CONCEPT));
    }

    public static Predicate<Node> label(String id) {
        return n -> id.equals(n.getProperties().get(DrawnKeys.LABEL_OF));
    }

    public static Predicate<Node> relation(int index) {
        return n -> Integer.valueOf(index).equals(n.getProperties().get(DrawnKeys.RELATION));
    }

    public static Predicate<Node> relationLabel(int index) {
        return n -> Integer.valueOf(index).equals(n.getProperties().get(DrawnKeys.RELATION_LABEL_OF));
    }

    /** Any concept's node. */
    public static Predicate<Node> anyConcept() {
        return n -> n.getProperties().containsKey(DrawnKeys.CONCEPT);
    }

    /** The concept a concept's node draws. */
    public static String conceptOf(Node n) {
        return (String) n.getProperties().get(DrawnKeys.CONCEPT);
    }

    /** The first node under (or at) root that the predicate accepts; null when none. */
    public static Node in(Node root, Predicate<Node> which) {
        return find(root, which).orElse(null);
    }

    private static Optional<Node> find(Node n, Predicate<Node> which) {
        if (which.test(n)) {
            return Optional.of(n);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Optional<Node> found = find(c, which);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
