package org.psoexplorer.export.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramNode;
import org.psoexplorer.diagram.DiagramStyle;
import org.psoexplorer.diagram.Emphasis;
import org.psoexplorer.model.NodeShape;

class DiagramTilingTest {

    /** The room for the drawing on a landscape A4 page of an atlas, in points. */
    static final double ROOM_WIDTH = 774.7;
    static final double ROOM_HEIGHT = 456.1;

    private static DiagramNode node(String id, double x, double y, double width, double height) {
        return new DiagramNode(id, "k", List.of(id), x, y, width, height, NodeShape.ROUNDED, "#ffffff", "#000000",
                "#000000", Emphasis.NORMAL);
    }

    private static Diagram diagram(double width, double height, List<DiagramNode> nodes) {
        return new Diagram("", width, height, nodes, List.of(), List.of(), List.of(), DiagramStyle.DEFAULT);
    }

    /** Boxes of the sizes wrapped names take (up to 174 × 64 px), scattered over a drawing. */
    private static Diagram scattered(long seed, double width, double height, int count) {
        Random random = new Random(seed);
        List<DiagramNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double w = 60 + random.nextInt(115);
            double h = 30 + random.nextInt(35);
            nodes.add(node("n" + i, 24 + w / 2 + random.nextDouble() * (width - 48 - w),
                    24 + h / 2 + random.nextDouble() * (height - 48 - h), w, h));
        }
        return diagram(width, height, nodes);
    }

    private static double namePoints(double scale) {
        return DiagramStyle.DEFAULT.fontSize() * scale;
    }

    @Test
    void aDiagramWhoseNamesAreLegibleWhenFittedStaysWhole() {
        Diagram d = scattered(1, 1200, 800, 20);
        double legible = DiagramTiling.MIN_NAME_PT / DiagramStyle.DEFAULT.fontSize();
        assertThat(DiagramTiling.plan(d, legible, ROOM_WIDTH, ROOM_HEIGHT).parts()).isEmpty();
        assertThat(DiagramTiling.plan(d, legible * 0.98, ROOM_WIDTH, ROOM_HEIGHT).parts()).isNotEmpty();
    }

    @Test
    void everyConceptIsWholeAndLegibleInThePartWhoseCellHoldsItsCentre() {
        for (long seed = 1; seed <= 20; seed++) {
            Diagram d = scattered(seed, 2000 + seed * 150, 1500 + seed * 200, 40 + (int) seed * 3);
            DiagramTiling.Plan plan = DiagramTiling.plan(d, 0.1, ROOM_WIDTH, ROOM_HEIGHT);
            assertThat(namePoints(plan.partScale())).isGreaterThanOrEqualTo(DiagramTiling.MIN_NAME_PT)
                    .isLessThanOrEqualTo(namePoints(DiagramTiling.PRINT_SCALE));
            for (DiagramNode n : d.nodes()) {
                List<DiagramTiling.Part> homes = plan.parts().stream()
                        .filter(p -> contains(p.cell(), n.x(), n.y())).toList();
                assertThat(homes).as("seed %d, %s", seed, n.id()).hasSize(1);
                assertThat(homes.get(0).area().contains(DiagramTiling.box(n))).as("seed %d, %s whole", seed, n.id())
                        .isTrue();
            }
            for (DiagramTiling.Part p : plan.parts()) {
                assertThat(p.area().getWidth() * plan.partScale()).isCloseTo(ROOM_WIDTH, within(0.01));
                assertThat(p.area().getHeight() * plan.partScale()).isCloseTo(ROOM_HEIGHT, within(0.01));
            }
        }
    }

    /** Half-open, so a centre on the line between two cells belongs to one of them. */
    private static boolean contains(Rectangle2D cell, double x, double y) {
        return x >= cell.getMinX() && x < cell.getMaxX() && y >= cell.getMinY() && y < cell.getMaxY();
    }

    @Test
    void partsAreNumberedInReadingOrderAndThoseWithoutAConceptOfTheirOwnAreLeftOut() {
        // Two clusters in opposite corners of a large, otherwise empty drawing.
        List<DiagramNode> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(node("a" + i, 150 + i * 180, 100, 160, 40));
            nodes.add(node("b" + i, 3000 + i * 180, 2500, 160, 40));
        }
        Diagram d = diagram(4200, 2600, nodes);
        DiagramTiling.Plan plan = DiagramTiling.plan(d, 0.1, ROOM_WIDTH, ROOM_HEIGHT);
        assertThat(plan.parts()).hasSizeLessThan(plan.columns() * plan.rows()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < plan.parts().size(); i++) {
            DiagramTiling.Part p = plan.parts().get(i);
            assertThat(p.number()).isEqualTo(i + 1);
            assertThat(nodes).as("part %d has a concept of its own", p.number())
                    .anyMatch(n -> contains(p.cell(), n.x(), n.y()));
            if (i > 0) {
                DiagramTiling.Part before = plan.parts().get(i - 1);
                assertThat(p.row() > before.row() || p.row() == before.row() && p.column() > before.column()).isTrue();
            }
        }
    }

    @Test
    void cellsMeetBetweenRowsOfConceptsWhenTheOverlapLeavesRoom() {
        // Rows of boxes 40 px high, 100 px apart, as a layered drawing has them.
        List<DiagramNode> nodes = new ArrayList<>();
        for (int row = 0; row < 24; row++) {
            for (int column = 0; column < 6; column++) {
                nodes.add(node("r" + row + "c" + column, 120 + column * 190, 60 + row * 100, 160, 40));
            }
        }
        Diagram d = diagram(1250, 2440, nodes);
        DiagramTiling.Plan plan = DiagramTiling.plan(d, 0.1, ROOM_WIDTH, ROOM_HEIGHT);
        assertThat(plan.rows()).isGreaterThan(1);
        for (DiagramNode n : d.nodes()) {
            Rectangle2D box = new Rectangle2D.Double(n.minX(), n.minY(), n.width(), n.height());
            assertThat(plan.parts()).as("%s in one cell", n.id()).anyMatch(p -> p.cell().contains(box));
        }
    }
}
