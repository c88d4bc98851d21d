package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/** Builds small taxonomies by hand for path tests, without files. */
final class TestTaxonomy {

    private final List<Source> sources = new ArrayList<>();
    private final List<RelationType> types = new ArrayList<>();
    private final List<Concept> concepts = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    static TestTaxonomy builder() {
        return new TestTaxonomy()
                .source("un-2008", "United Nations", 2008)
                .source("boutros-ghali-1992", "Boutros-Ghali", 1992)
                .type("precedes", "precedes", "follows", true, false)
                .type("kind-of", "is a kind of", null, true, true)
                .type("differs-from", "differs from", null, false, false);
    }

    TestTaxonomy source(String id, String creator, int year) {
        return source(id, creator, year, "Title of " + id);
    }

    TestTaxonomy source(String id, String creator, int year, String title) {
        sources.add(new Source(id, SourceType.REPORT, title, null, creator, year, null, null, null));
        return this;
    }

    TestTaxonomy type(String id, String label, String inverse, boolean directed, boolean hierarchical) {
        types.add(new RelationType(id, LocalizedText.of("en", label),
                inverse == null ? LocalizedText.EMPTY : LocalizedText.of("en", inverse), directed, hierarchical, false));
        return this;
    }

    TestTaxonomy contestedType(String id, String label) {
        types.add(new RelationType(id, LocalizedText.of("en", label), LocalizedText.EMPTY, true, false, true));
        return this;
    }

    /** Concepts named by id; the label is the id with a capital and spaces ("peace-keeping" → "Peace keeping"). */
    TestTaxonomy concepts(String... ids) {
        for (String id : ids) {
            String label = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            concept(id, Map.of("en", label));
        }
        return this;
    }

    TestTaxonomy concept(String id, Map<String, String> labels, String... altLabels) {
        List<LocalizedText> alts = Arrays.stream(altLabels).map(a -> LocalizedText.of("en", a)).toList();
        concepts.add(new Concept(id, "operation", new LocalizedText(new LinkedHashMap<>(labels)), alts,
                LocalizedText.of("en", "Definition of " + id), List.of(), null, LocalizedText.EMPTY));
        return this;
    }

    /** A relation backed by the given sources (none: unsourced). */
    TestTaxonomy rel(String from, String type, String to, String... sourceIds) {
        relations.add(new Relation(from, type, to, List.of(sourceIds), null, LocalizedText.EMPTY, null, null));
        return this;
    }

    TestTaxonomy rel(Relation r) {
        relations.add(r);
        return this;
    }

    static Relation relation(String from, String type, String to, List<String> sourceIds, Quote quote, String note,
                             Boolean contested) {
        return new Relation(from, type, to, sourceIds, quote,
                note == null ? LocalizedText.EMPTY : LocalizedText.of("en", note), null, contested);
    }

    Taxonomy build() {
        Kind kind = new Kind("operation", LocalizedText.of("en", "Operation"), null, null);
        return new Taxonomy(LocalizedText.of("en", "Test"), "en", LocalizedText.EMPTY, sources, List.of(kind), types,
                concepts, relations);
    }

    PathFinder finder() {
        return new PathFinder(new TaxonomyGraph(build()));
    }
}
