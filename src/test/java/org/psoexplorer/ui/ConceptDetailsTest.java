package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoexplorer.graph.TaxonomyGraph;
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
import org.psoexplorer.ui.details.ConceptDetails;
import org.psoexplorer.ui.details.ConceptDetails.QuoteView;
import org.psoexplorer.ui.details.ConceptDetails.RelationLine;

/** What the details pane says about one concept, worked out without a window. */
class ConceptDetailsTest {

    private static LocalizedText text(String en, String fr) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        if (fr != null) {
            m.put("fr", fr);
        }
        return new LocalizedText(m);
    }

    private static Relation rel(String from, String type, String to, List<String> sources, Quote quote, String note,
                                Boolean contested) {
        return new Relation(from, type, to, sources, quote, note == null ? LocalizedText.EMPTY : text(note, null), null,
                contested);
    }

    private static Concept concept(String id, LocalizedText label) {
        return new Concept(id, "operation", label, List.of(), text("Def " + id, null), List.of(), null,
                LocalizedText.EMPTY);
    }

    /**
     * Relations of pk, by index: 0 pk kind-of pso [capstone, doyle]; 1 robust kind-of pk; 2 pk
     * requires consent (note, quote); 3 pe requires pk; 4 pk distinct-from pe; 5 pe blurs-with pk
     * (contested by type); 6 pk blurs-with robust (said not contested); 7 pk kind-of un-op;
     * 8 pso kind-of nothing of pk's (unrelated).
     */
    static TaxonomyGraph graph() {
        List<Source> sources = List.of(
                new Source("capstone", SourceType.UN_DOCUMENT, "United Nations Peacekeeping Operations: Principles and Guidelines",
                        null, "United Nations", 2008, null, "https://example.org/capstone",
                        "United Nations, Capstone Doctrine, 2008"),
                new Source("doyle", SourceType.BOOK, "Making War and Building Peace", "Doyle", null, 2006, null, null,
                        null));
        List<RelationType> types = List.of(
                new RelationType("kind-of", text("is a kind of", "est un type de"), text("has kind", "a pour type"),
                        true, true, false),
                new RelationType("requires", text("requires", null), LocalizedText.EMPTY, true, false, false),
                new RelationType("distinct-from", text("is distinct from", "se distingue de"), LocalizedText.EMPTY,
                        false, false, false),
                new RelationType("blurs-with", text("blurs with", "se confond avec"), LocalizedText.EMPTY, false,
                        false, true));
        Concept pk = new Concept("pk", "operation", text("Peacekeeping", "Maintien de la paix"),
                List.of(text("UN peacekeeping", "Maintien de la paix de l'ONU")),
                text("Keeping the peace.", "Maintenir la paix."),
                List.of(new Quote("Peacekeeping is a technique", "capstone", "para. 20", null),
                        new Quote("An unknown source", "gone", "p. 1", null)),
                1948, text("A note.", null));
        List<Concept> concepts = List.of(pk, concept("pso", text("Peace support operations", "OSP")),
                concept("robust", text("Robust peacekeeping", null)), concept("consent", text("Consent", "Consentement")),
                concept("pe", text("Peace enforcement", "Imposition de la paix")),
                concept("un-op", text("UN operation", null)), concept("other", text("Other", null)));
        List<Relation> relations = List.of(
                rel("pk", "kind-of", "pso", List.of("capstone", "doyle"), null, null, null),
                rel("robust", "kind-of", "pk", List.of(), null, null, null),
                rel("pk", "requires", "consent", List.of("doyle"),
                        new Quote("Consent is required", "doyle", "p. 12", null), "Of the main parties", null),
                rel("pe", "requires", "pk", List.of(), null, null, null),
                rel("pk", "distinct-from", "pe", List.of(), null, null, null),
                rel("pe", "blurs-with", "pk", List.of(), null, "Both use force", null),
                rel("pk", "blurs-with", "robust", List.of(), null, null, false),
                rel("pk", "kind-of", "un-op", List.of(), null, null, null),
                rel("pso", "kind-of", "other", List.of(), null, null, null));
        Kind kind = new Kind("operation", text("Operation", "Opération"), null, null);
        return new TaxonomyGraph(new Taxonomy(text("T", null), "en", LocalizedText.EMPTY, sources, List.of(kind), types,
                concepts, relations));
    }

    @Test
    void relationsAreGroupedByHowTheyReadFromTheConcept() {
        ConceptDetails d = ConceptDetails.of(graph(), "pk", "en");

        assertThat(d.relations().keySet()).containsExactly("is a kind of", "has kind", "requires", "← requires",
                "is distinct from", "blurs with");
        assertThat(d.relations().get("is a kind of")).extracting(RelationLine::otherId).containsExactly("pso", "un-op");
        assertThat(d.relations().get("has kind")).extracting(RelationLine::otherId).containsExactly("robust");
        assertThat(d.relations().get("← requires")).extracting(RelationLine::otherId).containsExactly("pe");
        // Undirected relations read the same from both ends, whichever end the file names first.
        assertThat(d.relations().get("blurs with")).extracting(RelationLine::otherId).containsExactly("pe", "robust");
        assertThat(d.relations().values().stream().flatMap(List::stream))
                .allMatch(line -> d.relations().get(line.phrase()).contains(line))
                .noneMatch(line -> line.otherId().equals("other"));
    }

    @Test
    void aConceptTheTimelineCannotDateIsSaidToBeUndated() {
        org.psoexplorer.model.Taxonomy t = new TaxonomyLoader().loadDefault().taxonomy().orElseThrow();
        TaxonomyGraph g = new TaxonomyGraph(t);
        org.psoexplorer.graph.Timeline timeline = new org.psoexplorer.graph.Timeline(t);
        List<String> undated = t.concepts().stream().map(Concept::id).filter(id -> timeline.yearOf(id) == null).toList();
        assertThat(undated).as("the built-in taxonomy keeps some concepts undated on purpose").isNotEmpty();

        assertThat(ConceptDetails.of(g, undated.get(0), "en").undated()).isTrue();
        ConceptDetails dated = ConceptDetails.of(g, "peacekeeping", "en");
        assertThat(dated.undated()).isFalse();
        assertThat(dated.since()).isNotNull();
    }

    @Test
    void theOtherEndIsNamedInTheChosenLanguage() {
        ConceptDetails d = ConceptDetails.of(graph(), "pk", "fr");

        assertThat(d.label()).isEqualTo("Maintien de la paix");
        assertThat(d.relations().keySet()).containsExactly("est un type de", "a pour type", "requires", "← requires",
                "se distingue de", "se confond avec");
        assertThat(d.relations().get("est un type de")).extracting(RelationLine::otherLabel)
                .containsExactly("OSP", "UN operation");
        assertThat(d.relations().get("requires").get(0).otherLabel()).isEqualTo("Consentement");
    }

    @Test
    void sourcesAreShortCitations() {
        ConceptDetails d = ConceptDetails.of(graph(), "pk", "en");

        assertThat(d.relations().get("is a kind of").get(0).sources())
                .containsExactly("United Nations 2008", "Doyle 2006");
        assertThat(d.relations().get("has kind").get(0).sources()).isEmpty();
    }

    @Test
    void contestedComesFromTheRelationOrElseItsType() {
        ConceptDetails d = ConceptDetails.of(graph(), "pk", "en");
        List<RelationLine> blurs = d.relations().get("blurs with");

        assertThat(blurs.get(0).contested()).isTrue();
        assertThat(blurs.get(0).note()).isEqualTo("Both use force");
        assertThat(blurs.get(1).contested()).isFalse();
        assertThat(d.relations().get("is a kind of").get(0).contested()).isFalse();
        assertThat(d.relations().get("is a kind of").get(0).note()).isEmpty();
    }

    @Test
    void aRelationsQuoteAndNoteComeWithIt() {
        RelationLine requires = ConceptDetails.of(graph(), "pk", "en").relations().get("requires").get(0);

        assertThat(requires.note()).isEqualTo("Of the main parties");
        assertThat(requires.quote().text()).isEqualTo("Consent is required");
        assertThat(requires.quote().fullCitation()).isEqualTo("Doyle, Making War and Building Peace, 2006, p. 12");
        assertThat(ConceptDetails.of(graph(), "pk", "en").relations().get("has kind").get(0).quote()).isNull();
    }

    @Test
    void quotesCarryTheirFullCitationLocatorAndLink() {
        ConceptDetails d = ConceptDetails.of(graph(), "pk", "en");

        QuoteView capstone = d.quotes().get(0);
        assertThat(capstone.text()).isEqualTo("Peacekeeping is a technique");
        assertThat(capstone.citation()).isEqualTo("United Nations, Capstone Doctrine, 2008");
        assertThat(capstone.locator()).isEqualTo("para. 20");
        assertThat(capstone.url()).isEqualTo("https://example.org/capstone");
        assertThat(capstone.fullCitation()).isEqualTo("United Nations, Capstone Doctrine, 2008, para. 20");
        // A quote whose source record is missing still shows, under the source's id.
        assertThat(d.quotes().get(1).citation()).isEqualTo("gone");
        assertThat(d.quotes().get(1).url()).isNull();
        assertThat(new QuoteView("t", "Doyle 2006", " ", null).fullCitation()).isEqualTo("Doyle 2006");
    }

    @Test
    void theConceptsOwnTextsAreInTheChosenLanguageWithFallback() {
        ConceptDetails fr = ConceptDetails.of(graph(), "pk", "fr");

        assertThat(fr.kind()).isEqualTo("Opération");
        assertThat(fr.definition()).isEqualTo("Maintenir la paix.");
        assertThat(fr.altLabels()).containsExactly("Maintien de la paix de l'ONU");
        assertThat(fr.notes()).isEqualTo("A note.");
        assertThat(fr.since()).isEqualTo(1948);
        assertThat(ConceptDetails.of(graph(), "robust", "fr").label()).isEqualTo("Robust peacekeeping");
    }

    @Test
    void anUnknownConceptIsRefused() {
        assertThatThrownBy(() -> ConceptDetails.of(graph(), "nothing", "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyConceptOfTheDefaultTaxonomyCanBeShownInBothLanguages() {
        TaxonomyGraph g = new TaxonomyGraph(TaxonomyLoader.defaultTaxonomy());
        for (String lang : List.of("en", "fr")) {
            for (Concept c : g.taxonomy().concepts()) {
                ConceptDetails d = ConceptDetails.of(g, c.id(), lang);
                assertThat(d.label()).as(c.id()).isNotBlank();
                assertThat(d.definition()).as(c.id()).isNotBlank();
                assertThat(d.relations().keySet()).as(c.id()).allMatch(phrase -> !phrase.isBlank());
                int lines = d.relations().values().stream().mapToInt(List::size).sum();
                assertThat(lines).as(c.id()).isEqualTo(g.edgesOf(c.id()).size());
            }
        }
        ConceptDetails pk = ConceptDetails.of(g, "peacekeeping", "fr");
        assertThat(pk.label()).isEqualTo("Maintien de la paix");
        assertThat(pk.relations().get("a pour type")).isNotNull();
    }
}
