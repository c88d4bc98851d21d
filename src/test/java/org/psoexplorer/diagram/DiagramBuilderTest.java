package org.psoexplorer.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.layout.EdgeRoute;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutEdge;
import org.psoexplorer.layout.LayoutGraph;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.layout.Point;
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

/**
 * From a visible graph and a layout to a diagram. The measurer gives every character 7 px, so the
 * sizes can be worked out by hand; the layout is placed by hand too.
 */
class DiagramBuilderTest {

    private static final DiagramStyle STYLE = DiagramStyle.DEFAULT;
    private final DiagramBuilder builder = new DiagramBuilder(STYLE, new FixedWidthMeasurer(7));

    // Kinds: a coloured one, two left to the palette (one of them without a shape), a diamond.
    private static final List<Kind> KINDS = List.of(
            new Kind("operation", text("Operation", "Opération"), "#B3DDF5", NodeShape.ROUNDED),
            new Kind("principle", text("Principle", "Principe"), null, NodeShape.ELLIPSE),
            new Kind("actor", text("Actor", "Acteur"), null, null),
            new Kind("critique", text("Critique", "Critique"), null, NodeShape.DIAMOND),
            new Kind("unused", text("Unused", "Inutilisé"), null, NodeShape.NOTE));

    private static final List<RelationType> TYPES = List.of(
            new RelationType("kind-of", text("is a kind of", "est un type de"), LocalizedText.EMPTY, true, true, false),
            new RelationType("requires", text("requires", "requiert"), LocalizedText.EMPTY, true, false, false),
            new RelationType("blurs-with", text("blurs with", "se confond avec"), LocalizedText.EMPTY, false, false,
                    true),
            new RelationType("conducts", text("conducts", "mène"), LocalizedText.EMPTY, true, false, false),
            new RelationType("unused", text("unused", "inutilisé"), LocalizedText.EMPTY, true, false, false));

    private static final List<Source> SOURCES = List.of(
            new Source("doyle", SourceType.BOOK, "Making War and Building Peace", "Doyle", null, 2006, null, null, null),
            new Source("never-cited", SourceType.REPORT, "Nothing", null, "Nobody", 1999, null, null, null),
            new Source("capstone", SourceType.UN_DOCUMENT, "Capstone", null, "United Nations", 2008, null, null, null),
            new Source("only-actor", SourceType.REPORT, "About actors", "Smith", null, 2010, null, null, null),
            new Source("rel-quote", SourceType.ARTICLE, "On blurring", "Jones", null, 2015, null, null, null));

    private static LocalizedText text(String en, String fr) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        m.put("fr", fr);
        return new LocalizedText(m);
    }

    private static Concept concept(String id, String kind, LocalizedText label, Quote... quotes) {
        return new Concept(id, kind, label, List.of(), LocalizedText.of("en", "Def"), List.of(quotes), null,
                LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String type, String to, List<String> sources, Quote quote,
                                Boolean contested) {
        return new Relation(from, type, to, sources, quote, LocalizedText.EMPTY, null, contested);
    }

    /**
     * Relations, by index: 0 a kind-of b [doyle]; 1 a requires p; 2 p requires a; 3 a blurs b
     * (contested by its type); 4 a blurs b, said not contested; 5 c requires a, said contested,
     * quoted from rel-quote; 6 x conducts a [only-actor].
     */
    static Taxonomy taxonomy() {
        List<Concept> concepts = List.of(
                concept("a", "operation", text("Peacekeeping", "Maintien de la paix")),
                concept("b", "operation", text("Peace support operations", "Opérations de soutien de la paix")),
                concept("p", "principle", text("Consent", "Consentement"),
                        new Quote("Consent of the parties", "capstone", "p. 31", null)),
                concept("c", "critique", text("Mission creep", "Dérive de mission")),
                concept("x", "actor", LocalizedText.of("en", "Security Council"),
                        new Quote("The Council", "only-actor", "p. 2", null)));
        List<Relation> relations = List.of(
                rel("a", "kind-of", "b", List.of("doyle"), null, null),
                rel("a", "requires", "p", List.of(), null, null),
                rel("p", "requires", "a", List.of(), null, null),
                rel("a", "blurs-with", "b", List.of(), null, null),
                rel("a", "blurs-with", "b", List.of(), null, false),
                rel("c", "requires", "a", List.of(), new Quote("Creep", "rel-quote", "p. 9", null), true),
                rel("x", "conducts", "a", List.of("only-actor"), null, null));
        return new Taxonomy(text("Test", "Essai"), "en", LocalizedText.EMPTY, SOURCES, KINDS, TYPES, concepts,
                relations);
    }

    private static final Map<String, Point> PLACES = Map.of(
            "a", new Point(400, 300), "b", new Point(800, 300), "p", new Point(400, 600), "c", new Point(800, 650),
            "x", new Point(0, 300));

    /** The boxes the builder asks for, at hand-picked places, with straight edges. */
    private Layout layout(LayoutGraph lg) {
        Map<String, NodeBox> nodes = new LinkedHashMap<>();
        for (String id : lg.vertexIds()) {
            Point at = PLACES.get(id);
            nodes.put(id, new NodeBox(at.x(), at.y(), lg.width(id), lg.height(id)));
        }
        List<EdgeRoute> routes = lg.edges().stream()
                .map(e -> new EdgeRoute(e.source(), e.target(), e.hierarchical(), List.of()))
                .toList();
        return Layout.normalized(nodes, routes, 24);
    }

    private record Built(TaxonomyGraph graph, VisibleGraph visible, Layout layout, Diagram diagram) {
        DiagramNode node(String id) {
            return diagram.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        }

        DiagramEdge edge(int relationIndex) {
            return diagram.edges().stream().filter(e -> e.relationIndex() == relationIndex).findFirst().orElseThrow();
        }
    }

    private Built build(ViewFilter filter, String language, Highlight highlight) {
        TaxonomyGraph g = new TaxonomyGraph(taxonomy());
        VisibleGraph v = VisibleGraph.of(g, filter);
        Layout l = layout(builder.layoutGraph(g, v, language));
        return new Built(g, v, l, builder.build(g, v, l, language, highlight, "Title"));
    }

    private Built build() {
        return build(ViewFilter.NONE, "en", Highlight.NONE);
    }

    // ---- sizes

    @Test
    void theLayoutGraphHasOneBoxPerVisibleConceptAndTheVisibleRelationsInOrder() {
        TaxonomyGraph g = new TaxonomyGraph(taxonomy());
        VisibleGraph v = VisibleGraph.of(g, ViewFilter.NONE.withHiddenKinds(Set.of("actor")));

        LayoutGraph lg = builder.layoutGraph(g, v, "en");

        assertThat(lg.vertexIds()).containsExactly("a", "b", "p", "c");
        assertThat(lg.edges()).extracting(LayoutEdge::source, LayoutEdge::target, LayoutEdge::hierarchical)
                .containsExactly(tuple("a", "b", true), tuple("a", "p", false), tuple("p", "a", false),
                        tuple("a", "b", false), tuple("a", "b", false), tuple("c", "a", false));
    }

    @Test
    void aViewReadWholeAsksTheLayoutForRoomForItsRelationsNamesButNotForItsHierarchys() {
        TaxonomyGraph g = new TaxonomyGraph(taxonomy());
        VisibleGraph v = VisibleGraph.of(g, ViewFilter.NONE);

        LayoutGraph lg = builder.layoutGraph(g, v, "en");
        List<double[]> names = builder.relationNameSizes(g, v, "en");

        for (int i = 0; i < lg.edges().size(); i++) {
            LayoutEdge e = lg.edges().get(i);
            double expected = e.hierarchical() ? 0 : org.psoexplorer.layout.RelationRoom.widthOnLine(names.get(i)[0]);
            assertThat(e.nameWidth()).as("%s -> %s", e.source(), e.target()).isEqualTo(expected);
        }
        assertThat(lg.edges()).anyMatch(e -> e.nameWidth() > 0);
    }

    /** A neighbourhood of more than 30 relations is read by selecting, its names not exported: no room asked. */
    @Test
    void aDenserViewAsksForNoRoomForNames() {
        TaxonomyGraph g = new TaxonomyGraph(new org.psoexplorer.io.TaxonomyLoader().loadDefault().taxonomy().orElseThrow());
        VisibleGraph v = VisibleGraph.of(g, ViewFilter.NONE.withFocus("peacekeeping", 1));
        assertThat(v.concepts().size()).isLessThanOrEqualTo(Diagram.READ_WHOLE_UP_TO);
        assertThat(v.relations().size()).isGreaterThan(Diagram.READ_WHOLE_UP_TO);

        assertThat(builder.layoutGraph(g, v, "en").edges()).allMatch(e -> e.nameWidth() == 0);
    }

    @Test
    void boxesAreSizedToTheWrappedLabelWithPadding() {
        TaxonomyGraph g = new TaxonomyGraph(taxonomy());
        LayoutGraph lg = builder.layoutGraph(g, VisibleGraph.of(g, ViewFilter.NONE), "en");
        double line = STYLE.fontSize() * 1.25;

        // "Peacekeeping": 12 characters, 84 px, one line.
        assertThat(lg.width("a")).isEqualTo(Math.ceil(84 + 2 * STYLE.paddingX()));
        assertThat(lg.height("a")).isEqualTo(Math.ceil(line + 2 * STYLE.paddingY()));
        // "Peace support operations" (168 px) wraps at 150 px into "Peace support" (91) / "operations" (70).
        assertThat(lg.width("b")).isEqualTo(Math.ceil(91 + 2 * STYLE.paddingX()));
        assertThat(lg.height("b")).isEqualTo(Math.ceil(2 * line + 2 * STYLE.paddingY()));
        // A short label still gets a box wide enough to click.
        assertThat(lg.width("p")).isGreaterThanOrEqualTo(64);
    }

    @Test
    void curvedShapesAreLargeEnoughForTheirTextBlock() {
        TaxonomyGraph g = new TaxonomyGraph(taxonomy());
        LayoutGraph lg = builder.layoutGraph(g, VisibleGraph.of(g, ViewFilter.NONE), "en");
        FixedWidthMeasurer m = new FixedWidthMeasurer(7);

        // p is an ellipse ("Consent"), c a diamond ("Mission creep"): the one-line text block must fit
        // inside the drawn outline, not just inside its bounding box.
        double ph = STYLE.fontSize() * 1.25 / 2;
        double pw = m.width("Consent", 13, false) / 2;
        assertThat(Math.pow(pw / (lg.width("p") / 2), 2) + Math.pow(ph / (lg.height("p") / 2), 2))
                .isLessThanOrEqualTo(1);
        double cw = m.width("Mission creep", 13, false) / 2;
        assertThat(cw / (lg.width("c") / 2) + ph / (lg.height("c") / 2)).isLessThanOrEqualTo(1);
        // And they are larger than the rounded box the same text would get.
        assertThat(lg.width("p")).isGreaterThan(Math.max(64, Math.ceil(2 * pw + 2 * STYLE.paddingX())));
        assertThat(lg.height("c")).isGreaterThan(lg.height("a"));
    }

    @Test
    void labelsAreWrappedInTheChosenLanguageWithFallback() {
        Built fr = build(ViewFilter.NONE, "fr", Highlight.NONE);

        assertThat(fr.node("a").label()).isEqualTo("Maintien de la paix");
        // No French label: the default language's.
        assertThat(fr.node("x").label()).isEqualTo("Security Council");
        assertThat(fr.node("b").lines()).hasSizeGreaterThan(1);
        assertThat(fr.edge(0).label()).isEqualTo("est un type de");
    }

    // ---- nodes

    @Test
    void nodesSitWhereTheLayoutPutThemWithTheLayoutsSize() {
        Built b = build();

        for (DiagramNode n : b.diagram().nodes()) {
            NodeBox box = b.layout().node(n.id());
            assertThat(new double[] {n.x(), n.y(), n.width(), n.height()})
                    .containsExactly(box.x(), box.y(), box.width(), box.height());
            assertThat(n.textColor()).isEqualTo(STYLE.textColor());
        }
        assertThat(b.diagram().nodes()).extracting(DiagramNode::id).containsExactly("a", "b", "p", "c", "x");
        assertThat(b.diagram().width()).isEqualTo(b.layout().bounds().width());
        assertThat(b.diagram().height()).isEqualTo(b.layout().bounds().height());
        assertThat(b.diagram().title()).isEqualTo("Title");
    }

    @Test
    void nodesAreFilledWithTheirKindsColourOrThePalettes() {
        Built b = build();

        assertThat(b.node("a").fill()).isEqualTo("#b3ddf5");
        assertThat(b.node("p").fill()).isEqualTo(Palette.fill(1));
        assertThat(b.node("x").fill()).isEqualTo(Palette.fill(2));
        assertThat(b.node("c").fill()).isEqualTo(Palette.fill(3));
        assertThat(Set.of(Palette.fill(1), Palette.fill(2), Palette.fill(3))).hasSize(3);
        for (DiagramNode n : b.diagram().nodes()) {
            assertThat(n.stroke()).isEqualTo(Palette.darker(n.fill(), 0.62));
            assertThat(n.fill()).matches("#[0-9a-f]{6}");
        }
    }

    @Test
    void nodesTakeTheShapeOfTheirKindRoundedByDefault() {
        Built b = build();

        assertThat(b.node("a").shape()).isEqualTo(NodeShape.ROUNDED);
        assertThat(b.node("p").shape()).isEqualTo(NodeShape.ELLIPSE);
        assertThat(b.node("c").shape()).isEqualTo(NodeShape.DIAMOND);
        assertThat(b.node("x").shape()).isEqualTo(NodeShape.ROUNDED);
    }

    // ---- edges

    @Test
    void edgeEndsLieOnTheOutlinesOfBothShapes() {
        Built b = build();

        for (DiagramEdge e : b.diagram().edges()) {
            assertOnOutline(b.node(e.from()), e.points().get(0), e);
            assertOnOutline(b.node(e.to()), e.points().get(e.points().size() - 1), e);
        }
    }

    static void assertOnOutline(DiagramNode n, Point p, DiagramEdge e) {
        NodeBox box = new NodeBox(n.x(), n.y(), n.width(), n.height());
        double[] polygon = ShapeOutline.polygon(n.shape(), n.width(), n.height());
        if (polygon != null && n.shape() != org.psoexplorer.model.NodeShape.DIAMOND) {
            assertThat(distanceToPolygon(polygon, p.x() - n.x(), p.y() - n.y()))
                    .as("relation %s at %s (%s)", e.relationIndex(), n.id(), n.shape()).isCloseTo(0, within(1e-6));
            return;
        }
        double level = switch (n.shape()) {
            case ELLIPSE -> EdgeGeometryTest.ellipseLevel(box, p);
            case DIAMOND -> EdgeGeometryTest.diamondLevel(box, p);
            default -> EdgeGeometryTest.rectangleLevel(box, p);
        };
        assertThat(level).as("relation %s at %s (%s)", e.relationIndex(), n.id(), n.shape())
                .isCloseTo(0, within(1e-6));
    }

    /** Distance from (x, y) to the nearest side of a polygon given as x0, y0, x1, y1, …. */
    static double distanceToPolygon(double[] poly, double x, double y) {
        double best = Double.MAX_VALUE;
        int n = poly.length / 2;
        for (int k = 0; k < n; k++) {
            double ax = poly[2 * k];
            double ay = poly[2 * k + 1];
            double bx = poly[2 * ((k + 1) % n)];
            double by = poly[2 * ((k + 1) % n) + 1];
            double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
            best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
        }
        return best;
    }

    @Test
    void contestedRelationsAreDashedWhetherByTypeOrByRelation() {
        Built b = build();

        assertThat(b.edge(3).contested()).isTrue();
        assertThat(b.edge(3).dashed()).isTrue();
        // The file says this one is not contested, against its type's default.
        assertThat(b.edge(4).contested()).isFalse();
        assertThat(b.edge(4).dashed()).isFalse();
        // And this one is, though its type is not.
        assertThat(b.edge(5).dashed()).isTrue();
        assertThat(b.edge(1).dashed()).isFalse();
    }

    @Test
    void edgesKnowTheirDirectionColourAndLabel() {
        Built b = build();

        assertThat(b.edge(0).directed()).isTrue();
        assertThat(b.edge(3).directed()).isFalse();
        // Types get styles in the order they appear in the view: the hierarchy dark grey, the
        // others Okabe–Ito blue, vermillion, bluish green; contested relations dashed.
        assertThat(b.edge(0).line()).isEqualTo(new LineStyle("#3d4650", LineStyle.Dash.SOLID,
                LineStyle.Arrowhead.FILLED));
        assertThat(b.edge(1).line()).isEqualTo(new LineStyle("#0072b2", LineStyle.Dash.SOLID,
                LineStyle.Arrowhead.FILLED));
        assertThat(b.edge(4).line()).isEqualTo(new LineStyle("#d55e00", LineStyle.Dash.SOLID,
                LineStyle.Arrowhead.NONE));
        assertThat(b.edge(3).line()).isEqualTo(new LineStyle("#d55e00", LineStyle.Dash.DASHED,
                LineStyle.Arrowhead.NONE));
        assertThat(b.edge(6).color()).isEqualTo("#009e73");
        assertThat(b.edge(1).label()).isEqualTo("requires");
        assertThat(b.diagram().edges()).extracting(DiagramEdge::relationIndex).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(b.edge(2).from()).isEqualTo("p");
        assertThat(b.edge(2).to()).isEqualTo("a");
    }

    @Test
    void conceptsCarryALabelPriorityForLevelOfDetail() {
        Built b = build();

        // Kinds in file order: operation 0, principle 1, actor 2, critique 3, unused 4; the first
        // half (three) and everything in the hierarchy (a, b) are always labelled.
        assertThat(b.node("a").labelPriority()).isZero();
        assertThat(b.node("a").core()).isTrue();
        assertThat(b.node("p").labelPriority()).isEqualTo(1);
        assertThat(b.node("x").labelPriority()).isEqualTo(2);
        assertThat(b.node("x").core()).isTrue();
        assertThat(b.node("c").labelPriority()).isEqualTo(3);
        assertThat(b.node("c").core()).isFalse();
    }

    @Test
    void eachTypeInAViewLooksDifferentAndTheLegendDrawsItsLineAsDrawn() {
        Built b = build();

        List<LegendItem> types = b.diagram().legend().stream().filter(i -> !i.isKind()).toList();
        assertThat(types).extracting(LegendItem::line).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(types.stream().filter(i -> i.id().equals("requires")).findFirst().orElseThrow().line())
                .isEqualTo(b.edge(1).line());
        // Styles are handed out per view: without "requires", "blurs with" takes the first colour.
        Built filtered = build(ViewFilter.NONE.withHiddenRelationTypes(Set.of("requires")), "en", Highlight.NONE);
        assertThat(filtered.edge(4).color()).isEqualTo("#0072b2");
    }

    @Test
    void relationLabelsCoverNoConceptAndNoOtherLabel() {
        Built b = build();

        List<EdgeLabel> placed = b.diagram().edges().stream().map(DiagramEdge::labelBox)
                .filter(EdgeLabel::placed).toList();
        assertThat(placed).isNotEmpty();
        for (EdgeLabel l : placed) {
            for (DiagramNode n : b.diagram().nodes()) {
                assertThat(l.overlaps(n.minX(), n.minY(), n.minX() + n.width(), n.minY() + n.height()))
                        .as("label at %s over %s", l, n.id()).isFalse();
            }
            for (EdgeLabel other : placed) {
                assertThat(l != other && l.overlaps(other.minX(), other.minY(), other.maxX(), other.maxY()))
                        .isFalse();
            }
        }
        // The first label sits in the middle of its line, measured at two points under the names' size.
        EdgeLabel requires = b.edge(1).labelBox();
        assertThat(requires.fontSize()).isEqualTo(STYLE.fontSize() - 2);
        assertThat(requires.width()).isEqualTo(7 * "requires".length() + 6);
    }

    @Test
    void parallelRelationsAreDrawnApartEvenInOppositeDirections() {
        Built b = build();

        // Three relations between a and b: three distinct parallel lines, 10 px apart.
        List<Double> ab = List.of(0, 3, 4).stream().map(i -> sideways(b, b.edge(i))).sorted().toList();
        assertThat(ab.get(1) - ab.get(0)).isCloseTo(10, within(1e-6));
        assertThat(ab.get(2) - ab.get(1)).isCloseTo(10, within(1e-6));
        // a → p and p → a: one on each side, not on top of each other.
        double there = sideways(b, b.edge(1));
        double back = sideways(b, b.edge(2));
        assertThat(Math.abs(there - back)).isCloseTo(10, within(1e-6));
        // A relation alone between its two concepts runs through both centres.
        assertThat(sideways(b, b.edge(6))).isCloseTo(0, within(1e-6));
    }

    /** Signed distance of an edge's start from the line between its concepts' centres, measured in id order. */
    private static double sideways(Built b, DiagramEdge e) {
        String first = e.from().compareTo(e.to()) < 0 ? e.from() : e.to();
        String second = first.equals(e.from()) ? e.to() : e.from();
        DiagramNode s = b.node(first);
        DiagramNode t = b.node(second);
        double dx = t.x() - s.x();
        double dy = t.y() - s.y();
        Point p = e.points().get(0);
        return (dx * (p.y() - s.y()) - dy * (p.x() - s.x())) / Math.hypot(dx, dy);
    }

    // ---- legend and sources

    @Test
    void theLegendListsOnlyKindsAndTypesOnScreenInTaxonomyOrder() {
        Built all = build();
        assertThat(all.diagram().legend()).extracting(LegendItem::id)
                .containsExactly("operation", "principle", "actor", "critique", "kind-of", "requires", "blurs-with",
                        "conducts");

        Built noActors = build(ViewFilter.NONE.withHiddenKinds(Set.of("actor")), "fr", Highlight.NONE);
        List<LegendItem> legend = noActors.diagram().legend();
        assertThat(legend).extracting(LegendItem::id)
                .containsExactly("operation", "principle", "critique", "kind-of", "requires", "blurs-with");
        Map<String, LegendItem> byId = legend.stream().collect(Collectors.toMap(LegendItem::id, Function.identity()));
        assertThat(byId.get("operation").label()).isEqualTo("Opération");
        assertThat(byId.get("operation").isKind()).isTrue();
        assertThat(byId.get("operation").fill()).isEqualTo("#b3ddf5");
        assertThat(byId.get("principle").shape()).isEqualTo(NodeShape.ELLIPSE);
        assertThat(byId.get("kind-of").isKind()).isFalse();
        assertThat(byId.get("kind-of").stroke()).isEqualTo(all.edge(0).color());
        assertThat(byId.get("blurs-with").dashed()).isTrue();
        assertThat(byId.get("requires").dashed()).isFalse();
    }

    @Test
    void theFooterCitesOnlySourcesBehindWhatIsVisibleInTaxonomyOrder() {
        // doyle backs relation 0, capstone is quoted on p, only-actor on x and relation 6, rel-quote on relation 5.
        assertThat(build().diagram().sources())
                .containsExactly("Doyle 2006", "United Nations 2008", "Smith 2010", "Jones 2015");

        Built noActors = build(ViewFilter.NONE.withHiddenKinds(Set.of("actor")), "en", Highlight.NONE);
        assertThat(noActors.diagram().sources()).containsExactly("Doyle 2006", "United Nations 2008", "Jones 2015");

        Built noHierarchy = build(ViewFilter.NONE.withHiddenRelationTypes(Set.of("kind-of", "requires"))
                .withHiddenKinds(Set.of("actor")), "en", Highlight.NONE);
        assertThat(noHierarchy.diagram().sources()).containsExactly("United Nations 2008");
    }

    // ---- highlight

    @Test
    void withoutAHighlightEverythingIsNormal() {
        Built b = build();

        assertThat(b.diagram().nodes()).extracting(DiagramNode::emphasis).containsOnly(Emphasis.NORMAL);
        assertThat(b.diagram().edges()).extracting(DiagramEdge::emphasis).containsOnly(Emphasis.NORMAL);
    }

    @Test
    void aSelectionAloneDimsNothing() {
        Built b = build(ViewFilter.NONE, "en", new Highlight("a", Set.of(), Set.of()));

        assertThat(b.node("a").emphasis()).isEqualTo(Emphasis.SELECTED);
        assertThat(b.diagram().nodes()).filteredOn(n -> !n.id().equals("a")).extracting(DiagramNode::emphasis)
                .containsOnly(Emphasis.NORMAL);
        assertThat(b.diagram().edges()).extracting(DiagramEdge::emphasis).containsOnly(Emphasis.NORMAL);
    }

    @Test
    void aHighlightStandsOutAndDimsTheRest() {
        Built b = build(ViewFilter.NONE, "en", new Highlight("a", Set.of("a", "p"), Set.of(1)));

        assertThat(b.node("a").emphasis()).isEqualTo(Emphasis.SELECTED);
        assertThat(b.node("p").emphasis()).isEqualTo(Emphasis.HIGHLIGHTED);
        assertThat(b.node("b").emphasis()).isEqualTo(Emphasis.DIMMED);
        assertThat(b.node("x").emphasis()).isEqualTo(Emphasis.DIMMED);
        assertThat(b.edge(1).emphasis()).isEqualTo(Emphasis.HIGHLIGHTED);
        // Between two highlighted concepts but not itself highlighted: dimmed.
        assertThat(b.edge(2).emphasis()).isEqualTo(Emphasis.DIMMED);
        assertThat(b.edge(0).emphasis()).isEqualTo(Emphasis.DIMMED);
    }
}
