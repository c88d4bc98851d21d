package org.psoexplorer.model;

import java.util.List;

/**
 * A guided tour through the taxonomy, played step by step in front of a class.
 *
 * @param description what the tour teaches, or {@link LocalizedText#EMPTY}
 * @param steps       at least one step when loaded from a file
 */
public record Tour(String id, LocalizedText title, LocalizedText description, List<TourStep> steps) {

    public Tour {
        description = description == null ? LocalizedText.EMPTY : description;
        steps = List.copyOf(steps);
    }
}
