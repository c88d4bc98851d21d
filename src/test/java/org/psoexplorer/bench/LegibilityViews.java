package org.psoexplorer.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.diagram.Diagram;
import org.psoexplorer.diagram.DiagramPipeline;
import org.psoexplorer.diagram.Highlight;
import org.psoexplorer.graph.ConceptPath;
import org.psoexplorer.graph.PathFinder;
import org.psoexplorer.graph.PathQuery;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.layout.LayoutOptions;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;

/**
 * The views of the built-in taxonomy that issue 10 asks to be legible, drawn by the same pipeline
 * as the window: the opening view, the whole taxonomy in each layout, every tour step (its
 * concepts alone, laid out afresh, its relations lit) and the Relate view from conflict
 * prevention to peacebuilding (the concepts of the paths found, laid out afresh).
 */
public final class LegibilityViews {

    private final Taxonomy taxonomy = TaxonomyLoader.defaultTaxonomy();
    private final TaxonomyGraph graph = new TaxonomyGraph(taxonomy);
    private final DiagramPipeline pipeline = new DiagramPipeline();
    /** The layout the window opens on, and keeps for tour steps and Relate that name none. */
    private final LayoutKind opening = openingLayout(taxonomy);

    /**
     * The window's choice (ExplorerViewModel.bestLayout): layered when at least 60 % of the
     * concepts are in the hierarchy, else force. The built-in taxonomy opens in force.
     */
    static LayoutKind openingLayout(Taxonomy t) {
        Set<String> inHierarchy = new HashSet<>();
        for (Relation r : t.relations()) {
            if (t.relationType(r.type()).map(rt -> rt.hierarchical()).orElse(false)) {
                inHierarchy.add(r.from());
                inHierarchy.add(r.to());
            }
        }
        return inHierarchy.size() >= 0.6 * t.concepts().size() ? LayoutKind.LAYERED : LayoutKind.FORCE;
    }

    public TaxonomyGraph graph() {
        return graph;
    }

    /** Name → diagram, in the order of the report. */
    public Map<String, Diagram> all() {
        Map<String, Diagram> views = new LinkedHashMap<>();
        views.put("opening view (" + opening.id() + ")", whole(opening));
        for (LayoutKind kind : LayoutKind.values()) {
            views.put("whole taxonomy, " + kind.id(), whole(kind));
        }
        // What the aspect-ratio option offers the opening view: laid out for a 1366×768 canvas.
        views.put("whole taxonomy, layered, aspect 1366:768", pipeline.run(graph, ViewFilter.NONE, LayoutKind.LAYERED,
                LayoutOptions.defaults().withAspectRatio(1366.0 / 768), "en", Highlight.NONE, "").diagram());
        views.putAll(tourSteps());
        views.put("Relate conflict-prevention → peacebuilding", relate("conflict-prevention", "peacebuilding"));
        views.putAll(relateAndFocusViews());
        return views;
    }

    /**
     * The Relate answer in the layered layout too, and focus views: a concept's neighbourhood alone,
     * laid out afresh as the window does (its centre for the radial layout).
     */
    public Map<String, Diagram> relateAndFocusViews() {
        Map<String, Diagram> views = new LinkedHashMap<>();
        views.put("Relate conflict-prevention → peacebuilding (layered)",
                relate("conflict-prevention", "peacebuilding", LayoutKind.LAYERED));
        for (LayoutKind kind : LayoutKind.values()) {
            views.put("focus peacekeeping, depth 1 (" + kind.id() + ")", focus("peacekeeping", 1, kind));
        }
        views.put("focus pso, depth 1 (layered)", focus("pso", 1, LayoutKind.LAYERED));
        views.put("focus conflict-prevention, depth 1 (layered)", focus("conflict-prevention", 1, LayoutKind.LAYERED));
        return views;
    }

    /** A focus view: the concept and its neighbours up to {@code depth} steps, alone, laid out afresh. */
    public Diagram focus(String id, int depth, LayoutKind kind) {
        return pipeline.run(graph, ViewFilter.NONE.withFocus(id, depth), kind, LayoutOptions.defaults(), "en",
                new Highlight(id, Set.of(), Set.of()), "").diagram();
    }

    public Diagram whole(LayoutKind kind) {
        return pipeline.run(graph, ViewFilter.NONE, kind, LayoutOptions.defaults(), "en", Highlight.NONE, "")
                .diagram();
    }

    /** Every step of every tour that shows a chosen set of concepts. */
    public Map<String, Diagram> tourSteps() {
        Map<String, Diagram> views = new LinkedHashMap<>();
        for (Tour tour : taxonomy.tours()) {
            for (int i = 0; i < tour.steps().size(); i++) {
                TourStep s = tour.steps().get(i);
                if (s.showsEverything()) {
                    continue;
                }
                Set<String> shown = new LinkedHashSet<>(s.concepts());
                Set<Integer> lit = new HashSet<>();
                s.relations().forEach(ref -> lit.addAll(taxonomy.relationIndices(ref)));
                if (s.relations().isEmpty()) {
                    List<Relation> all = taxonomy.relations();
                    for (int r = 0; r < all.size(); r++) {
                        if (shown.contains(all.get(r).from()) && shown.contains(all.get(r).to())) {
                            lit.add(r);
                        }
                    }
                }
                LayoutKind kind = s.layout() == null ? opening : LayoutKind.fromId(s.layout());
                Diagram d = pipeline.run(graph, ViewFilter.NONE.withOnly(shown), kind, LayoutOptions.defaults(), "en",
                        new Highlight(s.effectiveFocus(), shown, lit), "").diagram();
                views.put("tour " + tour.id() + " step " + (i + 1) + " (" + kind.id() + ")", d);
            }
        }
        return views;
    }

    /** The concepts of the paths between two concepts, alone, laid out afresh, the paths lit. */
    public Diagram relate(String from, String to) {
        return relate(from, to, opening);
    }

    public Diagram relate(String from, String to, LayoutKind kind) {
        List<ConceptPath> paths = new PathFinder(graph).find(PathQuery.between(from, to)).paths();
        Set<String> concepts = new LinkedHashSet<>(List.of(from, to));
        Set<Integer> relations = new HashSet<>();
        for (ConceptPath p : paths) {
            concepts.addAll(p.concepts());
            relations.addAll(p.relationIndices());
        }
        return pipeline.run(graph, ViewFilter.NONE.withOnly(concepts), kind, LayoutOptions.defaults(), "en",
                new Highlight(from, concepts, relations), "").diagram();
    }

    /** The small views: tour steps, Relate and focus views (each at most 30 concepts). */
    public Map<String, Diagram> smallViews() {
        Map<String, Diagram> views = new LinkedHashMap<>(tourSteps());
        views.put("Relate", relate("conflict-prevention", "peacebuilding"));
        views.putAll(relateAndFocusViews());
        return views;
    }

    static List<String> names(Map<String, Diagram> views) {
        return new ArrayList<>(views.keySet());
    }
}
