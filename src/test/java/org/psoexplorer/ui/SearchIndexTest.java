package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.main.SearchIndex;
import org.psoexplorer.ui.main.SearchIndex.Hit;

/** Finding concepts by what the user remembers of them, in any language, however it is typed. */
class SearchIndexTest {

    private static LocalizedText text(String en, String fr) {
        Map<String, String> m = new LinkedHashMap<>();
        if (en != null) {
            m.put("en", en);
        }
        if (fr != null) {
            m.put("fr", fr);
        }
        return new LocalizedText(m);
    }

    private static Concept concept(String id, LocalizedText label, LocalizedText definition, String... alt) {
        return new Concept(id, "operation", label, List.of(alt).stream().map(a -> text(a, null)).toList(), definition,
                List.of(), null, LocalizedText.EMPTY);
    }

    private static Taxonomy taxonomy() {
        List<Concept> concepts = List.of(
                concept("pk", text("Peacekeeping", "Maintien de la paix"),
                        text("Deploying impartial forces with consent.", "Déployer des forces impartiales."),
                        "Blue helmets"),
                concept("pb", text("Peacebuilding", "Consolidation de la paix"),
                        text("Reducing the risk of relapse.", "Réduire le risque de rechute.")),
                concept("ssr", text("Security sector reform", "Réforme du secteur de la sécurité"),
                        text("Rebuilding police and armies.", "Reconstruire police et armées.")),
                concept("consent", text("Consent", "Consentement"),
                        text("Agreement of the parties to a peacekeeping operation.", null)),
                concept("robust", text("Robust peacekeeping", "Maintien de la paix robuste"),
                        text("Using force at the tactical level.", null)),
                concept("pe", text("Peace-enforcement", null), text("Coercive measures.", null)),
                concept("fr-only", text(null, "Sécurité humaine"), text(null, "La sécurité des personnes.")));
        return new Taxonomy(text("T", null), "en", LocalizedText.EMPTY, List.of(), List.of(), List.of(), concepts,
                List.of());
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    private final SearchIndex en = new SearchIndex(taxonomy(), "en");

    @Test
    void findsByLabelIgnoringCase() {
        assertThat(ids(en.search("PEACEKEEPING", 10))).startsWith("pk");
        assertThat(ids(en.search("consent", 10))).startsWith("consent");
    }

    @Test
    void findsInEveryLanguageWhateverTheDisplayLanguage() {
        List<Hit> hits = en.search("consolidation", 10);

        assertThat(ids(hits)).containsExactly("pb");
        // Shown in the chosen language, though found through the French label.
        assertThat(hits.get(0).display()).isEqualTo("Peacebuilding");
        assertThat(hits.get(0).toString()).isEqualTo("Peacebuilding");
    }

    @Test
    void ignoresAccentsBothWays() {
        // "Sécurité humaine" starts with the query; "... de la sécurité" only has it as a later word.
        assertThat(ids(en.search("securite", 10))).containsExactly("fr-only", "ssr");
        assertThat(ids(en.search("SÉCURITÉ", 10))).containsExactly("fr-only", "ssr");
        assertThat(ids(en.search("Réforme", 10))).containsExactly("ssr");
        assertThat(ids(en.search("reforme", 10))).containsExactly("ssr");
    }

    @Test
    void labelsRankBeforeDefinitions() {
        // "peacekeeping" is the whole label of pk, a word of robust's label, and only in consent's definition.
        assertThat(ids(en.search("peacekeeping", 10))).containsExactly("pk", "robust", "consent");
        // "force" is in no label at all: definitions only.
        assertThat(ids(en.search("forces", 10))).containsExactly("pk");
    }

    @Test
    void exactThenPrefixThenWordThenAnywhere() {
        assertThat(en.search("peacebuilding", 10).get(0).rank()).isZero();
        List<Hit> peace = en.search("peace", 10);
        // Starts with "peace" (one-word labels before the two-word "Peace-enforcement"), then a word
        // starting with it, then a definition.
        assertThat(ids(peace)).containsExactly("pb", "pk", "pe", "robust", "consent");
        assertThat(peace).extracting(Hit::rank).isSorted();
        // After a hyphen counts as the start of a word; inside a word comes last among labels.
        assertThat(en.search("enforcement", 10).get(0).rank()).isEqualTo(2);
        assertThat(en.search("keeping", 10).get(0).rank()).isEqualTo(SearchIndex.INSIDE_A_WORD);
    }

    @Test
    void findsAlternativeLabelsAndIds() {
        assertThat(ids(en.search("blue helm", 10))).containsExactly("pk");
        assertThat(ids(en.search("ssr", 10))).containsExactly("ssr");
    }

    @Test
    void theLabelTheQueryCoversMostCloselyComesFirst() {
        // Both French labels start with "maintien de la"; the shorter one is what the lecturer typed.
        assertThat(ids(en.search("maintien de la", 10))).startsWith("pk", "robust");
        List<String> builtIn = ids(new SearchIndex(TaxonomyLoader.defaultTaxonomy(), "en").search("maintien de la", 12));
        assertThat(builtIn.indexOf("peacekeeping")).isLessThan(builtIn.indexOf("multidimensional-peacekeeping"));
        assertThat(builtIn.get(0)).isEqualTo("peacekeeping");
    }

    @Test
    void aLabelOutranksAnAlternativeLabel() {
        Taxonomy t = new Taxonomy(text("T", null), "en", LocalizedText.EMPTY, List.of(), List.of(), List.of(), List.of(
                concept("multi", text("Multidimensional peacekeeping", null), text("", null), "Maintien de la paix intégré"),
                concept("pk", text("Peacekeeping", "Maintien de la paix"), text("", null))), List.of());

        assertThat(ids(new SearchIndex(t, "en").search("maintien de la", 10))).containsExactly("pk", "multi");
    }

    @Test
    void identicalLabelsAreToldApartByKindAndId() {
        Taxonomy t = new Taxonomy(text("T", null), "en", LocalizedText.EMPTY, List.of(), List.of(), List.of(), List.of(
                concept("war", text("War", null), text("", null)),
                concept("war-on-terror", text("War", null), text("", null)),
                concept("peace", text("Peace", null), text("", null))), List.of());

        List<Hit> hits = new SearchIndex(t, "en").search("wa", 10);
        assertThat(hits).extracting(Hit::display).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).startsWith("War"))
                .anySatisfy(d -> assertThat(d).contains("war-on-terror"));
        assertThat(new SearchIndex(t, "en").search("peace", 1).get(0).display()).isEqualTo("Peace");
    }

    @Test
    void respectsTheLimit() {
        assertThat(en.search("peace", 2)).hasSize(2);
        assertThat(en.search("peace", 0)).isEmpty();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(en.search("", 10)).isEmpty();
        assertThat(en.search("   ", 10)).isEmpty();
        assertThat(en.search("zzzz", 10)).isEmpty();
    }

    @Test
    void showsLabelsInTheChosenLanguageWithFallback() {
        SearchIndex fr = new SearchIndex(taxonomy(), "fr");

        assertThat(fr.search("peacebuilding", 10).get(0).display()).isEqualTo("Consolidation de la paix");
        assertThat(fr.search("enforcement", 10).get(0).display()).isEqualTo("Peace-enforcement");
        assertThat(en.search("humaine", 10).get(0).display()).isEqualTo("Sécurité humaine");
    }

    @Test
    void theDefaultTaxonomyIsSearchableInFrench() {
        SearchIndex index = new SearchIndex(TaxonomyLoader.defaultTaxonomy(), "en");

        assertThat(ids(index.search("consolidation de la paix", 5))).first().isEqualTo("peacebuilding");
        assertThat(ids(index.search("maintien de la paix", 5))).first().isEqualTo("peacekeeping");
        assertThat(ids(index.search("PEACE ENFORCEMENT", 5))).contains("peace-enforcement");
    }
}
