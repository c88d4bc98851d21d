package org.psoexplorer.diagram;

import java.util.List;

/**
 * Default colours, for kinds and relation types the taxonomy leaves uncoloured: pastel fills that
 * keep dark text readable, and line colours after Okabe and Ito, told apart with colour-blindness.
 */
public final class Palette {

    private static final List<String> FILLS = List.of("#cfe3f7", "#fde2c4", "#d5efe3", "#f3d4e6", "#fbf1b8",
            "#dcd6f2", "#d9ecf5", "#eadccb", "#e4e7ea");
    private static final List<String> LINES = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9",
            "#e69f00", "#7a5195", "#8c6d31", "#555f6b");
    private static final String HIERARCHY = "#3d4650";

    private Palette() {
    }

    public static String fill(int kindIndex) {
        return FILLS.get(Math.floorMod(kindIndex, FILLS.size()));
    }

    public static String line(int typeIndex, boolean hierarchical) {
        return hierarchical ? HIERARCHY : LINES.get(Math.floorMod(typeIndex, LINES.size()));
    }

    /** A border a shade darker than the fill, so boxes stand out on white. */
    public static String darker(String hex, double factor) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (int) (((rgb >> 16) & 0xff) * factor);
        int g = (int) (((rgb >> 8) & 0xff) * factor);
        int b = (int) ((rgb & 0xff) * factor);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
