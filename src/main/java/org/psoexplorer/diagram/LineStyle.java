package org.psoexplorer.diagram;

/**
 * How a relation type's line looks: colour, dash pattern and arrowhead. Within one view every
 * relation type shown gets its own combination (see {@link Palette#lineStyles}), so types can be
 * told apart without relying on colour alone; the legend draws the same sample.
 *
 * @param color "#rrggbb"
 */
public record LineStyle(String color, Dash dash, Arrowhead arrowhead) {

    /** Dash patterns. {@link #DASHED} is kept for contested relations, whatever their type. */
    public enum Dash {
        SOLID(new double[0]),
        DOTTED(new double[] {1.2, 2.4}),
        DASH_DOT(new double[] {6, 2.5, 1.2, 2.5}),
        DASHED(new double[] {4.5, 3});

        private final double[] unit;

        Dash(double[] unit) {
            this.unit = unit;
        }

        /**
         * The on/off lengths for a line of the given width, in the same units as the width (empty
         * for a solid line): dashes scale with the line so a thick highlighted line keeps its pattern.
         */
        public double[] pattern(double lineWidth) {
            double[] p = unit.clone();
            double k = Math.max(1.4, lineWidth);
            for (int i = 0; i < p.length; i++) {
                p[i] *= k;
            }
            return p;
        }
    }

    /** Arrowheads of directed relations; undirected ones have none. */
    public enum Arrowhead {
        /** A filled triangle. */
        FILLED,
        /** An open "V", the line running to the tip. */
        OPEN,
        NONE
    }

    /** The same line drawn dashed, as contested relations are. */
    public LineStyle contested() {
        return new LineStyle(color, Dash.DASHED, arrowhead);
    }

    public boolean directed() {
        return arrowhead != Arrowhead.NONE;
    }
}
