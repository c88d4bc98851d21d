package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.View;

/**
 * A view saved from the window, drawn without one (export --view): the window saves the positions of
 * its layout spread so that names drawn larger than their boxes fit the screen, some five times as
 * far apart as the layout drawn here. They come out brought together, in the same arrangement.
 */
class SavedViewDrawingTest {

    private static final TaxonomyGraph GRAPH = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());

    private static DiagramPipeline.Result draw(View v) {
        return SavedViewDrawing.draw(new DiagramBuilder(), GRAPH, v, LayoutKind.FORCE, LayoutOptions.defaults(), "en",
                Highlight.NONE, "PSO");
    }

    @Test
    void positionsSavedFromASpreadScreenAreBroughtTogetherInTheSameArrangement() {
        View plain = View.of("course", LocalizedText.of("en", "Course"), "force");
        Diagram laidOut = draw(plain).diagram();
        // As the window saves them at 1366×768: the spread layout reaches five times as far.
        Map<String, View.Position> spread = new LinkedHashMap<>();
        laidOut.nodes().forEach(n -> spread.put(n.id(), new View.Position(n.x() * 5, n.y() * 5)));

        Diagram saved = draw(plain.withPositions(spread)).diagram();

        assertThat(saved.width()).as("width").isLessThan(laidOut.width() * 1.5);
        assertThat(saved.height()).as("height").isLessThan(laidOut.height() * 1.5);
        List<DiagramNode> n = saved.nodes();
        for (int i = 0; i < n.size(); i++) {
            for (int j = i + 1; j < n.size(); j++) {
                DiagramNode p = n.get(i);
                DiagramNode q = n.get(j);
                View.Position sp = spread.get(p.id());
                View.Position sq = spread.get(q.id());
                assertThat(Math.signum(p.x() - q.x())).as("%s left or right of %s", p.id(), q.id())
                        .isEqualTo(Math.signum(sp.x() - sq.x()));
                assertThat(Math.abs(p.x() - q.x()) >= (p.width() + q.width()) / 2
                        || Math.abs(p.y() - q.y()) >= (p.height() + q.height()) / 2).as("%s and %s apart", p.id(), q.id())
                        .isTrue();
            }
        }
    }

    @Test
    void positionsSpacedByHandStayWhereTheyWerePut() {
        View plain = View.of("course", LocalizedText.of("en", "Course"), "force");
        Diagram laidOut = draw(plain).diagram();
        DiagramNode first = laidOut.nodes().get(0);
        Map<String, View.Position> one = Map.of(first.id(), new View.Position(first.x() + 150, first.y() + 90));

        Diagram saved = draw(plain.withPositions(one)).diagram();

        DiagramNode moved = saved.nodes().stream().filter(x -> x.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(moved.x()).isEqualTo(first.x() + 150);
        assertThat(moved.y()).isEqualTo(first.y() + 90);
    }
}
