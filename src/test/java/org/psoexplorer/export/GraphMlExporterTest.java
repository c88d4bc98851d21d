package org.psoexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoexplorer.export.ExportFixtures.elements;
import static org.psoexplorer.export.ExportFixtures.export;
import static org.psoexplorer.export.ExportFixtures.localNames;
import static org.psoexplorer.export.ExportFixtures.parseXml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlExporterTest {

    private final ExportScene scene = ExportFixtures.scene();

    private Document graphml(ExportScene s) throws Exception {
        return parseXml(export(new GraphMlExporter(), s, ExportOptions.defaults()));
    }

    /** key id → attribute name, for one category ("node" or "edge"). */
    private static Map<String, String> keys(Document doc, String category) {
        Map<String, String> keys = new HashMap<>();
        for (Element k : elements(doc, "key")) {
            if (k.getAttribute("for").equals(category) || k.getAttribute("for").equals("all")) {
                keys.put(k.getAttribute("id"), k.getAttribute("attr.name"));
            }
        }
        return keys;
    }

    private static Map<String, String> data(Element owner, Map<String, String> keys) {
        Map<String, String> values = new HashMap<>();
        for (Element d : elements(owner.getOwnerDocument(), "data")) {
            if (d.getParentNode() == owner) {
                values.put(keys.get(d.getAttribute("key")), d.getTextContent());
            }
        }
        return values;
    }

    @Test
    void everyVisibleConceptIsANodeWithItsLabelKindAndPosition() throws Exception {
        Document doc = graphml(scene);
        Map<String, String> keys = keys(doc, "node");
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element n : elements(doc, "node")) {
            nodes.put(n.getAttribute("id"), data(n, keys));
        }

        assertThat(nodes.keySet()).containsExactlyInAnyOrderElementsOf(scene.visible().concepts());
        assertThat(nodes.get("hostile")).containsEntry("label", ExportFixtures.HOSTILE)
                .containsEntry("kind", "actor").containsEntry("kindLabel", "Actor");
        assertThat(nodes.get("entity")).containsEntry("label", ExportFixtures.ENTITY_LOOKALIKE);
        assertThat(nodes.get("arabic")).containsEntry("label", ExportFixtures.ARABIC);
        assertThat(nodes.get("emoji")).containsEntry("label", ExportFixtures.EMOJI);
        assertThat(nodes.get("control").get("label")).isEqualTo("bell\uFFFD and newline");
        assertThat(nodes.get("consent")).containsEntry("definition", "The parties agree.").containsEntry("since", "1992")
                .containsKeys("x", "y", "width", "height", "fill");
    }

    @Test
    void nothingIsInjected() throws Exception {
        Document doc = graphml(scene);

        assertThat(localNames(doc)).doesNotContain("script", "b").contains("graphml", "graph", "node", "edge");
        assertThat(elements(doc, "node")).hasSize(scene.visible().concepts().size());
    }

    @Test
    void everyVisibleRelationIsAnEdgeWithItsType() throws Exception {
        Document doc = graphml(scene);
        Map<String, String> keys = keys(doc, "edge");
        List<Element> edges = elements(doc, "edge");

        assertThat(edges).hasSize(scene.visible().relations().size());
        Element blurs = edges.stream().filter(e -> e.getAttribute("source").equals("coin")).findFirst().orElseThrow();
        assertThat(data(blurs, keys)).containsEntry("type", "blurs-with").containsEntry("label", "blurs with")
                .containsEntry("contested", "true").containsEntry("directed", "false")
                .containsEntry("hierarchical", "false");
    }

    @Test
    void onlyTheFocusedNeighbourhoodIsExportedInTheChosenLanguage() throws Exception {
        ExportScene focused = ExportFixtures.scene(ViewFilter.NONE.withFocus("consent", 1), "fr", Highlight.NONE,
                LayoutKind.RADIAL);
        Document doc = graphml(focused);
        Map<String, String> keys = keys(doc, "node");

        assertThat(elements(doc, "node")).extracting(n -> n.getAttribute("id"))
                .containsExactlyInAnyOrder("consent", "peacekeeping");
        assertThat(elements(doc, "node")).extracting(n -> data(n, keys).get("label"))
                .containsExactlyInAnyOrder("Consentement des parties", "Maintien de la paix");
    }
}
