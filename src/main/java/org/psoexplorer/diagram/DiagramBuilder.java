package org.psoexplorer.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.layout.KeptLayout;
import org.psoexplorer.layout.Layout;
import org.psoexplorer.layout.LayoutEdge;
import org.psoexplorer.layout.LayoutGraph;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutVertex;
import org.psoexplorer.layout.NodeBox;
import org.psoexplorer.layout.ObstacleRouter;
import org.psoexplorer.layout.Point;
import org.psoexplorer.layout.RelationRoom;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Taxonomy;

/**
 * Turns the visible part of a taxonomy into a {@link Diagram}: sizes boxes from wrapped labels
 * (for the layout), then, given the layout, places shapes, routes edges and collects legend and
 * sources.
 */
public final class DiagramBuilder {

    private static final double PARALLEL_GAP = 10;
    private static final double MIN_WIDTH = 64;
    /** The screen's relation labels have 3 px of padding left and right (explorer.css). */
    static final double LABEL_PAD_X = 3;
    /** From this many concepts labels are sized on all cores; below, starting the threads costs more. */
    private static final int PARALLEL_SIZING = 400;

    private final DiagramStyle style;
    private final LabelWrapper wrapper;
    private final TextMeasurer measurer;
    /**
     * Labels already wrapped, by text: sizing the boxes wraps every label, and drawing them needs the
     * same lines again. Safe to keep because the style and the measurer never change.
     */
    private final Map<String, List<String>> wrapped = new ConcurrentHashMap<>();

    public DiagramBuilder(DiagramStyle style, TextMeasurer measurer) {
        this.style = style;
        this.measurer = measurer;
        this.wrapper = new LabelWrapper(measurer);
    }

    public DiagramBuilder() {
        this(DiagramStyle.DEFAULT, new AwtTextMeasurer(DiagramStyle.DEFAULT.fontFamily()));
    }

    public DiagramStyle style() {
        return style;
    }

    /** The layout's input: one box per visible concept, sized to its wrapped label; edges in visible order. */
    public LayoutGraph layoutGraph(TaxonomyGraph tg, VisibleGraph visible, String language) {
        Taxonomy t = tg.taxonomy();
        String[] ids = visible.concepts().toArray(String[]::new);
        LayoutVertex[] sized = new LayoutVertex[ids.length];
        IntStream each = IntStream.range(0, ids.length);
        // Each box depends on its own label only, so sizing them on all cores gives the same boxes in the same order.
        if (ids.length >= PARALLEL_SIZING && measurer.concurrent()) {
            each = each.parallel();
        }
        each.forEach(i -> {
            Concept c = t.concept(ids[i]).orElseThrow();
            double[] size = boxSize(lines(t, c, language), shape(t, c));
            sized[i] = new LayoutVertex(ids[i], size[0], size[1]);
        });
        List<LayoutVertex> vertices = Arrays.asList(sized);
        List<LayoutEdge> edges = new ArrayList<>();
        // A view that names every relation: the layered layout keeps room for those names between two
        // concepts side by side in a layer (the other layouts make it afterwards, RelationRoom). Not a
        // denser one, whose names are not drawn in exports: the room would only shrink its picture.
        List<double[]> names = Diagram.namesEveryRelation(ids.length, visible.relations().size())
                ? relationNameSizes(tg, visible, language) : null;
        for (int i = 0; i < visible.relations().size(); i++) {
            RelationEdge e = visible.relations().get(i);
            boolean hierarchical = tg.isHierarchical(e);
            double name = names == null || hierarchical ? 0 : RelationRoom.widthOnLine(names.get(i)[0]);
            edges.add(new LayoutEdge(e.from(), e.to(), hierarchical, name));
        }
        return LayoutGraph.of(vertices, edges);
    }

    /**
     * The drawing of a laid-out view. Edges that would run through a concept they do not join are
     * first sent around it ({@link ObstacleRouter}); bends are rounded; each type shown gets a line
     * style of its own; relation labels are placed where they cover no concept and no other label.
     */
    public Diagram build(TaxonomyGraph tg, VisibleGraph visible, Layout laidOut, String language, Highlight highlight,
                         String title) {
        Taxonomy t = tg.taxonomy();
        Layout layout = ObstacleRouter.route(laidOut);
        Set<String> hierarchy = new HashSet<>();
        for (RelationEdge e : visible.relations()) {
            if (tg.isHierarchical(e)) {
                hierarchy.add(e.from());
                hierarchy.add(e.to());
            }
        }
        List<DiagramNode> nodes = new ArrayList<>();
        Map<String, NodeShape> shapes = new HashMap<>();
        for (String id : visible.concepts()) {
            Concept c = t.concept(id).orElseThrow();
            NodeBox box = layout.node(id);
            NodeShape shape = shape(t, c);
            shapes.put(id, shape);
            String fill = fill(t, c.kind());
            int kindRank = Math.max(0, kindIndex(t, c.kind()));
            boolean inHierarchy = hierarchy.contains(id);
            int priority = inHierarchy ? Math.min(kindRank, 1) : kindRank;
            boolean core = inHierarchy || kindRank < (t.kinds().size() + 1) / 2;
            nodes.add(new DiagramNode(id, c.kind(), lines(t, c, language), box.x(), box.y(), box.width(), box.height(),
                    shape, fill, Palette.darker(fill, 0.62), style.textColor(), emphasis(id, highlight), priority,
                    core));
        }
        Map<String, LineStyle> lineStyles = lineStyles(t, visible);
        List<DiagramEdge> edges = edges(tg, visible, layout, language, highlight, shapes, lineStyles);
        double width = layout.bounds().width();
        double height = layout.bounds().height();
        edges = new EdgeLabelPlacer(nodes, width, height).place(edges, LABEL_PAD_X, measurer, edgeLabelSize());
        return new Diagram(title, width, height, nodes, edges, legend(t, visible, language, lineStyles),
                sources(t, visible), style, language);
    }

    /** A line style for each relation type shown, distinct within the view. */
    private static Map<String, LineStyle> lineStyles(Taxonomy t, VisibleGraph visible) {
        Set<String> shown = new HashSet<>();
        visible.relations().forEach(e -> shown.add(e.type()));
        List<RelationType> types = t.relationTypes().stream().filter(rt -> shown.contains(rt.id())).toList();
        List<LineStyle> styles = Palette.lineStyles(types);
        Map<String, LineStyle> byType = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            byType.put(types.get(i).id(), styles.get(i));
        }
        return byType;
    }

    private List<DiagramEdge> edges(TaxonomyGraph tg, VisibleGraph visible, Layout layout, String language,
                                    Highlight highlight, Map<String, NodeShape> shapes,
                                    Map<String, LineStyle> lineStyles) {
        Taxonomy t = tg.taxonomy();
        Map<String, Integer> parallelCount = new HashMap<>();
        for (RelationEdge e : visible.relations()) {
            parallelCount.merge(pairKey(e), 1, Integer::sum);
        }
        Map<String, Integer> parallelSeen = new HashMap<>();
        List<DiagramEdge> edges = new ArrayList<>();
        List<RelationEdge> relations = visible.relations();
        for (int i = 0; i < relations.size(); i++) {
            RelationEdge e = relations.get(i);
            RelationType type = t.relationType(e.type()).orElseThrow();
            int count = parallelCount.get(pairKey(e));
            int nth = parallelSeen.merge(pairKey(e), 1, Integer::sum) - 1;
            // Offsets are measured in the pair's canonical direction, so opposite edges don't cancel out.
            double sign = e.from().compareTo(e.to()) < 0 ? 1 : -1;
            double offset = (nth - (count - 1) / 2.0) * PARALLEL_GAP * sign;
            List<Point> bends = layout.edges().get(i).bends();
            List<Point> points = EdgeGeometry.rounded(EdgeGeometry.route(layout.node(e.from()), shapes.get(e.from()),
                    layout.node(e.to()), shapes.get(e.to()), bends, offset));
            boolean contested = e.relation().isContested(type);
            LineStyle line = lineStyles.get(type.id());
            edges.add(new DiagramEdge(e.index(), e.from(), e.to(), e.type(), points,
                    contested ? line.contested() : line, contested, t.text(type.label(), language),
                    emphasis(e, highlight), null));
        }
        return edges;
    }

    /**
     * The visible graph laid out by {@code kind}, as the window, the command line and the head start
     * all lay it out: with room made for its relations' names where the view is read whole.
     */
    public Layout layOut(TaxonomyGraph tg, VisibleGraph visible, LayoutKind kind, String language,
                         org.psoexplorer.layout.LayoutOptions options) {
        return layOut(tg, visible, layoutGraph(tg, visible, language), kind, language, options);
    }

    /** As {@link #layOut(TaxonomyGraph, VisibleGraph, LayoutKind, String, org.psoexplorer.layout.LayoutOptions)}, its graph already sized. */
    public Layout layOut(TaxonomyGraph tg, VisibleGraph visible, LayoutGraph sized, LayoutKind kind, String language,
                         org.psoexplorer.layout.LayoutOptions options) {
        Layout layout = kind.algorithm().layout(sized, options);
        return withRoomForRelationNames(tg, visible, layout, kind, language, options.margin());
    }

    /**
     * The visible graph placed as {@code before} placed the same concepts ({@link KeptLayout}), its
     * names {@code names} times their boxes' size kept apart, a new unrelated concept at
     * {@code newcomersAt} (or null: right of the drawing), with room for relation names as
     * {@link #layOut} makes it; null when it is too different a graph, or a circle, which places its
     * concepts by their order alone and so keeps its picture anyway.
     */
    public Layout keep(TaxonomyGraph tg, VisibleGraph visible, Layout before, LayoutKind kind, String language,
                       org.psoexplorer.layout.LayoutOptions options, double names, Point newcomersAt) {
        if (kind.keepsItsShape()) {
            return null;
        }
        Layout kept = KeptLayout.adjust(before, layoutGraph(tg, visible, language), options, kind == LayoutKind.LAYERED,
                names, newcomersAt);
        return kept == null ? null : withRoomForRelationNames(tg, visible, kept, kind, language, options.margin());
    }

    /**
     * A view read whole (a Relate answer, a tour step, a neighbourhood) laid out by force or in
     * rings, with its concepts moved apart until its relations' names fit their lines
     * ({@link RelationRoom}); any other layout as it is. Layers keep their own spacing, a circle its shape.
     */
    private Layout withRoomForRelationNames(TaxonomyGraph tg, VisibleGraph visible, Layout layout, LayoutKind kind,
                                            String language, double margin) {
        if (visible.concepts().size() > Diagram.READ_WHOLE_UP_TO || kind != LayoutKind.FORCE && kind != LayoutKind.RADIAL) {
            return layout;
        }
        return RelationRoom.spread(layout, relationNameSizes(tg, visible, language), margin);
    }

    /**
     * Each visible relation's name as the drawing sets it on one line, {width, height} in the
     * layout's units, in the order of {@code visible.relations()} (and of the layout's edges).
     */
    public List<double[]> relationNameSizes(TaxonomyGraph tg, VisibleGraph visible, String language) {
        Taxonomy t = tg.taxonomy();
        double size = edgeLabelSize();
        List<double[]> sizes = new ArrayList<>();
        for (RelationEdge e : visible.relations()) {
            String name = t.relationType(e.type()).map(type -> t.text(type.label(), language)).orElse("");
            sizes.add(new double[] {measurer.width(name, size, false) + 2 * LABEL_PAD_X, measurer.lineHeight(size)});
        }
        return sizes;
    }

    /** Relation labels are drawn two points smaller than concept names, on screen and in exports. */
    public double edgeLabelSize() {
        return style.fontSize() - 2;
    }

    private static String pairKey(RelationEdge e) {
        return e.from().compareTo(e.to()) < 0 ? e.from() + "\u0000" + e.to() : e.to() + "\u0000" + e.from();
    }

    private List<String> lines(Taxonomy t, Concept c, String language) {
        String label = t.text(c.label(), language);
        List<String> lines = wrapped.get(label);
        if (lines == null) {
            lines = List.copyOf(wrapper.wrap(label, style.maxLabelWidth(), style.fontSize(), false));
            wrapped.putIfAbsent(label, lines);
        }
        return lines;
    }

    private double[] boxSize(List<String> lines, NodeShape shape) {
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, measurer.width(line, style.fontSize(), false));
        }
        double w = Math.max(MIN_WIDTH, Math.ceil(textWidth + 2 * style.paddingX()));
        double h = Math.ceil(lines.size() * measurer.lineHeight(style.fontSize()) + 2 * style.paddingY());
        // Text sits in the inscribed rectangle, which is smaller for ellipses, diamonds and hexagons.
        return switch (shape) {
            case ELLIPSE -> new double[] {Math.ceil(w * 1.3), Math.ceil(h * 1.35)};
            case DIAMOND -> new double[] {Math.ceil(w * 1.6), Math.ceil(h * 1.7)};
            case HEXAGON -> new double[] {Math.ceil(w + h * 0.6), h};
            default -> new double[] {w, h};
        };
    }

    private static NodeShape shape(Taxonomy t, Concept c) {
        return t.kind(c.kind()).map(Kind::shape).filter(s -> s != null).orElse(NodeShape.ROUNDED);
    }

    private static String fill(Taxonomy t, String kindId) {
        Kind kind = t.kind(kindId).orElse(null);
        if (kind != null && kind.color() != null) {
            return kind.color().toLowerCase(java.util.Locale.ROOT);
        }
        return Palette.fill(kind == null ? 0 : kindIndex(t, kindId));
    }

    /**
     * The position of the kind {@code t.kind(kindId)} returns (the first of that id) among the
     * taxonomy's kinds, or -1. By id: comparing whole records, labels and all, ran through method
     * handles for every concept, the slowest way on the command line's cold start (issue 11).
     */
    private static int kindIndex(Taxonomy t, String kindId) {
        List<Kind> kinds = t.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).id().equals(kindId)) {
                return i;
            }
        }
        return -1;
    }

    private static Emphasis emphasis(String id, Highlight h) {
        if (id.equals(h.selected())) {
            return Emphasis.SELECTED;
        }
        if (!h.dimsOthers()) {
            return Emphasis.NORMAL;
        }
        return h.concepts().contains(id) ? Emphasis.HIGHLIGHTED : Emphasis.DIMMED;
    }

    private static Emphasis emphasis(RelationEdge e, Highlight h) {
        if (!h.dimsOthers()) {
            return Emphasis.NORMAL;
        }
        return h.relations().contains(e.index()) ? Emphasis.HIGHLIGHTED : Emphasis.DIMMED;
    }

    /**
     * The legend's kinds for what is visible, as the diagram's legend will list them: known before
     * the drawing is, so the window can give the legend its room before the graph is fitted.
     */
    public static List<LegendItem> kindLegend(Taxonomy t, VisibleGraph visible, String language) {
        Set<String> kinds = new LinkedHashSet<>();
        visible.concepts().forEach(id -> t.concept(id).ifPresent(c -> kinds.add(c.kind())));
        List<LegendItem> items = new ArrayList<>();
        for (Kind k : t.kinds()) {
            if (kinds.contains(k.id())) {
                String fill = fill(t, k.id());
                items.add(new LegendItem(k.id(), t.text(k.label(), language),
                        k.shape() == null ? NodeShape.ROUNDED : k.shape(), fill, Palette.darker(fill, 0.62), false));
            }
        }
        return items;
    }

    private List<LegendItem> legend(Taxonomy t, VisibleGraph visible, String language,
                                    Map<String, LineStyle> lineStyles) {
        Set<String> types = new LinkedHashSet<>();
        visible.relations().forEach(e -> types.add(e.type()));
        List<LegendItem> items = new ArrayList<>(kindLegend(t, visible, language));
        for (RelationType rt : t.relationTypes()) {
            if (types.contains(rt.id())) {
                LineStyle line = lineStyles.get(rt.id());
                items.add(new LegendItem(rt.id(), t.text(rt.label(), language), null, null, line.color(),
                        rt.contested(), line));
            }
        }
        return items;
    }

    private static List<String> sources(Taxonomy t, VisibleGraph visible) {
        Set<String> cited = new LinkedHashSet<>();
        for (String id : visible.concepts()) {
            for (Quote q : t.concept(id).orElseThrow().quotes()) {
                cited.add(q.source());
            }
        }
        for (RelationEdge e : visible.relations()) {
            cited.addAll(e.relation().sources());
            if (e.relation().quote() != null) {
                cited.add(e.relation().quote().source());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        t.sources().forEach(s -> {
            if (cited.contains(s.id())) {
                ordered.put(s.id(), s.shortCitation());
            }
        });
        return List.copyOf(ordered.values());
    }
}
