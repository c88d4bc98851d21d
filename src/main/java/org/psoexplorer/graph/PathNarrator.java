package org.psoexplorer.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;

/**
 * Tells paths in words in one language: concept labels joined by relation labels, each read the
 * way the step walks it. Forward, a relation reads by its type's label ("precedes"); backward, by
 * its inverse label ("has kind"), or, when the type has none, by its label with the arrow turned
 * round ("Peacekeeping ← is a kind of — Robust peacekeeping"). Undirected types read the same both
 * ways. All wording comes from {@link PathWords}.
 */
public final class PathNarrator {

    /** Titles longer than this are cut when they tell apart two sources with one short citation. */
    private static final int MAX_TITLE = 48;

    private final Taxonomy taxonomy;
    private final String language;
    private final PathWords words;
    /** Short citations that more than one source of the taxonomy has. */
    private final Set<String> sharedCitations;

    /**
     * @param language a BCP 47 tag; texts missing in it fall back to the taxonomy's default language
     */
    public PathNarrator(Taxonomy taxonomy, String language, PathWords words) {
        this.taxonomy = taxonomy;
        this.language = language == null || language.isBlank() ? taxonomy.defaultLanguage() : language;
        this.words = words;
        Set<String> seen = new java.util.HashSet<>();
        Set<String> shared = new java.util.HashSet<>();
        for (Source s : taxonomy.sources()) {
            if (!seen.add(s.shortCitation())) {
                shared.add(s.shortCitation());
            }
        }
        this.sharedCitations = Set.copyOf(shared);
    }

    /** A narrator in the taxonomy's default language with English words. */
    public PathNarrator(Taxonomy taxonomy) {
        this(taxonomy, taxonomy.defaultLanguage(), PathWords.ENGLISH);
    }

    public String language() {
        return language;
    }

    public PathWords words() {
        return words;
    }

    /** A concept's label in this narrator's language, or its id when the taxonomy does not know it. */
    public String label(String conceptId) {
        return taxonomy.concept(conceptId).map(c -> taxonomy.text(c.label(), language)).orElse(conceptId);
    }

    /** A relation type's label, or its id when unknown. */
    public String typeLabel(String typeId) {
        return taxonomy.relationType(typeId).map(t -> taxonomy.text(t.label(), language)).orElse(typeId);
    }

    /** The words between two labels for this step: "— precedes →", "— has kind →", "← is a kind of —". */
    public String link(PathStep step) {
        RelationType type = taxonomy.relationType(step.relationType()).orElse(null);
        if (type == null) {
            return words.forwardLink(step.relationType());
        }
        String label = taxonomy.text(type.label(), language);
        if (!type.directed()) {
            return words.undirectedLink(label);
        }
        if (step.forward()) {
            return words.forwardLink(label);
        }
        return type.inverseLabel().isEmpty()
                ? words.reversedLink(label)
                : words.inverseLink(taxonomy.text(type.inverseLabel(), language));
    }

    /** The whole path in one line: "Conflict prevention — precedes → Peacemaking — precedes → Peacekeeping". */
    public String sentence(ConceptPath path) {
        StringBuilder sb = new StringBuilder(label(path.from()));
        for (PathStep step : path.steps()) {
            sb.append(' ').append(link(step)).append(' ').append(label(step.to()));
        }
        return sb.toString();
    }

    /** The path in words with every step's sources, quote and notes. */
    public PathStory tell(ConceptPath path) {
        return new PathStory(path, sentence(path), path.steps().stream().map(this::tell).toList());
    }

    /** Every path of an answer, in its order. */
    public List<PathStory> tell(PathAnswer answer) {
        return answer.paths().stream().map(this::tell).toList();
    }

    /** One step in words. */
    public PathStory.StepStory tell(PathStep step) {
        Relation r = step.relation();
        String fromLabel = label(step.from());
        String link = link(step);
        String toLabel = label(step.to());
        List<PathStory.Citation> sources = citations(r);
        PathStory.CitedQuote quote = r.quote() == null ? null : citedQuote(r.quote());
        boolean contested = taxonomy.relationType(r.type()).map(r::isContested)
                .orElse(Boolean.TRUE.equals(r.contested()));
        String note = r.note() == null || r.note().isEmpty() ? null : text(r.note());

        List<String> details = new ArrayList<>();
        details.add(sources.isEmpty() ? words.noSources()
                : words.sources(sources.stream().map(PathStory.Citation::label).toList()));
        if (quote != null) {
            // A locator that already names the page ("Principles of peacekeeping (web page)") tells the
            // source apart by itself; adding the title again would say it twice.
            String locator = quote.locator();
            String title = taxonomy.source(quote.source().sourceId()).map(Source::title).orElse(null);
            boolean locatorNamesIt = locator != null && title != null
                    && locator.toLowerCase(java.util.Locale.ROOT).contains(title.toLowerCase(java.util.Locale.ROOT));
            String cited = locatorNamesIt ? quote.source().shortCitation() : quote.source().label();
            details.add(words.quote(quote.text(), cited, locator));
        }
        if (contested) {
            details.add(words.contested(note));
        } else if (note != null) {
            details.add(words.note(note));
        }
        return new PathStory.StepStory(step, fromLabel, link, toLabel, words.step(fromLabel, link, toLabel), sources,
                quote, contested, note, details);
    }

    /** The one-line verdict on an answer: same concept, directly related, connected, or not connected. */
    public String headline(PathAnswer answer) {
        String from = label(answer.query().from());
        String to = label(answer.query().to());
        return switch (answer.outcome()) {
            case SAME_CONCEPT -> words.sameConcept(from);
            case DIRECT -> words.direct(from, to, answer.directPaths().size());
            case CONNECTED -> words.connected(from, to, answer.paths().get(0).length());
            case NOT_CONNECTED -> answer.query().restrictsTypes()
                    ? words.notConnectedOverTypes(from, to, typeLabels(answer.query()), answer.connectedOverAllTypes())
                    : words.notConnected(from, to);
        };
    }

    /** The line introducing the list of paths, or {@code null} when there are none. */
    public String pathsHeading(PathAnswer answer) {
        return answer.paths().isEmpty() ? null : words.pathsHeading(answer.paths().size(), typeLabels(answer.query()));
    }

    /** The caution that chains do not compose, or {@code null} when every path is a single relation. */
    public String caution(PathAnswer answer) {
        return answer.paths().stream().anyMatch(p -> !p.isDirect()) ? words.chainCaution() : null;
    }

    private List<String> typeLabels(PathQuery query) {
        return query.relationTypes().stream().map(this::typeLabel).toList();
    }

    /** The relation's sources in file order, then its quote's source if the list leaves it out. */
    private List<PathStory.Citation> citations(Relation r) {
        Set<String> ids = new LinkedHashSet<>(r.sources());
        if (r.quote() != null && r.quote().source() != null) {
            ids.add(r.quote().source());
        }
        return ids.stream().map(this::citation).toList();
    }

    private PathStory.Citation citation(String sourceId) {
        Source s = taxonomy.source(sourceId).orElse(null);
        if (s == null) {
            return new PathStory.Citation(sourceId, sourceId, sourceId, sourceId, null);
        }
        String label = sharedCitations.contains(s.shortCitation()) && s.title() != null
                ? words.citationWithTitle(s.shortCitation(), abbreviate(s.title()))
                : s.shortCitation();
        return new PathStory.Citation(sourceId, s.shortCitation(), label, s.fullCitation(), s.url());
    }

    private PathStory.CitedQuote citedQuote(Quote q) {
        return new PathStory.CitedQuote(q.text(), citation(q.source()), q.locator(), q.lang());
    }

    /** Cut at a word boundary, so a title stays readable. */
    private static String abbreviate(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_TITLE - 1);
        String cut = title.substring(0, space > MAX_TITLE / 2 ? space : MAX_TITLE - 1);
        return cut.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
    }

    private String text(LocalizedText t) {
        return taxonomy.text(t, language);
    }
}
