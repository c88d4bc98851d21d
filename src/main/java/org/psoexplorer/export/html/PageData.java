package org.psoexplorer.export.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.cite.Citations;
import org.psoexplorer.export.share.CitedSources;
import org.psoexplorer.export.share.ShareTexts;
import org.psoexplorer.export.share.SharedView;
import org.psoexplorer.graph.RelationEdge;
import org.psoexplorer.graph.VisibleGraph;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;

/**
 * The taxonomy as the page's script reads it: every text already resolved in each language the
 * reader can switch to, citations already formatted. Only what the view shows is included, so a
 * page made around one concept carries that neighbourhood and no more.
 */
final class PageData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageData() {
    }

    static ObjectNode build(SharedView view, VisibleGraph visible) {
        Taxonomy t = view.taxonomy();
        List<String> langs = view.languages();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode languages = root.putArray("languages");
        langs.forEach(languages::add);
        ObjectNode ui = root.putObject("ui");
        ObjectNode title = root.putObject("title");
        for (String lang : langs) {
            ObjectNode words = ui.putObject(lang);
            ShareTexts texts = new ShareTexts(lang);
            texts.all("page.").forEach(words::put);
            texts.all("doc.").forEach(words::put);
            title.put(lang, view.heading(lang));
        }
        root.put("style", view.style().displayName());
        root.put("anchor", anchor(view, visible));

        ObjectNode concepts = root.putObject("concepts");
        for (Concept c : t.concepts()) {
            boolean shown = visible.contains(c.id());
            if (!shown && !touchesVisible(c.id(), visible)) {
                continue;
            }
            ObjectNode n = concepts.putObject(c.id());
            n.put("shown", shown);
            n.set("label", texts(t, c.label(), langs));
            if (!shown) {
                continue;
            }
            ObjectNode alt = n.putObject("alt");
            for (String lang : langs) {
                ArrayNode list = alt.putArray(lang);
                c.altLabels().forEach(a -> a.exactly(lang).ifPresent(list::add));
            }
            n.set("kind", t.kind(c.kind()).map(k -> texts(t, k.label(), langs)).orElse(JSON.createObjectNode()));
            n.set("definition", texts(t, c.definition(), langs));
            ArrayNode quotes = n.putArray("quotes");
            c.quotes().forEach(q -> quotes.add(quote(q)));
        }

        // A busy drawing shows its hierarchy in full and the rest faintly until a concept is chosen, as the window does.
        root.put("quiet", org.psoexplorer.diagram.RecedingRelations.busy(visible.concepts().size(),
                visible.relations().size()));
        ArrayNode backbone = root.putArray("backbone");
        t.relationTypes().stream().filter(RelationType::hierarchical).forEach(rt -> backbone.add(rt.id()));
        ArrayNode relations = root.putArray("relations");
        for (RelationEdge e : visible.relations()) {
            RelationType type = t.relationType(e.type()).orElse(null);
            ObjectNode r = relations.addObject();
            r.put("from", e.from());
            r.put("to", e.to());
            r.set("label", type == null ? JSON.createObjectNode() : texts(t, type.label(), langs));
            r.set("inverse", type == null ? JSON.createObjectNode() : texts(t, type.inverseLabel(), langs));
            r.put("contested", type != null && e.relation().isContested(type));
            ArrayNode sources = r.putArray("sources");
            e.relation().sources().forEach(sources::add);
            if (e.relation().quote() != null) {
                r.set("quote", quote(e.relation().quote()));
            }
        }

        ObjectNode sources = root.putObject("sources");
        List<Source> cited = CitedSources.of(t, visible);
        for (String lang : langs) {
            Map<String, String> bib = new Citations(view.style(), lang).bibliography(cited);
            bib.forEach((id, entry) -> {
                ObjectNode s = sources.has(id) ? (ObjectNode) sources.get(id) : sources.putObject(id);
                s.put(lang, entry);
            });
        }

        ArrayNode tours = root.putArray("tours");
        for (Tour tour : t.tours()) {
            ObjectNode o = tours.addObject();
            o.put("id", tour.id());
            o.set("title", texts(t, tour.title(), langs));
            ArrayNode steps = o.putArray("steps");
            for (TourStep step : tour.steps()) {
                ObjectNode s = steps.addObject();
                ArrayNode shown = s.putArray("concepts");
                step.concepts().forEach(shown::add);
                if (step.effectiveFocus() != null) {
                    s.put("focus", step.effectiveFocus());
                }
                s.set("caption", texts(t, step.caption(), langs));
            }
        }
        return root;
    }

    /**
     * Where the page opens when the whole drawing cannot be shown with legible names: the concept the
     * page was made around, else the one most of the hierarchy hangs from (where reading a taxonomy
     * starts), else the best connected; the first in file order among equals.
     */
    static String anchor(SharedView view, VisibleGraph visible) {
        String focus = view.filter().focus();
        if (focus != null && visible.contains(focus)) {
            return focus;
        }
        Map<String, Long> links = new HashMap<>();
        java.util.Set<String> belowAnother = new java.util.HashSet<>();
        for (RelationEdge e : visible.relations()) {
            links.merge(e.from(), 1L, Long::sum);
            links.merge(e.to(), 1L, Long::sum);
            if (view.graph().isHierarchical(e)) {
                belowAnother.add(e.from());
            }
        }
        // Only a concept with none above it can have the most below it (its parent has it and all below
        // it too), so only those are counted: counting for every concept took the export of 5,000
        // concepts from 5 to 11 s and 1.4 GB, and grows with the square of the size.
        List<String> tops = visible.concepts().stream().filter(id -> !belowAnother.contains(id)).toList();
        Map<String, Long> below = new HashMap<>();
        for (String id : tops) {
            below.put(id, view.graph().descendants(id).stream().filter(visible::contains).count());
        }
        Comparator<String> most = Comparator.<String>comparingLong(id -> below.getOrDefault(id, -1L))
                .thenComparingLong(id -> links.getOrDefault(id, 0L));
        // A hierarchy that is all cycle has no top: then the best connected.
        return (tops.isEmpty() ? visible.concepts().stream() : tops.stream()).max(most).orElse(null);
    }

    private static boolean touchesVisible(String id, VisibleGraph visible) {
        return visible.relations().stream().anyMatch(e -> e.from().equals(id) || e.to().equals(id));
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", q.text());
        o.put("locator", q.locator());
        o.put("source", q.source());
        if (q.lang() != null) {
            o.put("lang", q.lang());
        }
        return o;
    }

    private static ObjectNode texts(Taxonomy t, LocalizedText text, List<String> langs) {
        ObjectNode o = JSON.createObjectNode();
        for (String lang : langs) {
            o.put(lang, text == null ? "" : t.text(text, lang));
        }
        return o;
    }
}
