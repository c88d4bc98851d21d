package org.psoexplorer.ui.main;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.psoexplorer.diagram.LegendItem;
import org.psoexplorer.diagram.LineStyle;

/** A relation type's sample in the legend: its line as the graph draws it, colour, dashes and arrowhead. */
final class LegendLine {

    private static final double LENGTH = 26;
    private static final double WIDTH = 2;
    private static final double HEAD = 7;

    private LegendLine() {
    }

    static Group of(LegendItem item) {
        LineStyle style = item.line() != null ? item.line() : new LineStyle(item.stroke(),
                item.dashed() ? LineStyle.Dash.DASHED : LineStyle.Dash.SOLID, LineStyle.Arrowhead.NONE);
        Color color = Color.web(style.color());
        Line line = new Line(0, 0, style.directed() ? LENGTH - HEAD * 0.6 : LENGTH, 0);
        line.setStroke(color);
        line.setStrokeWidth(WIDTH);
        line.getStyleClass().add("legend-line");
        for (double d : style.dash().pattern(WIDTH)) {
            line.getStrokeDashArray().add(d);
        }
        Group sample = new Group(line);
        if (style.directed()) {
            Polygon head = new Polygon(LENGTH, 0, LENGTH - HEAD, -HEAD * 0.45, LENGTH - HEAD, HEAD * 0.45);
            if (style.arrowhead() == LineStyle.Arrowhead.OPEN) {
                head.setFill(Color.TRANSPARENT);
                head.setStroke(color);
                head.setStrokeWidth(WIDTH * 0.75);
            } else {
                head.setFill(color);
            }
            head.getStyleClass().add("legend-arrow");
            sample.getChildren().add(head);
        }
        return sample;
    }
}
