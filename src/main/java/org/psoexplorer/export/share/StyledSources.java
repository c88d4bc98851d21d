package org.psoexplorer.export.share;

import java.util.List;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.ExportScene;

/**
 * Gives an export's sources footer the full references in the course's citation style, in the
 * diagram's language, so a picture on a slide carries the same references as the handout.
 */
public final class StyledSources {

    private StyledSources() {
    }

    /** The scene with its diagram's footer formatted in this style (the default style when {@code null}). */
    public static ExportScene apply(ExportScene scene, CitationStyle style) {
        CitationStyle chosen = style == null ? CitationStyle.DEFAULT : style;
        List<String> entries = List.copyOf(new Citations(chosen, scene.language())
                .bibliography(CitedSources.of(scene.graph().taxonomy(), scene.visible())).values());
        return new ExportScene(scene.graph(), scene.visible(), scene.language(), scene.diagram().withReferences(entries));
    }
}
