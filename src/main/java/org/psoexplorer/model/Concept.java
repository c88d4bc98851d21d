package org.psoexplorer.model;

import java.util.List;

/**
 * A concept of the taxonomy.
 *
 * @param since the year the concept appears in the literature, or {@code null}
 * @param notes free notes, empty when absent
 */
public record Concept(String id, String kind, LocalizedText label, List<LocalizedText> altLabels,
                      LocalizedText definition, List<Quote> quotes, Integer since, LocalizedText notes) {

    public Concept {
        altLabels = List.copyOf(altLabels);
        quotes = List.copyOf(quotes);
    }
}
