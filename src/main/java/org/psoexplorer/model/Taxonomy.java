package org.psoexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A loaded taxonomy: immutable, with every reference already checked by the loader.
 * Lookups by id are precomputed because the UI and the graph queries use them constantly.
 */
public final class Taxonomy {

    public static final String FORMAT = "pso-taxonomy/1";

    private final LocalizedText title;
    private final String defaultLanguage;
    private final LocalizedText description;
    private final List<Source> sources;
    private final List<Kind> kinds;
    private final List<RelationType> relationTypes;
    private final List<Concept> concepts;
    private final List<Relation> relations;
    private final List<Tour> tours;
    private final List<View> views;
    private final Map<String, Source> sourcesById;
    private final Map<String, Kind> kindsById;
    private final Map<String, RelationType> relationTypesById;
    private final Map<String, Concept> conceptsById;
    private final Map<String, Tour> toursById;
    private final Map<String, View> viewsById;

    /** A taxonomy without tours. */
    public Taxonomy(LocalizedText title, String defaultLanguage, LocalizedText description, List<Source> sources,
                    List<Kind> kinds, List<RelationType> relationTypes, List<Concept> concepts,
                    List<Relation> relations) {
        this(title, defaultLanguage, description, sources, kinds, relationTypes, concepts, relations, List.of());
    }

    /** A taxonomy without saved views. */
    public Taxonomy(LocalizedText title, String defaultLanguage, LocalizedText description, List<Source> sources,
                    List<Kind> kinds, List<RelationType> relationTypes, List<Concept> concepts,
                    List<Relation> relations, List<Tour> tours) {
        this(title, defaultLanguage, description, sources, kinds, relationTypes, concepts, relations, tours, List.of());
    }

    public Taxonomy(LocalizedText title, String defaultLanguage, LocalizedText description, List<Source> sources,
                    List<Kind> kinds, List<RelationType> relationTypes, List<Concept> concepts,
                    List<Relation> relations, List<Tour> tours, List<View> views) {
        this.title = title;
        this.defaultLanguage = defaultLanguage;
        this.description = description;
        this.sources = List.copyOf(sources);
        this.kinds = List.copyOf(kinds);
        this.relationTypes = List.copyOf(relationTypes);
        this.concepts = List.copyOf(concepts);
        this.relations = List.copyOf(relations);
        this.tours = tours == null ? List.of() : List.copyOf(tours);
        this.views = views == null ? List.of() : List.copyOf(views);
        this.sourcesById = index(this.sources, Source::id);
        this.kindsById = index(this.kinds, Kind::id);
        this.relationTypesById = index(this.relationTypes, RelationType::id);
        this.conceptsById = index(this.concepts, Concept::id);
        this.toursById = index(this.tours, Tour::id);
        this.viewsById = index(this.views, View::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public LocalizedText title() {
        return title;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public LocalizedText description() {
        return description;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Kind> kinds() {
        return kinds;
    }

    public List<RelationType> relationTypes() {
        return relationTypes;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The guided tours, in file order; empty when the file has none. */
    public List<Tour> tours() {
        return tours;
    }

    public Optional<Tour> tour(String id) {
        return Optional.ofNullable(toursById.get(id));
    }

    /** The named arrangements saved in the file, in file order; empty when the file has none. */
    public List<View> views() {
        return views;
    }

    public Optional<View> view(String id) {
        return Optional.ofNullable(viewsById.get(id));
    }

    /**
     * The indices (in {@link #relations()}) of the relations a reference names: usually one, several
     * when the file states the same relation twice, and either direction for an undirected type.
     */
    public List<Integer> relationIndices(RelationRef ref) {
        boolean directed = relationType(ref.type()).map(RelationType::directed).orElse(true);
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            if (ref.matches(relations.get(i), directed)) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(conceptsById.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public Optional<Kind> kind(String id) {
        return Optional.ofNullable(kindsById.get(id));
    }

    public Optional<RelationType> relationType(String id) {
        return Optional.ofNullable(relationTypesById.get(id));
    }

    /** The text in {@code language}, falling back to this taxonomy's default language. */
    public String text(LocalizedText text, String language) {
        return text.in(language, defaultLanguage);
    }

    /** Every language any text of the taxonomy is written in, the default first. */
    public List<String> languages() {
        List<String> known = languages;
        if (known == null) {
            known = collectLanguages();
            languages = known;
        }
        return known;
    }

    /**
     * The languages, collected once: every label and definition is read, a quarter of a second at
     * 82,115 concepts, and the window asks on the FX thread when a file arrives (the immutable list
     * makes a race between two first callers harmless).
     */
    private volatile List<String> languages;

    private List<String> collectLanguages() {
        java.util.Set<String> langs = new java.util.LinkedHashSet<>();
        langs.add(defaultLanguage);
        title.values().keySet().forEach(langs::add);
        for (Concept c : concepts) {
            c.label().values().keySet().forEach(langs::add);
            c.definition().values().keySet().forEach(langs::add);
        }
        return List.copyOf(langs);
    }
}
