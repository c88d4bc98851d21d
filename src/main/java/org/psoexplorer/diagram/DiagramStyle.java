package org.psoexplorer.diagram;

/**
 * Fonts, sizes and colours of a drawing. Colours live here and in {@link Palette} only, so the
 * screen and the exports agree.
 *
 * @param fontFamily      first choice; renderers add generic fallbacks
 * @param maxLabelWidth   labels wrap beyond this width
 */
public record DiagramStyle(String fontFamily, double fontSize, double maxLabelWidth, double paddingX, double paddingY,
                           double edgeWidth, double arrowSize, String textColor, String background,
                           String edgeLabelColor, String dimmedOpacity) {

    public static final DiagramStyle DEFAULT = new DiagramStyle("DejaVu Sans", 13, 150, 12, 8, 1.4, 9,
            "#1b1f24", "#ffffff", "#3d4650", "0.18");

    public double dimmed() {
        return Double.parseDouble(dimmedOpacity);
    }
}
