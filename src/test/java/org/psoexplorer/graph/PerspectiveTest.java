package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * The taxonomy as sources tell it. The taxonomy:
 *
 * <pre>
 *   pk (quoted from un), pb, ct (quoted from scholar), imp, lone (quoted from nato)
 *   0 pk → pb    sources [un]
 *   1 pb → imp   quote from nato
 *   2 ct → pk    sources [scholar, book]
 *   3 imp → ct   no source
 * </pre>
 */
class PerspectiveTest {

    private static final Taxonomy T = taxonomy();

    private static Taxonomy taxonomy() {
        List<Source> sources = List.of(
                source("un", SourceType.UN_DOCUMENT),
                source("nato", SourceType.DOCTRINE),
                source("scholar", SourceType.ARTICLE),
                source("book", SourceType.BOOK),
                source("web", SourceType.OTHER));
        List<Concept> concepts = List.of(
                concept("pk", "un"), concept("pb"), concept("ct", "scholar"), concept("imp"), concept("lone", "nato"));
        List<Relation> relations = List.of(
                rel("pk", "pb", List.of("un"), null),
                rel("pb", "imp", List.of(), "nato"),
                rel("ct", "pk", List.of("scholar", "book"), null),
                rel("imp", "ct", List.of(), null));
        return new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, sources, List.of(), List.of(),
                concepts, relations);
    }

    private static Source source(String id, SourceType type) {
        return new Source(id, type, "Title " + id, null, null, 2000, null, null, null);
    }

    private static Concept concept(String id, String... quoted) {
        List<Quote> quotes = java.util.Arrays.stream(quoted).map(s -> new Quote("Words", s, "p. 1", null)).toList();
        return new Concept(id, "op", LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "D"), quotes, null,
                LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String to, List<String> sources, String quoteSource) {
        Quote quote = quoteSource == null ? null : new Quote("Words", quoteSource, "p. 1", null);
        return new Relation(from, "r", to, sources, quote, LocalizedText.EMPTY, null, null);
    }

    @Test
    void oneSourceShowsWhatItIsQuotedOnAndTheRelationsItStates() {
        Perspective un = Perspective.of(T, Set.of("un"));

        assertThat(un.concepts()).containsExactly("pk", "pb");
        assertThat(un.relations()).containsExactly(0);
        assertThat(un.containsConcept("imp")).isFalse();
    }

    @Test
    void aRelationCitesASourceThroughItsQuoteToo() {
        Perspective nato = Perspective.of(T, Set.of("nato"));

        assertThat(nato.concepts()).as("quoted on lone; its quote states pb → imp").containsExactly("pb", "imp", "lone");
        assertThat(nato.relations()).containsExactly(1);
    }

    @Test
    void aGroupOfSourcesTellsTheUnionOfWhatEachTells() {
        Perspective scholarship = Perspective.of(T, Set.of("scholar", "book"));
        Perspective both = Perspective.of(T, Set.of("un", "nato"));

        assertThat(scholarship.concepts()).containsExactly("pk", "ct");
        assertThat(scholarship.relations()).containsExactly(2);
        assertThat(both.concepts()).containsExactly("pk", "pb", "imp", "lone");
        assertThat(both.relations()).containsExactlyInAnyOrder(0, 1);
        assertThat(Perspective.of(T, Set.of()).concepts()).isEmpty();
    }

    @Test
    void sourcesAreGroupedByKindOfRecordWithArticlesAndBooksAsScholarship() {
        Map<String, Set<String>> groups = Perspective.groups(T);

        assertThat(groups.keySet()).containsExactly("un-document", "doctrine", "scholarship", "other");
        assertThat(groups.get("scholarship")).containsExactly("scholar", "book");
        assertThat(groups.get("un-document")).containsExactly("un");
        assertThat(groups).doesNotContainKey("report");
    }

    @Test
    void theDefaultTaxonomyCanBeReadAsTheUnTheDoctrineOrTheScholarsTellIt() {
        Taxonomy t = TaxonomyLoader.defaultTaxonomy();
        Map<String, Set<String>> groups = Perspective.groups(t);

        assertThat(groups.keySet()).containsExactly("un-document", "doctrine", "scholarship", "report", "other");
        assertThat(groups.get("un-document")).contains("agenda-for-peace-1992", "sustaining-peace-resolutions-2016");
        assertThat(groups.get("doctrine")).contains("ajp-3-4-1-2001", "capstone-2008");
        assertThat(groups.get("scholarship")).contains("karlsrud-2017", "charbonneau-2017");

        Perspective un = Perspective.of(t, groups.get("un-document"));
        Perspective scholars = Perspective.of(t, groups.get("scholarship"));
        assertThat(un.concepts()).contains("peacekeeping", "sustaining-peace").doesNotContain("permanent-intervention");
        assertThat(scholars.concepts()).contains("permanent-intervention", "counterterrorism");
        for (Perspective p : List.of(un, scholars)) {
            for (int i : p.relations()) {
                Relation r = t.relations().get(i);
                assertThat(p.concepts()).contains(r.from(), r.to());
            }
        }
    }
}
