package org.psoexplorer.ui.relate;

import java.util.List;
import org.psoexplorer.graph.PathWords;
import org.psoexplorer.ui.I18n;

/** The relation explorer's sentences in the interface's language, from the resource bundles. */
public final class BundlePathWords implements PathWords {

    @Override
    public String sources(List<String> shortCitations) {
        return I18n.get("path.sources", shortCitations.size(), String.join("; ", shortCitations));
    }

    @Override
    public String noSources() {
        return I18n.get("path.noSources");
    }

    @Override
    public String quote(String text, String shortCitation, String locator) {
        String where = org.psoexplorer.model.Quote.cite(shortCitation, locator);
        return I18n.get("path.quote", text, where);
    }

    @Override
    public String contested(String noteOrNull) {
        return noteOrNull == null || noteOrNull.isBlank() ? I18n.get("path.contested")
                : I18n.get("path.contestedBecause", noteOrNull);
    }

    @Override
    public String note(String note) {
        return I18n.get("path.note", note);
    }

    @Override
    public String steps(int n) {
        return I18n.get("path.steps", n);
    }

    @Override
    public String pathTitle(int number, int length) {
        return I18n.get("path.title", number, steps(length));
    }

    @Override
    public String sameConcept(String label) {
        return I18n.get("path.same", label);
    }

    @Override
    public String direct(String fromLabel, String toLabel, int directRelations) {
        return I18n.get("path.direct", fromLabel, toLabel, directRelations);
    }

    @Override
    public String connected(String fromLabel, String toLabel, int shortestLength) {
        return I18n.get("path.connected", fromLabel, toLabel, steps(shortestLength));
    }

    @Override
    public String notConnected(String fromLabel, String toLabel) {
        return I18n.get("path.notConnected", fromLabel, toLabel);
    }

    @Override
    public String notConnectedOverTypes(String fromLabel, String toLabel, List<String> typeLabels,
                                        boolean connectedOverAllTypes) {
        return I18n.get("path.notConnectedTypes", fromLabel, toLabel, String.join(", ", typeLabels))
                + (connectedOverAllTypes ? " " + I18n.get("path.connectedOverAll") : "");
    }

    @Override
    public String chainCaution() {
        return I18n.get("path.caution");
    }

    @Override
    public String pathsHeading(int shown, List<String> typeLabels) {
        return typeLabels.isEmpty() ? I18n.get("path.heading", shown)
                : I18n.get("path.headingTypes", shown, String.join(", ", typeLabels));
    }
}
