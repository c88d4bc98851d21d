package org.psoexplorer.export.share;

import java.util.List;
import java.util.Optional;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.ExportScene;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * Gives an export's sources footer the full references in the course's citation style, in the
 * diagram's language, so a picture on a slide carries the same references as the handout. A view
 * citing more than {@value #MOST_REFERENCES} sources keeps the one-paragraph footer: the whole
 * taxonomy's 78 references would run longer than its diagram (the handout and File → Bibliography
 * carry them in full).
 */
public final class StyledSources {

    /** The most full references a picture's footer lists. */
    public static final int MOST_REFERENCES = 20;

    private StyledSources() {
    }

    /** The scene with its diagram's footer formatted in this style (the default style when {@code null}). */
    public static ExportScene apply(ExportScene scene, CitationStyle style) {
        return withReferences(scene, references(scene.graph().taxonomy(), scene.visible(), scene.language(), style));
    }

    /**
     * The full references of the sources behind {@code visible}, in this style (the default style when
     * {@code null}), or empty when they are too many for a footer. Needs only the visible part of the
     * taxonomy, so an export can format them while the diagram is laid out.
     */
    public static Optional<List<String>> references(Taxonomy taxonomy, VisibleGraph visible, String language,
                                                    CitationStyle style) {
        CitationStyle chosen = style == null ? CitationStyle.DEFAULT : style;
        List<Source> cited = CitedSources.of(taxonomy, visible);
        if (cited.size() > MOST_REFERENCES) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(new Citations(chosen, language).bibliography(cited).values()));
    }

    /** The scene with these references as its footer; unchanged for {@link Optional#empty()}. */
    public static ExportScene withReferences(ExportScene scene, Optional<List<String>> references) {
        return references.map(entries -> new ExportScene(scene.graph(), scene.visible(), scene.language(),
                scene.diagram().withReferences(entries))).orElse(scene);
    }
}
