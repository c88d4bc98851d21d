package org.psoexplorer.export.share;

import java.util.List;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.ExportScene;

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
        CitationStyle chosen = style == null ? CitationStyle.DEFAULT : style;
        List<org.psoexplorer.model.Source> cited = CitedSources.of(scene.graph().taxonomy(), scene.visible());
        if (cited.size() > MOST_REFERENCES) {
            return scene;
        }
        List<String> entries = List.copyOf(new Citations(chosen, scene.language())
                .bibliography(cited).values());
        return new ExportScene(scene.graph(), scene.visible(), scene.language(), scene.diagram().withReferences(entries));
    }
}
