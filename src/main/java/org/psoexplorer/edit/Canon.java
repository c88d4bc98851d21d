package org.psoexplorer.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationRef;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.model.View;

/**
 * The taxonomy as JSON in the format's own key order, leaving out what is absent or empty. Two
 * taxonomies differ in a field exactly when this writes the field differently, which is how the
 * writer finds what to rewrite; the rest of the file keeps the author's text.
 */
final class Canon {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Canon() {
    }

    /** A number as the file and the model compare it: whole numbers as int, others as double. */
    static JsonNode number(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        try {
            return NODES.numberNode(d.intValueExact());
        } catch (ArithmeticException notAnInt) {
            return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0
                    ? NODES.numberNode(d.toBigInteger()) : NODES.numberNode(d.doubleValue());
        }
    }

    static ObjectNode taxonomy(Taxonomy t) {
        ObjectNode o = NODES.objectNode();
        o.put("format", Taxonomy.FORMAT);
        text(o, "title", t.title());
        o.put("defaultLanguage", t.defaultLanguage());
        text(o, "description", t.description());
        o.set("sources", list(t.sources(), Canon::source));
        o.set("kinds", list(t.kinds(), Canon::kind));
        o.set("relationTypes", list(t.relationTypes(), Canon::relationType));
        o.set("concepts", list(t.concepts(), Canon::concept));
        o.set("relations", list(t.relations(), Canon::relation));
        if (!t.tours().isEmpty()) {
            o.set("tours", list(t.tours(), Canon::tour));
        }
        if (!t.views().isEmpty()) {
            o.set("views", list(t.views(), Canon::view));
        }
        return o;
    }

    static ObjectNode source(Source s) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", s.id());
        put(o, "type", s.type() == null ? null : s.type().id());
        put(o, "title", s.title());
        put(o, "author", s.author());
        put(o, "organization", s.organization());
        if (s.year() != null) {
            o.put("year", s.year());
        }
        put(o, "symbol", s.symbol());
        put(o, "url", s.url());
        put(o, "citation", s.citation());
        put(o, "container", s.container());
        put(o, "publisher", s.publisher());
        put(o, "date", s.date());
        put(o, "volume", s.volume());
        put(o, "issue", s.issue());
        put(o, "pages", s.pages());
        put(o, "doi", s.doi());
        return o;
    }

    static ObjectNode kind(Kind k) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", k.id());
        text(o, "label", k.label());
        put(o, "color", k.color());
        put(o, "shape", k.shape() == null ? null : k.shape().id());
        return o;
    }

    static ObjectNode relationType(RelationType r) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", r.id());
        text(o, "label", r.label());
        text(o, "inverseLabel", r.inverseLabel());
        o.put("directed", r.directed());
        o.put("hierarchical", r.hierarchical());
        if (r.contested()) {
            o.put("contested", true);
        }
        return o;
    }

    static ObjectNode concept(Concept c) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", c.id());
        put(o, "kind", c.kind());
        text(o, "label", c.label());
        if (!c.altLabels().isEmpty()) {
            o.set("altLabels", list(c.altLabels(), Canon::localized));
        }
        text(o, "definition", c.definition());
        if (!c.quotes().isEmpty()) {
            o.set("quotes", list(c.quotes(), Canon::quote));
        }
        if (c.since() != null) {
            o.put("since", c.since());
        }
        text(o, "notes", c.notes());
        return o;
    }

    static ObjectNode quote(Quote q) {
        ObjectNode o = NODES.objectNode();
        put(o, "text", q.text());
        put(o, "source", q.source());
        put(o, "locator", q.locator());
        put(o, "lang", q.lang());
        return o;
    }

    static ObjectNode relation(Relation r) {
        ObjectNode o = NODES.objectNode();
        put(o, "from", r.from());
        put(o, "type", r.type());
        put(o, "to", r.to());
        strings(o, "sources", r.sources());
        if (r.quote() != null) {
            o.set("quote", quote(r.quote()));
        }
        text(o, "note", r.note());
        if (r.since() != null) {
            o.put("since", r.since());
        }
        if (r.contested() != null) {
            o.put("contested", r.contested());
        }
        return o;
    }

    static ObjectNode tour(Tour t) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", t.id());
        text(o, "title", t.title());
        text(o, "description", t.description());
        o.set("steps", list(t.steps(), Canon::step));
        return o;
    }

    static ObjectNode step(TourStep s) {
        ObjectNode o = NODES.objectNode();
        ArrayNode concepts = o.putArray("concepts");
        s.concepts().forEach(concepts::add);
        put(o, "focus", s.focus());
        if (!s.relations().isEmpty()) {
            o.set("relations", list(s.relations(), Canon::relationRef));
        }
        put(o, "layout", s.layout());
        text(o, "caption", s.caption());
        strings(o, "sources", s.sources());
        put(o, "view", s.view());
        return o;
    }

    static ObjectNode relationRef(RelationRef r) {
        ObjectNode o = NODES.objectNode();
        put(o, "from", r.from());
        put(o, "type", r.type());
        put(o, "to", r.to());
        return o;
    }

    static ObjectNode view(View v) {
        ObjectNode o = NODES.objectNode();
        put(o, "id", v.id());
        text(o, "label", v.label());
        put(o, "layout", v.layout());
        put(o, "focus", v.focus());
        if (v.depth() != null) {
            o.put("depth", v.depth());
        }
        strings(o, "hiddenKinds", v.hiddenKinds());
        strings(o, "hiddenRelationTypes", v.hiddenRelationTypes());
        put(o, "onlySource", v.onlySource());
        if (v.viewport() != null) {
            ObjectNode vp = o.putObject("viewport");
            vp.set("scale", coordinate(v.viewport().scale(), 1000));
            vp.set("x", coordinate(v.viewport().centreX(), 10));
            vp.set("y", coordinate(v.viewport().centreY(), 10));
        }
        if (!v.positions().isEmpty()) {
            ObjectNode positions = o.putObject("positions");
            for (Map.Entry<String, View.Position> e : v.positions().entrySet()) {
                ObjectNode p = positions.putObject(e.getKey());
                p.set("x", coordinate(e.getValue().x(), 10));
                p.set("y", coordinate(e.getValue().y(), 10));
            }
        }
        return o;
    }

    /** A coordinate rounded to 1/{@code per} (a tenth of a pixel is finer than a drag): whole numbers as ints. */
    private static JsonNode coordinate(double value, int per) {
        double rounded = Math.round(value * per) / (double) per;
        return number(BigDecimal.valueOf(rounded));
    }

    static JsonNode localized(LocalizedText text) {
        ObjectNode o = NODES.objectNode();
        text.values().forEach(o::put);
        return o;
    }

    private static void text(ObjectNode o, String key, LocalizedText text) {
        if (text != null && !text.isEmpty()) {
            o.set(key, localized(text));
        }
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void strings(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    private static <T> ArrayNode list(List<T> items, java.util.function.Function<T, JsonNode> each) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(item -> a.add(each.apply(item)));
        return a;
    }
}
