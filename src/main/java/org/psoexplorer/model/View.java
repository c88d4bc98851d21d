package org.psoexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named arrangement of the diagram, saved in the taxonomy file so a lecturer finds it again next
 * week, in a tour step and in a headless export: the layout, what is hidden, the focus, the zoom and
 * the places concepts were dragged to.
 *
 * @param label               how menus name the view
 * @param layout              a layout id (one of {@link TourStep#LAYOUTS}), or {@code null} for the default
 * @param focus               the concept whose neighbourhood is shown, or {@code null} for the whole taxonomy
 * @param depth               with a focus: how many relations away stay visible (1–3); {@code null} for 1
 * @param hiddenKinds         kinds switched off
 * @param hiddenRelationTypes relation types switched off
 * @param onlySource          the source the taxonomy is read through, or {@code null} for all
 * @param viewport            the zoom and centre, or {@code null} to fit the diagram to the window
 * @param positions           concept id → the centre of its box, in diagram coordinates; these
 *                            places override the layout's, in file order
 */
public record View(String id, LocalizedText label, String layout, String focus, Integer depth,
                   List<String> hiddenKinds, List<String> hiddenRelationTypes, String onlySource,
                   Viewport viewport, Map<String, Position> positions) {

    public View {
        label = label == null ? LocalizedText.EMPTY : label;
        hiddenKinds = List.copyOf(hiddenKinds);
        hiddenRelationTypes = List.copyOf(hiddenRelationTypes);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** A view with only a layout: nothing hidden, no focus, fitted, no concept placed by hand. */
    public static View of(String id, LocalizedText label, String layout) {
        return new View(id, label, layout, null, null, List.of(), List.of(), null, null, Map.of());
    }

    /** The same view with these hand-placed positions. */
    public View withPositions(Map<String, Position> newPositions) {
        return new View(id, label, layout, focus, depth, hiddenKinds, hiddenRelationTypes, onlySource, viewport,
                newPositions);
    }

    /** The centre of a concept's box, in the diagram's coordinates (pixels at zoom 1). */
    public record Position(double x, double y) {
    }

    /**
     * Zoom and pan: {@code scale} 1 draws the diagram at its natural size; the centre is the diagram
     * point shown in the middle of the window, so the view survives another window size.
     */
    public record Viewport(double scale, double centreX, double centreY) {
    }
}
