package org.psoexplorer.edit;

import java.util.List;
import org.psoexplorer.model.Concept;
import org.psoexplorer.model.Kind;
import org.psoexplorer.model.Relation;
import org.psoexplorer.model.RelationType;
import org.psoexplorer.model.Source;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.View;

/**
 * A taxonomy with one of its lists replaced. Kept out of the model so the model stays plain records
 * with one way to build them; editing is the only place that needs these.
 */
final class TaxonomyParts {

    private TaxonomyParts() {
    }

    static Taxonomy withSources(Taxonomy t, List<Source> sources) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), sources, t.kinds(), t.relationTypes(),
                t.concepts(), t.relations(), t.tours(), t.views());
    }

    static Taxonomy withKinds(Taxonomy t, List<Kind> kinds) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), kinds, t.relationTypes(),
                t.concepts(), t.relations(), t.tours(), t.views());
    }

    static Taxonomy withRelationTypes(Taxonomy t, List<RelationType> types) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), t.kinds(), types,
                t.concepts(), t.relations(), t.tours(), t.views());
    }

    static Taxonomy withConcepts(Taxonomy t, List<Concept> concepts) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), t.kinds(), t.relationTypes(),
                concepts, t.relations(), t.tours(), t.views());
    }

    static Taxonomy withRelations(Taxonomy t, List<Relation> relations) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), t.kinds(), t.relationTypes(),
                t.concepts(), relations, t.tours(), t.views());
    }

    static Taxonomy withTours(Taxonomy t, List<Tour> tours) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), t.kinds(), t.relationTypes(),
                t.concepts(), t.relations(), tours, t.views());
    }

    static Taxonomy withViews(Taxonomy t, List<View> views) {
        return new Taxonomy(t.title(), t.defaultLanguage(), t.description(), t.sources(), t.kinds(), t.relationTypes(),
                t.concepts(), t.relations(), t.tours(), views);
    }
}
