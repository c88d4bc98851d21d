package org.psoexplorer.layout;

/**
 * Settings shared by all layout algorithms. Build from {@link #defaults()} and the {@code with...}
 * methods.
 *
 * @param seed           seeds every random choice: the same graph, options and seed always give
 *                       the same layout
 * @param spacing        the least gap between any two boxes, in pixels
 * @param margin         the empty border around the drawing once normalized, in pixels
 * @param layerGap       layered layout: the vertical gap between layers, in pixels (at least
 *                       {@code spacing} is used)
 * @param centre         radial layout: the vertex in the middle, or {@code null} to let the
 *                       algorithm pick the best connected vertex
 * @param parentIsTarget layered layout: whether a hierarchical edge points from child to parent
 *                       (the taxonomy's convention, "peacekeeping is a kind of PSO" is the edge
 *                       peacekeeping → pso, and pso is drawn above). When {@code false}, the edge
 *                       source is the parent instead. Either way the parent is drawn above.
 * @param aspectRatio    the width over height the drawing should approach, such as the canvas's
 *                       (1366 / 768 for a laptop), or 0 to let each algorithm choose (about 16:10).
 *                       The layered layout meets it by how wide it makes the rows of concepts
 *                       outside the hierarchy; the other layouts by how they pack components.
 */
public record LayoutOptions(long seed, double spacing, double margin, double layerGap, String centre,
                            boolean parentIsTarget, double aspectRatio) {

    public static final long DEFAULT_SEED = 42L;
    public static final double DEFAULT_SPACING = 24;
    public static final double DEFAULT_MARGIN = 24;
    public static final double DEFAULT_LAYER_GAP = 64;

    /** Options with no target aspect ratio. */
    public LayoutOptions(long seed, double spacing, double margin, double layerGap, String centre,
                         boolean parentIsTarget) {
        this(seed, spacing, margin, layerGap, centre, parentIsTarget, 0);
    }

    public LayoutOptions {
        requireNonNegative("aspectRatio", aspectRatio);
        requireNonNegative("spacing", spacing);
        requireNonNegative("margin", margin);
        requireNonNegative("layerGap", layerGap);
    }

    /** Seed 42, spacing 24 px, margin 24 px, layer gap 64 px, no centre, parent is the target. */
    public static LayoutOptions defaults() {
        return new LayoutOptions(DEFAULT_SEED, DEFAULT_SPACING, DEFAULT_MARGIN, DEFAULT_LAYER_GAP, null, true);
    }

    public LayoutOptions withSeed(long newSeed) {
        return new LayoutOptions(newSeed, spacing, margin, layerGap, centre, parentIsTarget, aspectRatio);
    }

    public LayoutOptions withSpacing(double newSpacing) {
        return new LayoutOptions(seed, newSpacing, margin, layerGap, centre, parentIsTarget, aspectRatio);
    }

    public LayoutOptions withMargin(double newMargin) {
        return new LayoutOptions(seed, spacing, newMargin, layerGap, centre, parentIsTarget, aspectRatio);
    }

    public LayoutOptions withLayerGap(double newLayerGap) {
        return new LayoutOptions(seed, spacing, margin, newLayerGap, centre, parentIsTarget, aspectRatio);
    }

    public LayoutOptions withCentre(String newCentre) {
        return new LayoutOptions(seed, spacing, margin, layerGap, newCentre, parentIsTarget, aspectRatio);
    }

    public LayoutOptions withParentIsTarget(boolean newParentIsTarget) {
        return new LayoutOptions(seed, spacing, margin, layerGap, centre, newParentIsTarget, aspectRatio);
    }

    /**
     * The same options aiming the drawing at {@code ratio} (width over height), for instance the
     * canvas's, so a fit to the window wastes less of it; 0 for the algorithms' own choice.
     */
    public LayoutOptions withAspectRatio(double ratio) {
        return new LayoutOptions(seed, spacing, margin, layerGap, centre, parentIsTarget, ratio);
    }

    /** The aspect ratio to pack towards: the one asked for, else the packer's default. */
    double packingAspect() {
        return aspectRatio > 0 ? aspectRatio : ComponentPacker.TARGET_ASPECT;
    }

    private static void requireNonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, got " + value);
        }
    }
}
