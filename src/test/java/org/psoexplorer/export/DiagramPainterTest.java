package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoexplorer.layout.Point;
import org.psoexplorer.model.NodeShape;

class DiagramPainterTest {

    @Test
    void theArrowheadTipIsTheLastPointAndTheLineStopsInsideIt() {
        List<Point> points = new ArrayList<>(List.of(new Point(0, 0), new Point(100, 0)));

        Shape head = DiagramPainter.arrowhead(points, 10);

        assertThat(head.contains(95, 0)).isTrue();
        assertThat(head.getBounds2D().getMaxX()).isCloseTo(100, within(1e-9));
        assertThat(head.getBounds2D().getMinX()).isCloseTo(90, within(1e-9));
        assertThat(points.get(1).x()).isCloseTo(92, within(1e-9));
        assertThat(points.get(0)).isEqualTo(new Point(0, 0));
    }

    @Test
    void aHollowArrowheadEndsTheLineAtItsBase() {
        List<Point> points = new ArrayList<>(List.of(new Point(0, 0), new Point(100, 0)));

        Shape head = DiagramPainter.openArrowhead(points, 10);

        assertThat(head.getBounds2D().getMaxX()).isCloseTo(100, within(1e-9));
        assertThat(head.getBounds2D().getMinX()).isCloseTo(90, within(1e-9));
        // The line stops where the triangle begins, so nothing shows inside it.
        assertThat(points.get(1).x()).isCloseTo(90, within(1e-9));
    }

    @Test
    void aZeroLengthLastSegmentGetsNoArrowhead() {
        List<Point> points = new ArrayList<>(List.of(new Point(5, 5), new Point(5, 5)));

        assertThat(DiagramPainter.arrowhead(points, 10)).isNull();
    }

    @Test
    void everyShapeFillsItsBox() {
        for (NodeShape s : NodeShape.values()) {
            Shape outline = Shapes.outline(s, 50, 20, 100, 40);
            assertThat(outline.getBounds2D().getMinX()).as(s.id()).isCloseTo(0, within(1e-9));
            assertThat(outline.getBounds2D().getMaxX()).as(s.id()).isCloseTo(100, within(1e-9));
            assertThat(outline.getBounds2D().getMinY()).as(s.id()).isCloseTo(0, within(1e-9));
            assertThat(outline.getBounds2D().getMaxY()).as(s.id()).isCloseTo(40, within(1e-9));
            assertThat(outline.contains(50, 20)).as(s.id()).isTrue();
            assertThat(outline.getPathIterator(null).getWindingRule()).isIn(PathIterator.WIND_NON_ZERO,
                    PathIterator.WIND_EVEN_ODD);
        }
        assertThat(Shapes.noteFold(NodeShape.NOTE, 50, 20, 100, 40)).isNotNull();
        assertThat(Shapes.noteFold(NodeShape.ROUNDED, 50, 20, 100, 40)).isNull();
    }

    @Test
    void textsAreCleanedOfWhatNoFormatCanCarry() {
        assertThat(Texts.clean(null)).isEmpty();
        assertThat(Texts.clean("plain")).isEqualTo("plain");
        assertThat(Texts.clean("a\u0000b\u0007c\u0085d\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
        assertThat(Texts.clean("line\nbreak\ttab")).isEqualTo("line break tab");
        assertThat(Texts.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
        assertThat(Texts.clean("pair 🕊 ok")).isEqualTo("pair 🕊 ok");
    }
}
