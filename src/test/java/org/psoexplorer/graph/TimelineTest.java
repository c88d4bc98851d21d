package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Dating concepts and relations for the doctrine timeline. The taxonomy:
 *
 * <pre>
 *   pk   since 1948, quoted from agenda (1992)          → 1948 (since wins)
 *   pb   quoted from agenda (1992) and hippo (2015)     → 1992 (earliest source)
 *   sp   since 2016                                     → 2016
 *   imp  quoted from an undated web page               → timeless
 *   ct   no quote                                       → timeless
 *
 *   0 pk → pb   since 1995                              → 1995
 *   1 pk → pb   sources hippo, agenda                   → 1992
 *   2 pb → sp   since 2000, but sp is from 2016         → 2016 (never before its concepts)
 *   3 imp → ct  sources web only                        → timeless
 *   4 imp → pb  quote from brahimi (2000)               → 2000
 *   5 ct → sp   no source                               → 2016 (its concept's year)
 * </pre>
 */
class TimelineTest {

    private static final Taxonomy T = taxonomy();

    private static Taxonomy taxonomy() {
        List<Source> sources = List.of(
                source("agenda", SourceType.UN_DOCUMENT, "An Agenda for Peace", null, 1992),
                source("hippo", SourceType.REPORT, "Uniting Our Strengths for Peace: Politics, Partnership and People (HIPPO)", null, 2015),
                source("brahimi", SourceType.REPORT, "Report of the Panel on United Nations Peace Operations (Brahimi report)", null, 2000),
                source("karlsrud", SourceType.ARTICLE, "Towards UN counter-terrorism operations?", "John Karlsrud", 2015),
                source("call", SourceType.ARTICLE, "Commentary", "Charles T. Call", 2015),
                source("de-coning", SourceType.BOOK, "Is stabilization the new normal?", "Cedric de Coning", 2015),
                source("web", SourceType.OTHER, "Principles of peacekeeping", null, null));
        List<Concept> concepts = List.of(
                concept("pk", 1948, "agenda"),
                concept("pb", null, "hippo", "agenda"),
                concept("sp", 2016),
                concept("imp", null, "web"),
                concept("ct", null));
        List<Relation> relations = List.of(
                rel("pk", "pb", 1995, List.of(), null),
                rel("pk", "pb", null, List.of("hippo", "agenda"), null),
                rel("pb", "sp", 2000, List.of(), null),
                rel("imp", "ct", null, List.of("web"), null),
                rel("imp", "pb", null, List.of(), "brahimi"),
                rel("ct", "sp", null, List.of(), null));
        return new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, sources, List.of(), List.of(),
                concepts, relations);
    }

    private static Source source(String id, SourceType type, String title, String author, Integer year) {
        return new Source(id, type, title, author, "United Nations", year, null, null, null);
    }

    private static Concept concept(String id, Integer since, String... quotedSources) {
        List<Quote> quotes = java.util.Arrays.stream(quotedSources).map(s -> new Quote("Words", s, "p. 1", null)).toList();
        return new Concept(id, "op", LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "D"), quotes, since,
                LocalizedText.EMPTY);
    }

    private static Relation rel(String from, String to, Integer since, List<String> sources, String quoteSource) {
        Quote quote = quoteSource == null ? null : new Quote("Words", quoteSource, "p. 1", null);
        return new Relation(from, "r", to, sources, quote, LocalizedText.EMPTY, since, null);
    }

    @Test
    void aConceptIsDatedByItsSinceElseByItsEarliestQuotedSource() {
        Timeline timeline = new Timeline(T);

        assertThat(timeline.yearOf("pk")).isEqualTo(1948);
        assertThat(timeline.yearOf("pb")).isEqualTo(1992);
        assertThat(timeline.yearOf("sp")).isEqualTo(2016);
        assertThat(timeline.yearOf("imp")).as("quoted only from an undated page").isNull();
        assertThat(timeline.yearOf("ct")).as("no quote").isNull();
        assertThat(timeline.yearOf("no-such-concept")).isNull();
    }

    @Test
    void aRelationIsDatedByItsSinceElseByItsEarliestSourceButNeverBeforeItsConcepts() {
        Timeline timeline = new Timeline(T);

        assertThat(timeline.yearOfRelation(0)).isEqualTo(1995);
        assertThat(timeline.yearOfRelation(1)).isEqualTo(1992);
        assertThat(timeline.yearOfRelation(2)).as("since 2000, but sp appears in 2016").isEqualTo(2016);
        assertThat(timeline.yearOfRelation(3)).isNull();
        assertThat(timeline.yearOfRelation(4)).as("from its quote's source").isEqualTo(2000);
        assertThat(timeline.yearOfRelation(5)).as("undated, between a timeless concept and a 2016 one").isEqualTo(2016);
        assertThat(timeline.yearOfRelation(6)).isNull();
        assertThat(timeline.yearOfRelation(-1)).isNull();
    }

    @Test
    void theRangeCoversEverySourceYearAndSince() {
        Timeline timeline = new Timeline(T);

        assertThat(timeline.firstYear()).isEqualTo(1948);
        assertThat(timeline.lastYear()).isEqualTo(2016);
        assertThat(timeline.hasYears()).isTrue();
        assertThat(timeline.isVisibleIn("pb", 1991)).isFalse();
        assertThat(timeline.isVisibleIn("pb", 1992)).isTrue();
        assertThat(timeline.isVisibleIn("imp", 1000)).isTrue();
    }

    @Test
    void milestonesAreTheDistinctSourceYearsInOrder() {
        assertThat(new Timeline(T).milestones()).containsExactly(1992, 2000, 2015);
    }

    @Test
    void aMilestoneIsLabelledByShortTitlesDocumentsFirstAndScholarsByName() {
        Timeline timeline = new Timeline(T);

        assertThat(timeline.milestoneLabel(1992, "en")).isEqualTo("An Agenda for Peace");
        assertThat(timeline.milestoneLabel(2000, "en")).isEqualTo("Brahimi report");
        assertThat(timeline.milestoneLabel(2015, "en")).isEqualTo("HIPPO; Cedric de Coning; John Karlsrud; + 1 more");
        assertThat(timeline.milestoneLabel(2015, "fr")).isEqualTo("HIPPO; Cedric de Coning; John Karlsrud; + 1 autre");
        assertThat(timeline.milestoneLabel(1999, "en")).isEmpty();
    }

    @Test
    void shortTitlesKeepTheNameADocumentGoesBy() {
        assertThat(Timeline.shortTitle("United Nations Peacekeeping Operations: Principles and Guidelines (Capstone Doctrine)"))
                .isEqualTo("Capstone Doctrine");
        assertThat(Timeline.shortTitle("Allied Joint Doctrine for the Military Contribution to Peace Support (AJP-3.4.1): GOV.UK publication page"))
                .isEqualTo("AJP-3.4.1");
        assertThat(Timeline.shortTitle("Draft Concept 3-24 (counterinsurgency definitions)"))
                .isEqualTo("Draft Concept 3-24 (counterinsurgency definitions)");
        assertThat(Timeline.shortTitle("Joint Doctrine Manual: Peace Support Operations"))
                .isEqualTo("Joint Doctrine Manual: Peace Support Operations");
        assertThat(Timeline.shortTitle("Resonating, Rejecting, Reinterpreting: Mapping the Stabilization Discourse in the United Nations Security Council, 2000–14"))
                .isEqualTo("Resonating, Rejecting, Reinterpreting");
    }

    @Test
    void aTaxonomyWithoutYearsHasAOnePositionTimeline() {
        Taxonomy none = new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, List.of(), List.of(),
                List.of(), List.of(concept("a", null)), List.of());
        Timeline timeline = new Timeline(none);

        assertThat(timeline.hasYears()).isFalse();
        assertThat(timeline.milestones()).isEmpty();
        assertThat(timeline.firstYear()).isEqualTo(timeline.lastYear());
        assertThat(timeline.yearOf("a")).isNull();
    }

    @Test
    void theDefaultTaxonomyStopsAtTheDoctrinalMilestones() {
        Timeline timeline = new Timeline(TaxonomyLoader.defaultTaxonomy());

        assertThat(timeline.milestones()).contains(1992, 2000, 2001, 2008, 2015, 2016).isSorted();
        assertThat(timeline.firstYear()).isLessThanOrEqualTo(1992);
        assertThat(timeline.lastYear()).isGreaterThanOrEqualTo(2016);
        assertThat(timeline.milestoneLabel(1992, "en")).contains("An Agenda for Peace");
        assertThat(timeline.milestoneLabel(2000, "en")).contains("Brahimi report");
        assertThat(timeline.milestoneLabel(2001, "en")).contains("AJP-3.4.1");
        assertThat(timeline.milestoneLabel(2008, "en")).contains("Capstone Doctrine");
        assertThat(timeline.milestoneLabel(2015, "en")).contains("HIPPO");
        assertThat(timeline.milestoneLabel(2016, "en")).contains("sustaining peace");
    }

    @Test
    void inTheDefaultTaxonomyTheVocabularyGrowsAlongTheMilestones() {
        Taxonomy t = TaxonomyLoader.defaultTaxonomy();
        Timeline timeline = new Timeline(t);

        assertThat(timeline.yearOf("peacekeeping")).as("the practice, not the 1992 definition").isEqualTo(1948);
        assertThat(timeline.yearOf("peace-enforcement")).isEqualTo(1992);
        assertThat(timeline.yearOf("pso")).as("NATO's 1997 Logistics Handbook").isEqualTo(1997);
        assertThat(timeline.yearOf("protection-of-civilians")).as("resolutions 1265 and 1270").isEqualTo(1999);
        assertThat(timeline.yearOf("r2p")).as("the ICISS report").isEqualTo(2001);
        assertThat(timeline.yearOf("robust-peacekeeping")).isEqualTo(2008);
        assertThat(timeline.yearOf("sustaining-peace")).isEqualTo(2016);
        assertThat(timeline.yearOf("impartiality")).as("quoted only from undated pages").isNull();
        for (int i = 0; i < t.relations().size(); i++) {
            Relation r = t.relations().get(i);
            Integer year = timeline.yearOfRelation(i);
            for (String end : List.of(r.from(), r.to())) {
                Integer endYear = timeline.yearOf(end);
                if (endYear != null) {
                    assertThat(year).as("relation %d after %s", i, end).isNotNull().isGreaterThanOrEqualTo(endYear);
                }
            }
        }
    }
}
