package org.psoexplorer.layout;

import java.util.Objects;

/**
 * A vertex to lay out: an id and the size of the box that will be drawn for it, in pixels.
 */
public record LayoutVertex(String id, double width, double height) {

    public LayoutVertex {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(width) || !Double.isFinite(height) || width < 0 || height < 0) {
            throw new IllegalArgumentException(
                    "vertex '" + id + "' needs a finite, non-negative size, got " + width + " x " + height);
        }
    }
}
