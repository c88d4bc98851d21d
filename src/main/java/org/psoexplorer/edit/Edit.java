package org.psoexplorer.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.View;

/**
 * One change to a taxonomy, as an immutable command: {@link #applyTo} gives the changed taxonomy
 * and leaves its argument alone, so undo is going back to the previous value (see
 * {@link TaxonomyEditor}). Renames and removals carry their consequences with them: renaming a
 * concept renames it in relations, tours and views; removing one removes its relations.
 *
 * <p>Edits never check what they produce: the {@link TaxonomyEditor} runs the loader's checks on the
 * result, so an edit that leaves a problem (a duplicate id, an unknown kind) is reported beside the
 * field instead of refused. They throw {@link IllegalArgumentException} only when the entry they
 * name is not there at all (a stale form).
 */
public sealed interface Edit {

    /** The taxonomy after this edit; {@code taxonomy} itself is unchanged. */
    Taxonomy applyTo(Taxonomy taxonomy);

    /**
     * The resource-bundle key naming the edit in menus, "Undo <i>Edit concept</i>": one of
     * {@code edit.addConcept}, {@code edit.replaceConcept}, {@code edit.removeConcept},
     * {@code edit.addRelation}, {@code edit.replaceRelation}, {@code edit.removeRelation},
     * {@code edit.addSource}, {@code edit.replaceSource}, {@code edit.removeSource}, {@code edit.addKind},
     * {@code edit.replaceKind}, {@code edit.addRelationType}, {@code edit.replaceRelationType},
     * {@code edit.saveView}, {@code edit.removeView}.
     */
    default String labelKey() {
        String name = getClass().getSimpleName();
        return "edit." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Adds a concept at the end of the concepts. */
    record AddConcept(Concept concept) implements Edit {
        public AddConcept {
            Objects.requireNonNull(concept, "concept");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            return TaxonomyParts.withConcepts(t, append(t.concepts(), concept));
        }
    }

    /**
     * Replaces the concept {@code id} in place. When the replacement has another id, relations, tour
     * steps and views that name the old id follow the rename.
     */
    record ReplaceConcept(String id, Concept replacement) implements Edit {
        public ReplaceConcept {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(replacement, "replacement");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.concepts(), id, Concept::id, "concept");
            Taxonomy replaced = TaxonomyParts.withConcepts(t, replace(t.concepts(), at, replacement));
            return Objects.equals(id, replacement.id()) ? replaced : References.renameConcept(replaced, id, replacement.id());
        }
    }

    /**
     * Removes the concept {@code id}, the relations from or to it, and its mentions in tour steps and
     * views (see {@link Dependents#ofConcept} for what the user confirms).
     */
    record RemoveConcept(String id) implements Edit {
        public RemoveConcept {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.concepts(), id, Concept::id, "concept");
            List<Concept> concepts = new ArrayList<>(t.concepts());
            concepts.remove(at);
            return References.forgetConcept(TaxonomyParts.withConcepts(t, concepts), id);
        }
    }

    /** Adds a relation at the end of the relations. */
    record AddRelation(Relation relation) implements Edit {
        public AddRelation {
            Objects.requireNonNull(relation, "relation");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            return TaxonomyParts.withRelations(t, append(t.relations(), relation));
        }
    }

    /** Replaces the relation at {@code index} (in {@link Taxonomy#relations()}). */
    record ReplaceRelation(int index, Relation replacement) implements Edit {
        public ReplaceRelation {
            Objects.requireNonNull(replacement, "replacement");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            checkIndex(index, t.relations().size());
            Relation old = t.relations().get(index);
            Taxonomy replaced = TaxonomyParts.withRelations(t, replace(t.relations(), index, replacement));
            return References.relationChanged(replaced, old, replacement);
        }
    }

    /** Removes the relation at {@code index}; tour steps stop highlighting it. */
    record RemoveRelation(int index) implements Edit {
        @Override
        public Taxonomy applyTo(Taxonomy t) {
            checkIndex(index, t.relations().size());
            Relation old = t.relations().get(index);
            List<Relation> relations = new ArrayList<>(t.relations());
            relations.remove(index);
            return References.relationChanged(TaxonomyParts.withRelations(t, relations), old, null);
        }
    }

    /** Adds a source at the end of the sources. */
    record AddSource(Source source) implements Edit {
        public AddSource {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            return TaxonomyParts.withSources(t, append(t.sources(), source));
        }
    }

    /** Replaces the source {@code id} in place; a new id is followed by every citation of the old one. */
    record ReplaceSource(String id, Source replacement) implements Edit {
        public ReplaceSource {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(replacement, "replacement");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.sources(), id, Source::id, "source");
            Taxonomy replaced = TaxonomyParts.withSources(t, replace(t.sources(), at, replacement));
            return Objects.equals(id, replacement.id()) ? replaced : References.renameSource(replaced, id, replacement.id());
        }
    }

    /**
     * Removes the source {@code id}, its citations in relations and tour steps, and the quotes taken
     * from it (a quote without its source is what the format forbids; see {@link Dependents#ofSource}).
     */
    record RemoveSource(String id) implements Edit {
        public RemoveSource {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.sources(), id, Source::id, "source");
            List<Source> sources = new ArrayList<>(t.sources());
            sources.remove(at);
            return References.forgetSource(TaxonomyParts.withSources(t, sources), id);
        }
    }

    /** Declares a kind of concept at the end of the kinds. */
    record AddKind(Kind kind) implements Edit {
        public AddKind {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            return TaxonomyParts.withKinds(t, append(t.kinds(), kind));
        }
    }

    /** Replaces the kind {@code id} in place; concepts and views follow a new id. */
    record ReplaceKind(String id, Kind replacement) implements Edit {
        public ReplaceKind {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(replacement, "replacement");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.kinds(), id, Kind::id, "kind");
            Taxonomy replaced = TaxonomyParts.withKinds(t, replace(t.kinds(), at, replacement));
            return Objects.equals(id, replacement.id()) ? replaced : References.renameKind(replaced, id, replacement.id());
        }
    }

    /** Declares a relation type at the end of the relation types. */
    record AddRelationType(RelationType relationType) implements Edit {
        public AddRelationType {
            Objects.requireNonNull(relationType, "relationType");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            return TaxonomyParts.withRelationTypes(t, append(t.relationTypes(), relationType));
        }
    }

    /** Replaces the relation type {@code id} in place; relations, tour steps and views follow a new id. */
    record ReplaceRelationType(String id, RelationType replacement) implements Edit {
        public ReplaceRelationType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(replacement, "replacement");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.relationTypes(), id, RelationType::id, "relation type");
            Taxonomy replaced = TaxonomyParts.withRelationTypes(t, replace(t.relationTypes(), at, replacement));
            return Objects.equals(id, replacement.id()) ? replaced
                    : References.renameRelationType(replaced, id, replacement.id());
        }
    }

    /** Saves a named view: replaces the view with the same id in place, or adds it at the end. */
    record SaveView(View view) implements Edit {
        public SaveView {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            for (int i = 0; i < t.views().size(); i++) {
                if (Objects.equals(t.views().get(i).id(), view.id())) {
                    return TaxonomyParts.withViews(t, replace(t.views(), i, view));
                }
            }
            return TaxonomyParts.withViews(t, append(t.views(), view));
        }
    }

    /** Removes the view {@code id}; tour steps that showed it keep their own concepts and layout. */
    record RemoveView(String id) implements Edit {
        public RemoveView {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Taxonomy applyTo(Taxonomy t) {
            int at = indexOf(t.views(), id, View::id, "view");
            List<View> views = new ArrayList<>(t.views());
            views.remove(at);
            return References.forgetView(TaxonomyParts.withViews(t, views), id);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> replace(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.set(index, item);
        return out;
    }

    private static <T> int indexOf(List<T> list, String id, java.util.function.Function<T, String> idOf, String what) {
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(idOf.apply(list.get(i)))) {
                return i;
            }
        }
        throw new IllegalArgumentException("No " + what + " with id \"" + id + "\"");
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("No relation at index " + index + " (the taxonomy has " + size + ")");
        }
    }
}
