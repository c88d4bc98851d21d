package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoexplorer.io.TaxonomyLoader;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * The taxonomy as it stood in a year. The taxonomy:
 *
 * <pre>
 *   pk (1992) ─0 precedes→ pb (1992)          relation since 2001
 *   pk ─1 requires→ imp (timeless)             relation from agenda 1992
 *   sp (2016) ─2 expands→ pb                    undated: appears with sp
 *   imp ─3 requires→ ct (timeless)              undated and timeless
 * </pre>
 */
class VisibleGraphAsOfYearTest {

    private static final TaxonomyGraph GRAPH = graph();

    private static TaxonomyGraph graph() {
        List<Source> sources = List.of(
                new Source("agenda", SourceType.UN_DOCUMENT, "An Agenda for Peace", null, "UN", 1992, null, null, null));
        Quote fromAgenda = new Quote("Words", "agenda", "para. 20", null);
        List<Concept> concepts = List.of(
                concept("pk", null, fromAgenda),
                concept("pb", 1992),
                concept("sp", 2016),
                concept("imp", null),
                concept("ct", null));
        List<Relation> relations = List.of(
                new Relation("pk", "r", "pb", List.of(), null, LocalizedText.EMPTY, 2001, null),
                new Relation("pk", "r", "imp", List.of("agenda"), null, LocalizedText.EMPTY, null, null),
                new Relation("sp", "r", "pb", List.of(), null, LocalizedText.EMPTY, null, null),
                new Relation("imp", "r", "ct", List.of(), null, LocalizedText.EMPTY, null, null));
        RelationType r = new RelationType("r", LocalizedText.of("en", "r"), LocalizedText.EMPTY, true, false, false);
        return new TaxonomyGraph(new Taxonomy(LocalizedText.of("en", "T"), "en", LocalizedText.EMPTY, sources,
                List.of(new Kind("op", LocalizedText.of("en", "Op"), null, null)), List.of(r), concepts, relations));
    }

    private static Concept concept(String id, Integer since, Quote... quotes) {
        return new Concept(id, "op", LocalizedText.of("en", id), List.of(), LocalizedText.of("en", "D"), List.of(quotes),
                since, LocalizedText.EMPTY);
    }

    private static List<Integer> indices(VisibleGraph v) {
        return v.relations().stream().map(RelationEdge::index).toList();
    }

    @Test
    void withoutATimelineEverythingShows() {
        VisibleGraph v = VisibleGraph.of(GRAPH, ViewFilter.NONE);

        assertThat(v.concepts()).containsExactly("pk", "pb", "sp", "imp", "ct");
        assertThat(indices(v)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void beforeAnythingIsDatedOnlyTimelessEntriesShow() {
        VisibleGraph v = VisibleGraph.of(GRAPH, ViewFilter.NONE.withAsOfYear(1991));

        assertThat(v.concepts()).containsExactly("imp", "ct");
        assertThat(indices(v)).containsExactly(3);
        assertThat(v.hiddenConcepts()).isEqualTo(3);
        assertThat(v.hiddenRelations()).isEqualTo(3);
    }

    @Test
    void conceptsAndRelationsAppearFromTheirYear() {
        VisibleGraph in1992 = VisibleGraph.of(GRAPH, ViewFilter.NONE.withAsOfYear(1992));
        VisibleGraph in2001 = VisibleGraph.of(GRAPH, ViewFilter.NONE.withAsOfYear(2001));
        VisibleGraph in2016 = VisibleGraph.of(GRAPH, ViewFilter.NONE.withAsOfYear(2016));

        assertThat(in1992.concepts()).containsExactly("pk", "pb", "imp", "ct");
        assertThat(indices(in1992)).as("the 2001 relation waits").containsExactly(1, 3);
        assertThat(in1992.hiddenConcepts()).isEqualTo(1);
        assertThat(indices(in2001)).containsExactly(0, 1, 3);
        assertThat(in2016.concepts()).hasSize(5);
        assertThat(indices(in2016)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aTimelineComputedOnceGivesTheSameViews() {
        Timeline timeline = new Timeline(GRAPH.taxonomy());

        for (int year = 1990; year <= 2017; year++) {
            ViewFilter filter = ViewFilter.NONE.withAsOfYear(year);
            assertThat(VisibleGraph.of(GRAPH, filter, timeline)).isEqualTo(VisibleGraph.of(GRAPH, filter));
        }
        assertThat(VisibleGraph.of(GRAPH, ViewFilter.NONE, timeline)).isEqualTo(VisibleGraph.of(GRAPH, ViewFilter.NONE));
    }

    @Test
    void theYearCombinesWithTheOtherFilters() {
        ViewFilter filter = ViewFilter.NONE.withAsOfYear(1992).withFocus("pk", 1);

        VisibleGraph v = VisibleGraph.of(GRAPH, filter);

        assertThat(filter.asOfYear()).isEqualTo(1992);
        assertThat(v.concepts()).containsExactlyInAnyOrder("pk", "imp");
        assertThat(indices(v)).containsExactly(1);
    }

    @Test
    void theYearCountsAsAFilterAndCanBeTurnedOff() {
        ViewFilter on = ViewFilter.NONE.withAsOfYear(2000);

        assertThat(on.isActive()).isTrue();
        assertThat(on.withAsOfYear(null).isActive()).isFalse();
        assertThat(on.withHiddenKinds(Set.of("x")).withOnlySource("s").withCollapsed(Set.of("c"))
                .withHiddenRelationTypes(Set.of("t")).asOfYear()).as("kept by every with-method").isEqualTo(2000);
        assertThat(new ViewFilter(Set.of(), Set.of(), null, null, 1, Set.of())).isEqualTo(ViewFilter.NONE);
    }

    @Test
    void theDefaultTaxonomyGrowsFromTheAgendaForPeaceToSustainingPeace() {
        TaxonomyGraph tg = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());

        VisibleGraph in1992 = VisibleGraph.of(tg, ViewFilter.NONE.withAsOfYear(1992));
        VisibleGraph in2008 = VisibleGraph.of(tg, ViewFilter.NONE.withAsOfYear(2008));
        VisibleGraph in2016 = VisibleGraph.of(tg, ViewFilter.NONE.withAsOfYear(2016));

        assertThat(in1992.concepts()).contains("agenda-for-peace", "preventive-diplomacy", "peacemaking", "peacekeeping",
                "peacebuilding").doesNotContain("pso", "brahimi-report", "capstone-doctrine", "sustaining-peace");
        assertThat(in2008.concepts()).contains("pso", "brahimi-report", "capstone-doctrine", "robust-peacekeeping")
                .doesNotContain("hippo-report", "sustaining-peace");
        assertThat(in2016.concepts()).contains("hippo-report", "sustaining-peace");
        assertThat(in1992.concepts().size()).isLessThan(in2008.concepts().size());
        assertThat(in2008.concepts().size()).isLessThan(in2016.concepts().size());
        for (VisibleGraph v : List.of(in1992, in2008, in2016)) {
            assertThat(v.relations()).allMatch(e -> v.contains(e.from()) && v.contains(e.to()));
        }
    }
}
