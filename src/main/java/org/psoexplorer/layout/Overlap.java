package org.psoexplorer.layout;

/**
 * Two vertices whose boxes overlap (or are closer than a required gap), as reported by
 * {@link Layout#overlaps(double)}. {@code first} comes before {@code second} in vertex order.
 */
public record Overlap(String first, String second) {
}
