package org.psoexplorer.layout;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The layouts a user can choose, with the stable ids used in settings files and on the command
 * line.
 */
public enum LayoutKind {
    FORCE("force", ForceLayout::new),
    CIRCULAR("circular", CircularLayout::new),
    LAYERED("layered", LayeredLayout::new),
    RADIAL("radial", RadialLayout::new);

    private final String id;
    private final Supplier<LayoutAlgorithm> factory;

    LayoutKind(String id, Supplier<LayoutAlgorithm> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The stable id, such as {@code "layered"}. */
    public String id() {
        return id;
    }

    /** A new instance of the algorithm (instances hold no state, but nothing requires sharing them). */
    public LayoutAlgorithm algorithm() {
        return factory.get();
    }

    /**
     * Whether its drawing's shape is what it shows, so concepts may not be moved apart to make room for
     * their names ({@link LabelRoom}): a circle of 70 concepts moved apart was a scattered blob, its
     * radius varying by a fifth, and no longer read as a circle.
     */
    public boolean keepsItsShape() {
        return this == CIRCULAR;
    }

    /** The kind with the given id, ignoring case. */
    public static LayoutKind fromId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown layout '" + id + "', expected one of force, circular, layered, radial"));
    }
}
