package org.psoexplorer.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoexplorer.cite.CitationStyle;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.TaxonomyGraph;
import org.psoexplorer.graph.ViewFilter;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.layout.LayoutKind;
import org.psoexplorer.model.Taxonomy;

/** The page's text, without a browser: what is embedded and how it is escaped. */
class InteractivePageTest {

    private static String page(Taxonomy t, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InteractivePage().write(new SharedView(new TaxonomyGraph(t), ViewFilter.NONE, LayoutKind.CIRCULAR, lang,
                CitationStyle.APA, null), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hostileTextCannotCloseTheScriptOrOpenAComment() throws Exception {
        Taxonomy hostile = new TaxonomyLoader().load(InteractivePageBrowserTest.HOSTILE).taxonomy().orElseThrow();
        String html = page(hostile, "en");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<!-- ")
                .doesNotContain("<b>");
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script>")).isEqualTo(2);

        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"pso-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        // Raw U+2028/2029 ended JavaScript strings in older engines; in JSON they are escaped.
        assertThat(m.group(1)).doesNotContain("\u2028").doesNotContain("\u2029").contains("\\u2028");
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        String label = hostile.text(hostile.concept("evil").orElseThrow().label(), "en");
        assertThat(data.at("/concepts/evil/label/en").asText()).isEqualTo(label);
        assertThat(data.at("/sources/evil-un/en").asText()).contains("S/RES/1</script>");
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnScript() throws Exception {
        String html = page(new TaxonomyLoader().loadDefault().taxonomy().orElseThrow(), "fr");
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        assertThat(csp.group(1)).startsWith("default-src 'none'").contains("connect-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("http");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        assertThat(csp.group(1)).contains("script-src '" + InteractivePage.sha256(script.group(1)) + "'");
        assertThat(html).contains("<html lang=\"fr\">").contains("data-lang=\"fr\">").contains("data-lang=\"en\" hidden>");
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void aPageTooLargeToReadWholeOpensOnItsFocusElseOnTheTopOfTheHierarchy() {
        TaxonomyGraph graph = new TaxonomyGraph(new TaxonomyLoader().loadDefault().taxonomy().orElseThrow());
        assertThat(anchor(graph, ViewFilter.NONE)).isEqualTo("pso");
        assertThat(anchor(graph, ViewFilter.NONE.withFocus("peacemaking", 2))).isEqualTo("peacemaking");
        // Without the umbrella concepts, the largest hierarchy left is the one under peacekeeping.
        assertThat(anchor(graph, ViewFilter.NONE.withHiddenKinds(java.util.Set.of("umbrella")))).isEqualTo("peacekeeping");
    }

    /**
     * Counting below the tops of the hierarchy only picks the concept the whole count would: the one
     * with the most visible concepts below it, then the best connected, then the first.
     */
    @Test
    void thePageOpensOnTheConceptWithTheMostBelowItCountedFromTheTopsOnly(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("synthetic.json");
        org.psoexplorer.bench.SyntheticTaxonomy.write(file, 1500, 7);
        TaxonomyGraph graph = new TaxonomyGraph(new TaxonomyLoader().load(file).taxonomy().orElseThrow());
        for (ViewFilter filter : java.util.List.of(ViewFilter.NONE, ViewFilter.NONE.withHiddenKinds(java.util.Set.of("umbrella")))) {
            VisibleGraph visible = VisibleGraph.of(graph, filter);
            java.util.Map<String, Long> links = new java.util.HashMap<>();
            visible.relations().forEach(e -> {
                links.merge(e.from(), 1L, Long::sum);
                links.merge(e.to(), 1L, Long::sum);
            });
            String everyConceptCounted = visible.concepts().stream().max(java.util.Comparator
                    .<String>comparingLong(id -> graph.descendants(id).stream().filter(visible::contains).count())
                    .thenComparingLong(id -> links.getOrDefault(id, 0L))).orElseThrow();

            assertThat(anchor(graph, filter)).isEqualTo(everyConceptCounted);
        }
    }

    private static String anchor(TaxonomyGraph graph, ViewFilter filter) {
        SharedView view = new SharedView(graph, filter, LayoutKind.LAYERED, "en", CitationStyle.APA, null);
        return PageData.anchor(view, VisibleGraph.of(graph, filter));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
