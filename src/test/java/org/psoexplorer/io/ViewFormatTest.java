package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.View;

/** Named views in the file: read, checked with line, column and a did-you-mean, named by tour steps. */
class ViewFormatTest {

    private static final String HEAD = """
            {
              "format": "pso-taxonomy/1",
              "title": "T",
              "sources": [{"id": "s", "type": "book", "title": "B"}],
              "kinds": [{"id": "op", "label": "Op"}],
              "relationTypes": [{"id": "r", "label": "r", "directed": true, "hierarchical": false}],
              "concepts": [
                {"id": "peacekeeping", "kind": "op", "label": "A", "definition": "D"},
                {"id": "consent", "kind": "op", "label": "B", "definition": "D"}
              ],
              "relations": [{"from": "peacekeeping", "type": "r", "to": "consent"}],
            """;

    private static LoadResult load(String rest) throws IOException {
        return new TaxonomyLoader().load("t.json", new ByteArrayInputStream((HEAD + rest).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aViewIsReadWithItsFiltersZoomAndPositions() throws IOException {
        LoadResult r = load("""
                  "views": [{"id": "week-1", "label": "Week 1", "layout": "radial", "focus": "consent", "depth": 2,
                    "hiddenKinds": ["op"], "hiddenRelationTypes": ["r"], "onlySource": "s",
                    "viewport": {"scale": 1.5, "x": 200, "y": 100.5},
                    "positions": {"consent": {"x": 10, "y": 20.5}, "peacekeeping": {"x": -30, "y": 40}}}]
                }
                """);

        assertThat(r.errors()).isEmpty();
        View v = r.taxonomy().orElseThrow().view("week-1").orElseThrow();
        assertThat(v.layout()).isEqualTo("radial");
        assertThat(v.focus()).isEqualTo("consent");
        assertThat(v.depth()).isEqualTo(2);
        assertThat(v.hiddenKinds()).containsExactly("op");
        assertThat(v.hiddenRelationTypes()).containsExactly("r");
        assertThat(v.onlySource()).isEqualTo("s");
        assertThat(v.viewport()).isEqualTo(new View.Viewport(1.5, 200, 100.5));
        assertThat(v.positions()).containsExactly(
                java.util.Map.entry("consent", new View.Position(10, 20.5)),
                java.util.Map.entry("peacekeeping", new View.Position(-30, 40)));
    }

    @Test
    void aPositionForAnUnknownConceptIsAnErrorAtItsKeyWithADidYouMean() throws IOException {
        LoadResult r = load("""
                  "views": [{"id": "week-1", "label": "Week 1",
                    "positions": {"consent": {"x": 10, "y": 20},
                                  "peacekeepin": {"x": 1, "y": 2}}}]
                }
                """);

        assertThat(r.ok()).isFalse();
        Problem p = r.errors().get(0);
        assertThat(p.message()).isEqualTo("Unknown concept \"peacekeepin\"");
        assertThat(p.hint()).isEqualTo("Did you mean \"peacekeeping\"?");
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.column()).isEqualTo(19);
        assertThat(p.path()).isEqualTo("views[0].positions.peacekeepin");
    }

    @Test
    void everyReferenceOfAViewIsChecked() throws IOException {
        LoadResult r = load("""
                  "views": [{"id": "week-1", "label": "Week 1", "focus": "consnt", "hiddenKinds": ["opp"],
                    "hiddenRelationTypes": ["rr"], "onlySource": "ss", "layout": "radal", "depth": 4},
                    {"id": "week-1", "label": "Again"}]
                }
                """);

        assertThat(r.errors()).extracting(Problem::message).containsExactlyInAnyOrder(
                "Unknown concept \"consnt\"", "Unknown kind \"opp\"", "Unknown relation type \"rr\"",
                "Unknown source \"ss\"", "Unknown layout \"radal\"", "\"depth\" is 4, outside 1–3",
                "The view id \"week-1\" is already used (line 12)");
        assertThat(r.errors()).allMatch(p -> p.line() >= 12 && p.column() > 0);
    }

    @Test
    void badPositionsAreReportedNotCrashedOn() throws IOException {
        LoadResult r = load("""
                  "views": [{"id": "v", "label": "V", "viewport": {"scale": 0, "x": 1, "y": 1},
                    "positions": {"consent": {"x": "10", "y": 20}, "peacekeeping": [1, 2]}}]
                }
                """);

        assertThat(r.errors()).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"scale\" is 0, outside 0.01–100",
                "\"x\" should be a number (without quotes), but is the text \"10\"",
                "Each position should be an object in { }, but this is a list");
    }

    @Test
    void aTourStepMayShowAViewThatExists() throws IOException {
        String tours = """
                  "views": [{"id": "week-1", "label": "Week 1"}],
                  "tours": [{"id": "t", "title": "T", "steps": [{"concepts": [], "caption": "C", "view": "%s"}]}]
                }
                """;

        LoadResult good = load(tours.formatted("week-1"));
        LoadResult bad = load(tours.formatted("week-2"));

        assertThat(good.errors()).isEmpty();
        assertThat(good.taxonomy().orElseThrow().tours().get(0).steps().get(0).view()).isEqualTo("week-1");
        assertThat(bad.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Unknown view \"week-2\"");
            assertThat(p.hint()).isEqualTo("Did you mean \"week-1\"?");
            assertThat(p.line()).isEqualTo(13);
        });
    }

    @Test
    void filesWithoutViewsHaveNone() {
        Taxonomy pso = TaxonomyLoader.defaultTaxonomy();

        assertThat(pso.views()).isEmpty();
        assertThat(new TaxonomyLoader().load(Path.of("taxonomy/examples/minimal.json")).taxonomy().orElseThrow()
                .views()).extracting(View::id).containsExactly("side-by-side");
    }
}
