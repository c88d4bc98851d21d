package org.psoexplorer.model;

/**
 * A kind of concept (operation type, principle, actor...), drawn distinctly.
 *
 * @param color a CSS hex colour such as {@code #1f77b4}, or {@code null} for the palette's choice
 * @param shape one of {@link NodeShape}, or {@code null} for the default
 */
public record Kind(String id, LocalizedText label, String color, NodeShape shape) {
}
