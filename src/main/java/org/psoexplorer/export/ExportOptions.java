package org.psoexplorer.export;

/**
 * How to export: the frame elements drawn around the diagram and the settings of each format.
 * Build from {@link #defaults()} and the {@code with...} methods.
 *
 * @param scale       PNG only: pixels per diagram pixel, 1 to 4 (the file records 96 × scale DPI)
 * @param transparent PNG and SVG: leave the background transparent instead of filling it
 * @param title       draw the diagram's title above it (when it has one)
 * @param legend      draw the legend of kinds and relation types below it
 * @param sources     draw the short citations of the sources behind what is shown
 * @param page        PDF only: the page size
 */
public record ExportOptions(double scale, boolean transparent, boolean title, boolean legend, boolean sources,
                            PageSize page) {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    /** PDF page sizes: the diagram's own size, or a paper size it is fitted to, landscape unless named portrait. */
    public enum PageSize {
        FIT("fit"),
        A4("a4"),
        LETTER("letter"),
        A4_PORTRAIT("a4-portrait"),
        LETTER_PORTRAIT("letter-portrait");

        private final String id;

        PageSize(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The size with this id, ignoring case. */
        public static java.util.Optional<PageSize> fromId(String id) {
            return java.util.Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id)).findFirst();
        }

        /** "fit, a4, letter, a4-portrait, letter-portrait", for messages. */
        public static String ids() {
            return String.join(", ", java.util.Arrays.stream(values()).map(PageSize::id).toList());
        }
    }

    public ExportOptions {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between 1 and 4, got " + scale);
        }
        if (page == null) {
            page = PageSize.FIT;
        }
    }

    /** Scale 2, white background, title, legend and sources on, page sized to the diagram. */
    public static ExportOptions defaults() {
        return new ExportOptions(2, false, true, true, true, PageSize.FIT);
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(newScale, transparent, title, legend, sources, page);
    }

    public ExportOptions withTransparent(boolean newTransparent) {
        return new ExportOptions(scale, newTransparent, title, legend, sources, page);
    }

    public ExportOptions withTitle(boolean show) {
        return new ExportOptions(scale, transparent, show, legend, sources, page);
    }

    public ExportOptions withLegend(boolean show) {
        return new ExportOptions(scale, transparent, title, show, sources, page);
    }

    public ExportOptions withSources(boolean show) {
        return new ExportOptions(scale, transparent, title, legend, show, page);
    }

    public ExportOptions withPage(PageSize newPage) {
        return new ExportOptions(scale, transparent, title, legend, sources, newPage);
    }
}
