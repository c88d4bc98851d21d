package org.psoexplorer.export;

import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.LabelWrapper;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.export.Frame.LegendEntry;
import org.psoexplorer.export.Frame.TextRun;

/**
 * Places the title above the diagram and the legend and sources below it. A small diagram gets a
 * frame wide enough for readable legend rows; a large one keeps its own width and the frame text
 * wraps to it.
 */
final class FrameLayout {

    static final double PAD = 20;
    static final double MIN_FRAMED_WIDTH = 560;
    static final double SWATCH_WIDTH = 30;
    static final double SWATCH_HEIGHT = 16;
    private static final double SWATCH_GAP = 7;
    private static final double ITEM_GAP = 22;
    private static final double ROW_GAP = 6;
    private static final double TITLE_GAP = 4;
    private static final double SECTION_GAP = 10;

    private final Fonts fonts;
    private final LabelWrapper wrapper;

    /** "Sources:" in the diagram's language (English when there is no word for it). */
    static String sourcesHeading(String language) {
        java.util.Locale locale = language == null ? java.util.Locale.ROOT : java.util.Locale.forLanguageTag(language);
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("org.psoexplorer.export.words", locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return words.getString("sources");
    }

    FrameLayout(Fonts fonts) {
        this.fonts = fonts;
        this.wrapper = new LabelWrapper(fonts.measurer());
    }

    static int titleSize(Diagram d) {
        return (int) Math.round(d.style().fontSize() * 1.5);
    }

    static int legendSize(Diagram d) {
        return (int) Math.max(9, Math.round(d.style().fontSize() - 1));
    }

    static int sourcesSize(Diagram d) {
        return (int) Math.max(8, Math.round(d.style().fontSize() - 2));
    }

    Frame layout(Diagram d, ExportOptions options) {
        String titleText = Texts.clean(d.title()).strip();
        boolean hasTitle = options.title() && !titleText.isEmpty();
        List<LegendItem> items = options.legend() ? d.legend() : List.of();
        List<String> cited = !options.sources() ? List.of() : d.references().isEmpty() ? d.sources() : d.references();
        boolean hasFooter = !items.isEmpty() || !cited.isEmpty();
        int legendSize = legendSize(d);
        int titleSize = titleSize(d);
        int sourcesSize = sourcesSize(d);

        double width = d.width();
        if (hasTitle || hasFooter) {
            width = Math.max(width, MIN_FRAMED_WIDTH);
        }
        for (LegendItem item : items) {
            width = Math.max(width, itemWidth(item, legendSize) + 2 * PAD);
        }
        for (String entry : d.references().isEmpty() ? List.<String>of() : cited) {
            // A URL in an entry cannot be broken: the frame widens to it rather than cut it.
            for (String word : Texts.clean(entry).split("\\s+")) {
                width = Math.max(width, fonts.drawnWidth(word, sourcesSize, false) + 2 * PAD + sourcesSize * 1.5);
            }
        }
        double inner = width - 2 * PAD;

        double y = 0;
        List<TextRun> title = new ArrayList<>();
        if (hasTitle) {
            y = PAD;
            List<String> lines = wrapper.wrap(titleText, inner, titleSize, true);
            for (String line : lines) {
                width = Math.max(width, fonts.drawnWidth(line, titleSize, true) + 2 * PAD);
            }
            for (String line : lines) {
                double w = fonts.drawnWidth(line, titleSize, true);
                title.add(new TextRun(line, (width - w) / 2, y + fonts.baselineOffset(titleSize, true), titleSize,
                        true, w));
                y += fonts.lineHeight(titleSize);
            }
            y += TITLE_GAP;
        }
        double diagramX = (width - d.width()) / 2;
        double diagramY = y;
        y += d.height();

        double separatorY = Double.NaN;
        List<LegendEntry> legend = new ArrayList<>();
        List<TextRun> sources = new ArrayList<>();
        if (hasFooter) {
            separatorY = y;
            y += SECTION_GAP;
            if (!items.isEmpty()) {
                y = legend(items, legendSize, width, y, legend) + SECTION_GAP;
            }
            if (!cited.isEmpty()) {
                List<String> paragraphs = new ArrayList<>();
                if (d.references().isEmpty()) {
                    paragraphs.add(sourcesHeading(d.language()) + " "
                            + String.join("; ", cited.stream().map(Texts::clean).distinct().toList()) + ".");
                } else {
                    // Full entries in a citation style: one paragraph each, as a bibliography prints them.
                    paragraphs.add(sourcesHeading(d.language()));
                    cited.stream().map(Texts::clean).distinct().forEach(paragraphs::add);
                }
                // Entries hang, as in a printed bibliography, so each one's first line stands out.
                double hanging = d.references().isEmpty() ? 0 : sourcesSize * 1.5;
                for (String paragraph : paragraphs) {
                    List<String> lines = wrapper.wrap(paragraph, inner - hanging, sourcesSize, false);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        sources.add(new TextRun(line, PAD + (i == 0 ? 0 : hanging),
                                y + fonts.baselineOffset(sourcesSize, false), sourcesSize, false,
                                fonts.drawnWidth(line, sourcesSize, false)));
                        y += fonts.lineHeight(sourcesSize);
                    }
                }
            }
            y += PAD - SECTION_GAP / 2;
        }
        return new Frame(width, Math.max(y, d.height()), diagramX, diagramY, title, legend, sources, separatorY);
    }

    /** Flows the entries in rows from the left; relation types start a row of their own. Returns the bottom. */
    private double legend(List<LegendItem> items, int size, double width, double top, List<LegendEntry> out) {
        double rowHeight = Math.max(SWATCH_HEIGHT, fonts.lineHeight(size));
        double x = PAD;
        double y = top;
        Boolean previousKind = null;
        for (LegendItem item : items) {
            double w = itemWidth(item, size);
            boolean newGroup = previousKind != null && previousKind != item.isKind();
            if (x > PAD && (newGroup || x + w > width - PAD)) {
                x = PAD;
                y += rowHeight + ROW_GAP;
            }
            String label = Texts.clean(item.label());
            double labelWidth = fonts.drawnWidth(label, size, false);
            TextRun text = new TextRun(label, x + SWATCH_WIDTH + SWATCH_GAP,
                    y + (rowHeight - fonts.lineHeight(size)) / 2 + fonts.baselineOffset(size, false), size, false,
                    labelWidth);
            out.add(new LegendEntry(item, x, y + (rowHeight - SWATCH_HEIGHT) / 2, SWATCH_WIDTH, SWATCH_HEIGHT, text));
            x += w + ITEM_GAP;
            previousKind = item.isKind();
        }
        return y + rowHeight;
    }

    private double itemWidth(LegendItem item, int size) {
        return SWATCH_WIDTH + SWATCH_GAP + fonts.drawnWidth(Texts.clean(item.label()), size, false);
    }
}
