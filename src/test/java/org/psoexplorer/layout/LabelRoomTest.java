package org.psoexplorer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.DiagramBuilder;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.TaxonomyLoader;

/**
 * Spreading a layout for legible labels depends on the screen's shape, but not on its last pixel:
 * the window rebuilt in another interface language came out a pixel narrower and rearranged the
 * whole overview under the lecturer.
 */
class LabelRoomTest {

    @Test
    void aScreenAPixelOrTwoNarrowerOrShorterKeepsEveryConceptInPlace() {
        TaxonomyGraph g = new TaxonomyGraph(new TaxonomyLoader().loadDefault().taxonomyOrNull());
        DiagramBuilder builder = new DiagramBuilder();
        Layout raw = LayoutKind.FORCE.algorithm().layout(
                builder.layoutGraph(g, VisibleGraph.of(g, ViewFilter.NONE), "en"), LayoutOptions.defaults());
        double minScale = 11.5 / builder.style().fontSize();

        Layout wide = LabelRoom.spread(raw, 848, 447, minScale, LayoutOptions.DEFAULT_MARGIN);
        for (double[] size : new double[][] {{849, 447}, {847, 448}, {850, 446}}) {
            Layout other = LabelRoom.spread(raw, size[0], size[1], minScale, LayoutOptions.DEFAULT_MARGIN);
            assertThat(other.nodes()).as("%s × %s", size[0], size[1]).isEqualTo(wide.nodes());
        }
        // A real change of shape still spreads for it.
        Layout tall = LabelRoom.spread(raw, 500, 700, minScale, LayoutOptions.DEFAULT_MARGIN);
        assertThat(tall.bounds().height() / tall.bounds().width())
                .isGreaterThan(wide.bounds().height() / wide.bounds().width());
    }
}
