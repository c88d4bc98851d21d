package org.psoexplorer.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.View;
import org.psoexplorer.ui.ExplorerViewModel;

/**
 * Saved views and the explorer: what is on screen captured as a {@link View} (layout, filters,
 * focus, zoom, every concept's place), and a view put back exactly.
 */
public final class Views {

    private Views() {
    }

    /** The arrangement on screen as a view; {@code zoomAndCentre} from the graph, or null for "fit". */
    public static View capture(String id, LocalizedText label, ExplorerViewModel vm, double[] zoomAndCentre) {
        ViewFilter f = vm.filterProperty().get();
        Map<String, View.Position> positions = new LinkedHashMap<>();
        vm.positions().forEach((concept, p) -> positions.put(concept, new View.Position(round(p[0]), round(p[1]))));
        View.Viewport viewport = zoomAndCentre == null ? null
                : new View.Viewport(Math.round(zoomAndCentre[0] * 10000) / 10000.0, round(zoomAndCentre[1]), round(zoomAndCentre[2]));
        return new View(id, label, vm.layoutKindProperty().get().id(), f.focus(), f.focus() == null ? null : f.focusDepth(),
                f.hiddenKinds().stream().sorted().toList(), f.hiddenRelationTypes().stream().sorted().toList(),
                f.onlySource(), viewport, positions);
    }

    /** The filter a view asks for (its focus, hidden kinds and types, source), within {@code only} when not empty. */
    public static ViewFilter filterOf(View v, Set<String> only) {
        ViewFilter f = new ViewFilter(Set.copyOf(v.hiddenKinds()), Set.copyOf(v.hiddenRelationTypes()), v.onlySource(),
                v.focus(), v.depth() == null ? 1 : v.depth(), Set.of());
        return only.isEmpty() ? f : f.withOnly(only);
    }

    /** Puts a view back: layout and filters first, then every concept where the view placed it. */
    public static void show(View v, ExplorerViewModel vm) {
        LayoutKind kind = v.layout() == null ? vm.layoutKindProperty().get() : LayoutKind.fromId(v.layout());
        vm.restore(new ExplorerViewModel.ViewState(filterOf(v, Set.of()), kind, vm.selectedProperty().get(), List.of()));
        place(v, vm);
    }

    /** Puts the view's concepts where it placed them (after its layout and filters are on screen). */
    public static void place(View v, ExplorerViewModel vm) {
        Map<String, double[]> places = new LinkedHashMap<>();
        v.positions().forEach((id, p) -> places.put(id, new double[] {p.x(), p.y()}));
        vm.placeConcepts(places);
    }

    /** "Seminar 3" → "seminar-3", unique among the taxonomy's views unless it replaces one of that name. */
    public static String idFor(String name) {
        String slug = NewConceptForm.slug(name);
        return slug.isEmpty() ? "view" : slug;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
