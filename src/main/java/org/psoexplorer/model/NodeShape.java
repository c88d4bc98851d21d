package org.psoexplorer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Shapes a kind of concept may be drawn as. */
public enum NodeShape {
    ROUNDED("rounded"),
    RECTANGLE("rectangle"),
    ELLIPSE("ellipse"),
    HEXAGON("hexagon"),
    DIAMOND("diamond"),
    NOTE("note");

    private final String id;

    NodeShape(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<NodeShape> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(NodeShape::id).toList();
    }
}
