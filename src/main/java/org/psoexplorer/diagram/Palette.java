package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.List;
import org.psoexplorer.model.RelationType;

/**
 * Default colours, for kinds and relation types the taxonomy leaves uncoloured: pastel fills that
 * keep dark text readable, and line styles that stay apart for colour-blind viewers.
 *
 * <p>Line colours are the Okabe–Ito qualitative palette (M. Okabe and K. Ito, "Color Universal
 * Design (CUD): how to make figures and presentations that are friendly to colorblind people",
 * 2008; recommended by Wong, "Points of view: Color blindness", Nature Methods 8:441, 2011),
 * without its yellow, which is too light for thin lines on white; its black is a dark grey
 * reserved for the hierarchy. Six colours alone cannot separate fifteen relation types, so each
 * colour comes with three dash patterns and two arrowheads: {@link #lineStyles} hands the types
 * shown in a view distinct combinations, colour first.
 */
public final class Palette {

    private static final List<String> FILLS = List.of("#cfe3f7", "#fde2c4", "#d5efe3", "#f3d4e6", "#fbf1b8",
            "#dcd6f2", "#d9ecf5", "#eadccb", "#e4e7ea");
    /** Okabe–Ito blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    private static final List<String> LINES = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
            "#56b4e9");
    private static final String HIERARCHY = "#3d4650";
    /** Patterns in the order they are handed out; {@link LineStyle.Dash#DASHED} marks contested relations. */
    private static final List<LineStyle.Dash> DASHES = List.of(LineStyle.Dash.SOLID, LineStyle.Dash.DOTTED,
            LineStyle.Dash.DASH_DOT);

    private Palette() {
    }

    public static String fill(int kindIndex) {
        return FILLS.get(Math.floorMod(kindIndex, FILLS.size()));
    }

    /** The colour of the {@code typeIndex}-th relation type when every type is shown (see {@link #lineStyles}). */
    public static String line(int typeIndex, boolean hierarchical) {
        return hierarchical ? HIERARCHY : LINES.get(Math.floorMod(typeIndex, LINES.size()));
    }

    /**
     * One line style per relation type, for the types a view shows, in their order: no two alike
     * (up to {@value #DISTINCT_STYLES} non-hierarchical and three hierarchical types; beyond that
     * they repeat). Hierarchical types are dark grey, solid first; the others take the colours in
     * turn, solid with a filled arrowhead, then dotted with an open one, then dash-dotted with a
     * filled one. Assigning per view keeps the first, most distinct styles for what is on screen.
     */
    public static List<LineStyle> lineStyles(List<RelationType> types) {
        List<LineStyle> styles = new ArrayList<>(types.size());
        int hierarchical = 0;
        int other = 0;
        for (RelationType type : types) {
            if (type.hierarchical()) {
                LineStyle.Dash dash = DASHES.get(hierarchical++ % DASHES.size());
                styles.add(new LineStyle(HIERARCHY, dash, arrow(type, dash)));
            } else {
                int k = other++ % DISTINCT_STYLES;
                LineStyle.Dash dash = DASHES.get(k / LINES.size());
                styles.add(new LineStyle(LINES.get(k % LINES.size()), dash, arrow(type, dash)));
            }
        }
        return styles;
    }

    /** Distinct non-hierarchical line styles: each colour with each pattern. */
    public static final int DISTINCT_STYLES = 18;

    private static LineStyle.Arrowhead arrow(RelationType type, LineStyle.Dash dash) {
        if (!type.directed()) {
            return LineStyle.Arrowhead.NONE;
        }
        return dash == LineStyle.Dash.DOTTED ? LineStyle.Arrowhead.OPEN : LineStyle.Arrowhead.FILLED;
    }

    /** A border a shade darker than the fill, so boxes stand out on white. */
    public static String darker(String hex, double factor) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (int) (((rgb >> 16) & 0xff) * factor);
        int g = (int) (((rgb >> 8) & 0xff) * factor);
        int b = (int) ((rgb & 0xff) * factor);
        if (((r | g | b) & ~0xff) != 0) {
            return String.format("#%02x%02x%02x", r, g, b); // a factor outside [0, 1]: as many digits as it takes
        }
        // Once per concept drawn: written out, as String.format costs a parse of its pattern each time.
        char[] out = {'#', HEX[r >> 4], HEX[r & 0xf], HEX[g >> 4], HEX[g & 0xf], HEX[b >> 4], HEX[b & 0xf]};
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
