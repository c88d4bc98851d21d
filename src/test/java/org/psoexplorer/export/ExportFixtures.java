package org.psoexplorer.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A small taxonomy with every shape, hostile and non-Latin labels, and helpers to export and parse it. */
final class ExportFixtures {

    static final String HOSTILE = "<script>alert(1)</script> & \"x\"";
    static final String ENTITY_LOOKALIKE = "a &lt; b &amp; c";
    static final String ARABIC = "حفظ السلام";
    static final String CHINESE = "维持和平行动";
    static final String EMOJI = "Peace 🕊️ dove";
    static final String BACKSLASH = "ends with \\";
    static final String EVIL_SOURCE = "<b>Evil</b> & Co";

    private ExportFixtures() {
    }

    static Taxonomy taxonomy() {
        List<Kind> kinds = List.of(
                new Kind("umbrella", text("Umbrella concept", "Concept parapluie"), null, NodeShape.HEXAGON),
                new Kind("operation", text("Operation type", "Type d'opération"), "#cfe3f7", NodeShape.ROUNDED),
                new Kind("principle", text("Principle", "Principe"), null, NodeShape.ELLIPSE),
                new Kind("practice", text("Related practice", "Pratique voisine"), null, NodeShape.DIAMOND),
                new Kind("actor", text("Actor", "Acteur"), null, NodeShape.RECTANGLE),
                new Kind("document", text("Document", "Document"), null, NodeShape.NOTE));
        List<RelationType> types = List.of(
                new RelationType("kind-of", text("is a kind of", "est un type de"), text("has kind", "a pour type"),
                        true, true, false),
                new RelationType("requires", text("requires", "exige"), LocalizedText.EMPTY, true, false, false),
                new RelationType("blurs-with", text("blurs with", "se confond avec"), LocalizedText.EMPTY, false, false,
                        true));
        List<Source> sources = List.of(
                new Source("agenda", SourceType.UN_DOCUMENT, "An Agenda for Peace", "Boutros Boutros-Ghali", null, 1992,
                        null, null, null),
                new Source("evil", SourceType.OTHER, EVIL_SOURCE, null, null, 2020, null, null, null));
        List<Concept> concepts = new ArrayList<>();
        concepts.add(concept("pso", "umbrella", text("Peace support operation", "Opération de soutien de la paix")));
        concepts.add(concept("peacekeeping", "operation", text("Peacekeeping", "Maintien de la paix")));
        concepts.add(concept("peacemaking", "operation", text("Peacemaking", "Rétablissement de la paix")));
        concepts.add(new Concept("consent", "principle", text("Consent of the parties", "Consentement des parties"),
                List.of(), LocalizedText.of("en", "The parties agree."),
                List.of(new Quote("Consent is needed.", "agenda", "para. 20", null)), 1992, LocalizedText.EMPTY));
        concepts.add(concept("coin", "practice", LocalizedText.of("en", "Counterinsurgency (COIN)")));
        concepts.add(concept("hostile", "actor", LocalizedText.of("en", HOSTILE)));
        concepts.add(concept("entity", "actor", LocalizedText.of("en", ENTITY_LOOKALIKE)));
        concepts.add(concept("arabic", "document", LocalizedText.of("en", ARABIC)));
        concepts.add(concept("chinese", "document", LocalizedText.of("en", CHINESE)));
        concepts.add(concept("emoji", "operation", LocalizedText.of("en", EMOJI)));
        concepts.add(concept("backslash", "actor", LocalizedText.of("en", BACKSLASH)));
        concepts.add(concept("control", "actor", LocalizedText.of("en", "bell\u0007 and\nnewline")));
        List<Relation> relations = List.of(
                relation("peacekeeping", "kind-of", "pso", "agenda"),
                relation("peacemaking", "kind-of", "pso", "agenda"),
                relation("peacekeeping", "requires", "consent", "evil"),
                relation("coin", "blurs-with", "peacekeeping", null),
                relation("hostile", "requires", "peacekeeping", null),
                relation("entity", "requires", "hostile", null),
                relation("arabic", "kind-of", "peacekeeping", null),
                relation("chinese", "kind-of", "peacekeeping", null),
                relation("emoji", "kind-of", "pso", null),
                relation("backslash", "requires", "emoji", null),
                relation("control", "requires", "backslash", null),
                relation("peacemaking", "requires", "peacekeeping", null),
                relation("peacemaking", "requires", "peacekeeping", null));
        return new Taxonomy(text("Test taxonomy", "Taxonomie d'essai"), "en", LocalizedText.EMPTY, sources, kinds,
                types, concepts, relations);
    }

    static ExportScene scene() {
        return scene(ViewFilter.NONE, "en", Highlight.NONE, LayoutKind.LAYERED);
    }

    static ExportScene scene(ViewFilter filter, String language, Highlight highlight, LayoutKind layout) {
        Taxonomy t = taxonomy();
        TaxonomyGraph graph = new TaxonomyGraph(t);
        DiagramPipeline.Result r = new DiagramPipeline().run(graph, filter, layout, LayoutOptions.defaults(), language,
                highlight, t.text(t.title(), language));
        return new ExportScene(graph, r.visible(), language, r.diagram());
    }

    static Highlight highlightPeacekeeping() {
        return new Highlight("peacekeeping", Set.of("peacekeeping", "consent"), Set.of(2));
    }

    static byte[] export(Exporter exporter, ExportScene scene, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(scene, options, out);
        return out.toByteArray();
    }

    /** A strict parser: no DOCTYPE allowed, so nothing is ever fetched or expanded. */
    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(bytes));
    }

    static List<Element> elements(Document doc, String localName) {
        NodeList list = doc.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<String> localNames(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element e : elements(doc, "*")) {
            names.add(e.getLocalName());
        }
        return names;
    }

    private static LocalizedText text(String en, String fr) {
        return new LocalizedText(Map.of("en", en, "fr", fr));
    }

    private static Concept concept(String id, String kind, LocalizedText label) {
        return new Concept(id, kind, label, List.of(), LocalizedText.EMPTY, List.of(), null, LocalizedText.EMPTY);
    }

    private static Relation relation(String from, String type, String to, String source) {
        return new Relation(from, type, to, source == null ? List.of() : List.of(source), null, LocalizedText.EMPTY,
                null, null);
    }
}
