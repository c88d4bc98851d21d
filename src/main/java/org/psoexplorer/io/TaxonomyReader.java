package org.psoexplorer.io;

import java.util.List;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.NodeShape;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.SourceType;
import org.psoexplorer.model.Taxonomy;

/**
 * Reads the structure of a {@code pso-taxonomy/1} document: keys, types, id syntax, enumerations.
 * References between entries are checked afterwards by {@link TaxonomyChecker}.
 */
final class TaxonomyReader {

    private static final java.util.regex.Pattern COLOR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;

    /** Everything read, each entry with where it came from. */
    record Read(Fields root, LocalizedText title, String defaultLanguage, LocalizedText description,
                List<Located<Source>> sources, List<Located<Kind>> kinds,
                List<Located<RelationType>> relationTypes, List<Located<Concept>> concepts,
                List<Located<Relation>> relations, List<TourReader.ReadTour> tours, List<ViewReader.ReadView> views) {

        Taxonomy toTaxonomy() {
            return new Taxonomy(title, defaultLanguage, description, values(sources), values(kinds),
                    values(relationTypes), values(concepts), values(relations),
                    tours.stream().map(TourReader.ReadTour::tour).toList(),
                    views.stream().map(ViewReader.ReadView::view).toList());
        }

        private static <T> List<T> values(List<Located<T>> located) {
            return located.stream().map(Located::value).toList();
        }
    }

    private final Reporter reporter;

    TaxonomyReader(Reporter reporter) {
        this.reporter = reporter;
    }

    /** @return what could be read, or {@code null} when the document is not a taxonomy at all */
    Read read(Json root) {
        if (!(root instanceof Json.Obj obj)) {
            reporter.error(root.at(), "", Message.of("root.notAnObject", root.describe()), Message.of("root.hint"));
            return null;
        }
        String defaultLanguage = "en";
        Fields probe = new Fields(obj, "", reporter, "en");
        if (probe.get("defaultLanguage") instanceof Json.Str s && Fields.isLanguageTag(s.value())) {
            defaultLanguage = s.value();
        }
        Fields f = new Fields(obj, "", reporter, defaultLanguage);
        f.allowOnly(false, "$schema", "format", "title", "defaultLanguage", "description", "sources", "kinds",
                "relationTypes", "concepts", "relations", "tours", "views");
        checkFormat(f);
        f.languageTag("defaultLanguage");
        f.string("$schema", false);
        LocalizedText title = f.text("title", true);
        LocalizedText description = f.text("description", false);
        if (!f.has("concepts")) {
            reporter.error(obj.at(), "", Message.of(Fields.MISSING, "concepts", Message.of("expect.concepts")), null);
        }
        return new Read(f, title, defaultLanguage, description,
                f.list("sources", (v, p) -> source(f.objectAt(v, p, Entry.SOURCE))),
                f.list("kinds", (v, p) -> kind(f.objectAt(v, p, Entry.KIND))),
                f.list("relationTypes", (v, p) -> relationType(f.objectAt(v, p, Entry.RELATION_TYPE))),
                f.list("concepts", (v, p) -> concept(f.objectAt(v, p, Entry.CONCEPT))),
                f.list("relations", (v, p) -> relation(f.objectAt(v, p, Entry.RELATION))),
                new TourReader(reporter).read(f),
                new ViewReader(reporter).read(f));
    }

    private void checkFormat(Fields f) {
        String format = f.string("format", true);
        if (format != null && !format.equals(Taxonomy.FORMAT)) {
            reporter.error(f.at("format"), "format", Message.of("format.unsupported", Excerpt.of(format)),
                    Message.of("format.hint", Taxonomy.FORMAT));
        }
    }

    private Located<Source> source(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "type", "title", "author", "organization", "year", "symbol", "url", "citation",
                "container", "publisher", "date", "volume", "issue", "pages", "doi");
        String id = f.id("id", Entry.SOURCE);
        String typeId = f.string("type", true);
        SourceType type = SourceType.OTHER;
        if (typeId != null) {
            type = SourceType.fromId(typeId).orElse(null);
            if (type == null) {
                reporter.error(f.at("type"), f.child("type"), Message.of("source.unknownType", Excerpt.of(typeId)),
                        Suggestions.closest(typeId, SourceType.ids()).map(Suggestions::didYouMean)
                                .orElse(Message.of("value.hint.oneOf", String.join(", ", SourceType.ids()))));
                type = SourceType.OTHER;
            }
        }
        String url = f.string("url", false);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            reporter.error(f.at("url"), f.child("url"), Message.of("source.badUrl"), null);
            url = null;
        }
        Integer year = f.integer("year", false, MIN_YEAR, MAX_YEAR);
        SourceDetails details = new SourceDetails(f, reporter, year);
        Source source = new Source(id, type, f.string("title", true), f.string("author", false),
                f.string("organization", false), year, f.string("symbol", false),
                url, f.string("citation", false), f.string("container", false), f.string("publisher", false),
                details.date(), f.string("volume", false), f.string("issue", false), f.string("pages", false),
                details.doi());
        return new Located<>(source, f);
    }

    private Located<Kind> kind(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "label", "color", "shape");
        String id = f.id("id", Entry.KIND);
        LocalizedText label = f.text("label", true);
        String color = f.string("color", false);
        if (color != null && !COLOR.matcher(color).matches()) {
            reporter.error(f.at("color"), f.child("color"), Message.of("kind.badColour", Excerpt.of(color)),
                    Message.of("kind.hint.colour"));
            color = null;
        }
        String shapeId = f.string("shape", false);
        NodeShape shape = null;
        if (shapeId != null) {
            shape = NodeShape.fromId(shapeId).orElse(null);
            if (shape == null) {
                reporter.error(f.at("shape"), f.child("shape"), Message.of("kind.unknownShape", Excerpt.of(shapeId)),
                        Message.of("value.hint.oneOf", String.join(", ", NodeShape.ids())));
            }
        }
        return new Located<>(new Kind(id, label, color, shape), f);
    }

    private Located<RelationType> relationType(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "label", "inverseLabel", "directed", "hierarchical", "contested");
        String id = f.id("id", Entry.RELATION_TYPE);
        LocalizedText label = f.text("label", true);
        LocalizedText inverse = f.text("inverseLabel", false);
        Boolean directed = f.bool("directed", true);
        Boolean hierarchical = f.bool("hierarchical", true);
        Boolean contested = f.bool("contested", false);
        return new Located<>(new RelationType(id, label, inverse, directed == null || directed,
                hierarchical != null && hierarchical, contested != null && contested), f);
    }

    private Located<Concept> concept(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "kind", "label", "altLabels", "definition", "quotes", "since", "notes");
        String id = f.id("id", Entry.CONCEPT);
        String kind = f.string("kind", true);
        LocalizedText label = f.text("label", true);
        List<LocalizedText> altLabels = f.list("altLabels", (v, p) -> f.textValue(v, p, "altLabels"));
        LocalizedText definition = f.text("definition", true);
        List<Quote> quotes = f.list("quotes", (v, p) -> quote(f.objectAt(v, p, Entry.QUOTE)));
        Integer since = f.integer("since", false, MIN_YEAR, MAX_YEAR);
        LocalizedText notes = f.text("notes", false);
        return new Located<>(new Concept(id, kind, label, altLabels, definition, quotes, since, notes), f);
    }

    private Quote quote(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "text", "source", "locator", "lang");
        return new Quote(f.string("text", true), f.string("source", true), f.string("locator", true),
                f.languageTag("lang"));
    }

    private Located<Relation> relation(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "from", "type", "to", "sources", "quote", "note", "since", "contested");
        String from = f.string("from", true);
        String type = f.string("type", true);
        String to = f.string("to", true);
        List<String> sources = f.strings("sources");
        Fields quoteFields = f.object("quote");
        Quote quote = quoteFields == null ? null : quote(quoteFields);
        LocalizedText note = f.text("note", false);
        Integer since = f.integer("since", false, MIN_YEAR, MAX_YEAR);
        Boolean contested = f.bool("contested", false);
        return new Located<>(new Relation(from, type, to, sources, quote, note, since, contested), f);
    }
}
