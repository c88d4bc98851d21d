package org.psoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Taxonomy;

class PathNarratorTest {

    private static final Quote QUOTE = new Quote("Peacemaking is action to bring hostile parties to agreement.",
            "boutros-ghali-1992", "para. 20", null);

    private static TestTaxonomy taxonomy() {
        return TestTaxonomy.builder()
                .contestedType("enables", "enables")
                .concept("conflict-prevention", Map.of("en", "Conflict prevention", "fr", "Prévention des conflits"))
                .concept("peacemaking", Map.of("en", "Peacemaking", "fr", "Rétablissement de la paix"))
                .concept("peacekeeping", Map.of("en", "Peacekeeping", "fr", "Maintien de la paix"))
                .concept("robust-peacekeeping", Map.of("en", "Robust peacekeeping"))
                .concept("peace-enforcement", Map.of("en", "Peace enforcement"))
                .concept("counterinsurgency", Map.of("en", "Counterinsurgency"))
                .rel(TestTaxonomy.relation("conflict-prevention", "precedes", "peacemaking",
                        List.of("un-2008"), null, null, null))                                     // 0
                .rel(TestTaxonomy.relation("peacemaking", "precedes", "peacekeeping",
                        List.of("un-2008"), QUOTE, "Rarely linear.", null))                        // 1
                .rel("robust-peacekeeping", "kind-of", "peacekeeping", "un-2008", "boutros-ghali-1992") // 2
                .rel("peacekeeping", "differs-from", "peace-enforcement")                          // 3
                .rel(TestTaxonomy.relation("peace-enforcement", "enables", "counterinsurgency",
                        List.of(), null, "Authors disagree on this.", null));                      // 4
    }

    private static ConceptPath path(Taxonomy t, String from, String to) {
        return new PathFinder(new TaxonomyGraph(t)).paths(from, to).get(0);
    }

    @Test
    void readsForwardStepsByTheTypesLabel() {
        Taxonomy t = taxonomy().build();

        assertThat(new PathNarrator(t).sentence(path(t, "conflict-prevention", "peacekeeping")))
                .isEqualTo("Conflict prevention — precedes → Peacemaking — precedes → Peacekeeping");
    }

    @Test
    void readsBackwardStepsByTheInverseLabel() {
        Taxonomy t = taxonomy().build();

        assertThat(new PathNarrator(t).sentence(path(t, "peacekeeping", "conflict-prevention")))
                .isEqualTo("Peacekeeping — follows → Peacemaking — follows → Conflict prevention");
    }

    @Test
    void turnsTheArrowRoundWhenTheTypeHasNoInverseLabel() {
        Taxonomy t = taxonomy().build();
        PathNarrator narrator = new PathNarrator(t);

        assertThat(narrator.sentence(path(t, "peacekeeping", "robust-peacekeeping")))
                .isEqualTo("Peacekeeping ← is a kind of — Robust peacekeeping");
        assertThat(narrator.sentence(path(t, "robust-peacekeeping", "peacekeeping")))
                .isEqualTo("Robust peacekeeping — is a kind of → Peacekeeping");
    }

    @Test
    void readsUndirectedTypesTheSameBothWays() {
        Taxonomy t = taxonomy().build();
        PathNarrator narrator = new PathNarrator(t);

        assertThat(narrator.sentence(path(t, "peacekeeping", "peace-enforcement")))
                .isEqualTo("Peacekeeping — differs from — Peace enforcement");
        assertThat(narrator.sentence(path(t, "peace-enforcement", "peacekeeping")))
                .isEqualTo("Peace enforcement — differs from — Peacekeeping");
    }

    @Test
    void tellsEachStepWithItsSourcesQuoteAndNotes() {
        Taxonomy t = taxonomy().build();
        PathStory story = new PathNarrator(t).tell(path(t, "conflict-prevention", "peacekeeping"));

        PathStory.StepStory first = story.steps().get(0);
        assertThat(first.text()).isEqualTo("Conflict prevention — precedes → Peacemaking");
        assertThat(first.details()).containsExactly("Source: United Nations 2008");
        assertThat(first.quote()).isNull();
        assertThat(first.contested()).isFalse();

        PathStory.StepStory second = story.steps().get(1);
        assertThat(second.sources()).extracting(PathStory.Citation::sourceId)
                .containsExactly("un-2008", "boutros-ghali-1992"); // the quote's source counts too
        assertThat(second.quote().locator()).isEqualTo("para. 20");
        assertThat(second.details()).containsExactly(
                "Sources: United Nations 2008; Boutros-Ghali 1992",
                "“Peacemaking is action to bring hostile parties to agreement.” (Boutros-Ghali 1992, para. 20)",
                "Note: Rarely linear.");
    }

    @Test
    void tellsApartSourcesThatShareAShortCitation() {
        Taxonomy t = TestTaxonomy.builder().source("karlsrud-a", "Karlsrud", 2017).source("karlsrud-b", "Karlsrud", 2017)
                .concepts("a", "b")
                .rel(TestTaxonomy.relation("a", "precedes", "b", List.of("karlsrud-a", "karlsrud-b", "un-2008"),
                        new Quote("Text.", "karlsrud-b", "p. 3", null), null, null))
                .build();
        PathStory.StepStory step = new PathNarrator(t).tell(path(t, "a", "b")).steps().get(0);

        assertThat(step.sources()).extracting(PathStory.Citation::shortCitation)
                .containsExactly("Karlsrud 2017", "Karlsrud 2017", "United Nations 2008");
        assertThat(step.details()).containsExactly(
                "Sources: Karlsrud 2017, “Title of karlsrud-a”; Karlsrud 2017, “Title of karlsrud-b”; United Nations 2008",
                "“Text.” (Karlsrud 2017, “Title of karlsrud-b”, p. 3)");
    }

    @Test
    void shortensLongTitlesAtAWordAndDoesNotRepeatATitleTheLocatorGives() {
        Taxonomy t = TestTaxonomy.builder()
                .source("web-1", "UN Peacekeeping", 2020, "Peace and security (UN Peacekeeping website text, 2020 edition)")
                .source("web-2", "UN Peacekeeping", 2020, "Principles of peacekeeping")
                .concepts("a", "b", "c")
                .rel(TestTaxonomy.relation("a", "precedes", "b", List.of("web-1"), null, null, null))
                .rel(TestTaxonomy.relation("b", "precedes", "c", List.of("web-2"),
                        new Quote("Text.", "web-2", "Principles of peacekeeping (web page), section 2", null), null, null))
                .build();
        PathStory story = new PathNarrator(t).tell(path(t, "a", "c"));

        assertThat(story.steps().get(0).details())
                .containsExactly("Source: UN Peacekeeping 2020, “Peace and security (UN Peacekeeping website…”");
        assertThat(story.steps().get(1).details()).containsExactly(
                "Source: UN Peacekeeping 2020, “Principles of peacekeeping”",
                "“Text.” (UN Peacekeeping 2020, Principles of peacekeeping (web page), section 2)");
    }

    @Test
    void marksContestedStepsWithTheirNote() {
        Taxonomy t = taxonomy().build();
        PathStory story = new PathNarrator(t).tell(path(t, "peacekeeping", "counterinsurgency"));

        assertThat(story.sentence())
                .isEqualTo("Peacekeeping — differs from — Peace enforcement — enables → Counterinsurgency");
        PathStory.StepStory unsourced = story.steps().get(0);
        assertThat(unsourced.details()).containsExactly("No source given for this relation");
        PathStory.StepStory contested = story.steps().get(1);
        assertThat(contested.contested()).isTrue();
        assertThat(contested.note()).isEqualTo("Authors disagree on this.");
        assertThat(contested.details()).containsExactly("No source given for this relation",
                "Contested: Authors disagree on this.");
    }

    @Test
    void aRelationCanOverrideItsTypesContestedDefault() {
        Taxonomy t = TestTaxonomy.builder().contestedType("enables", "enables").concepts("a", "b", "c")
                .rel(TestTaxonomy.relation("a", "enables", "b", List.of("un-2008"), null, null, false))
                .rel(TestTaxonomy.relation("b", "precedes", "c", List.of("un-2008"), null, null, true))
                .build();
        PathStory story = new PathNarrator(t).tell(path(t, "a", "c"));

        assertThat(story.steps()).extracting(PathStory.StepStory::contested).containsExactly(false, true);
        assertThat(story.steps().get(1).details()).contains("Contested");
    }

    @Test
    void speaksTheChosenLanguageAndFallsBackToTheDefault() {
        Taxonomy t = taxonomy().build();
        PathNarrator french = new PathNarrator(t, "fr", PathWords.ENGLISH);

        // No French for the relation types or for robust peacekeeping in this taxonomy: English fills in.
        assertThat(french.sentence(path(t, "conflict-prevention", "robust-peacekeeping"))).isEqualTo(
                "Prévention des conflits — precedes → Rétablissement de la paix — precedes → Maintien de la paix"
                        + " ← is a kind of — Robust peacekeeping");
    }

    @Test
    void takesItsWordsFromPathWords() {
        Taxonomy t = taxonomy().build();
        PathWords arrows = new PathWords() {
            @Override
            public String forwardLink(String label) {
                return "-[" + label + "]->";
            }

            @Override
            public String sources(List<String> citations) {
                return "cf. " + String.join(" / ", citations);
            }
        };
        PathStory story = new PathNarrator(t, "en", arrows).tell(path(t, "conflict-prevention", "peacemaking"));

        assertThat(story.sentence()).isEqualTo("Conflict prevention -[precedes]-> Peacemaking");
        assertThat(story.steps().get(0).details()).containsExactly("cf. United Nations 2008");
    }

    @Test
    void headlinesEachKindOfAnswer() {
        Taxonomy t = taxonomy().concepts("island").build();
        PathFinder finder = new PathFinder(new TaxonomyGraph(t));
        PathNarrator narrator = new PathNarrator(t);

        assertThat(narrator.headline(finder.find(PathQuery.between("peacekeeping", "peacekeeping"))))
                .isEqualTo("Peacekeeping and Peacekeeping are the same concept: there is no relation to look for.");
        assertThat(narrator.headline(finder.find(PathQuery.between("peacemaking", "peacekeeping"))))
                .isEqualTo("Peacemaking and Peacekeeping are directly related (1 relation).");
        PathAnswer connected = finder.find(PathQuery.between("conflict-prevention", "peacekeeping"));
        assertThat(narrator.headline(connected)).isEqualTo("Conflict prevention and Peacekeeping are not directly"
                + " related; they connect through other concepts (shortest: 2 steps).");
        assertThat(narrator.pathsHeading(connected)).isEqualTo("1 path over every relation type:");
        assertThat(narrator.caution(connected)).startsWith("Each step is a separate claim");
        assertThat(narrator.caution(finder.find(PathQuery.between("peacemaking", "peacekeeping").withMaxPaths(1))))
                .isNull();
        assertThat(narrator.headline(finder.find(PathQuery.between("peacekeeping", "island"))))
                .isEqualTo("No connection: no chain of relations links Peacekeeping and Island in this taxonomy,"
                        + " in either direction.");
        assertThat(narrator.headline(finder.find(PathQuery.between("conflict-prevention", "robust-peacekeeping")
                .withRelationTypes(Set.of("kind-of")))))
                .isEqualTo("No connection: no chain of relations of type is a kind of links Conflict prevention and"
                        + " Robust peacekeeping. They do connect when every relation type is included.");
    }
}
