package org.psoexplorer.edit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psoexplorer.io.Problem;
import org.psoexplorer.model.Taxonomy;

/**
 * A problem of the edited taxonomy, tied to the entry and field it concerns so a form can show it
 * beside that field: {@code concepts[12].label.fr} becomes section "concepts", the id of the 13th
 * concept, field "label.fr".
 *
 * @param section the list the entry is in ("concepts", "relations", "sources", "kinds",
 *                "relationTypes", "tours", "views"), or "" for the document itself
 * @param index   the entry's position in that list, or -1
 * @param id      the entry's id (for relations: {@code null}), or {@code null} when unknown
 * @param field   the path inside the entry ("label.fr", "quotes[0].source"), the key it lacks ("definition")
 *                for a missing one, or "" for the whole entry
 */
public record EntryProblem(Problem problem, String section, int index, String id, String field) {

    private static final Pattern PATH = Pattern.compile("([A-Za-z]+)\\[(\\d+)](?:\\.(.*))?");

    /** Whether this problem concerns the concept {@code conceptId}. */
    public boolean isAboutConcept(String conceptId) {
        return "concepts".equals(section) && conceptId != null && conceptId.equals(id);
    }

    /** Whether this problem concerns the relation at {@code relationIndex}. */
    public boolean isAboutRelation(int relationIndex) {
        return "relations".equals(section) && index == relationIndex;
    }

    /** Places a problem of {@code taxonomy}'s text on its entry. */
    static EntryProblem locate(Problem p, Taxonomy taxonomy) {
        Matcher m = PATH.matcher(p.path() == null ? "" : p.path());
        if (!m.matches()) {
            String path = p.path() == null ? "" : p.path();
            return new EntryProblem(p, "", -1, null, path);
        }
        String section = m.group(1);
        int index = Integer.parseInt(m.group(2));
        String field = m.group(3) != null ? m.group(3) : p.missingKey().orElse("");
        return new EntryProblem(p, section, index, idAt(taxonomy, section, index).orElse(null), field);
    }

    private static Optional<String> idAt(Taxonomy t, String section, int index) {
        List<?> list = switch (section) {
            case "concepts" -> t.concepts();
            case "sources" -> t.sources();
            case "kinds" -> t.kinds();
            case "relationTypes" -> t.relationTypes();
            case "tours" -> t.tours();
            case "views" -> t.views();
            default -> List.of();
        };
        if (index >= list.size()) {
            return Optional.empty();
        }
        Object entry = list.get(index);
        if (entry instanceof org.psoexplorer.model.Concept c) {
            return Optional.ofNullable(c.id());
        } else if (entry instanceof org.psoexplorer.model.Source s) {
            return Optional.ofNullable(s.id());
        } else if (entry instanceof org.psoexplorer.model.Kind k) {
            return Optional.ofNullable(k.id());
        } else if (entry instanceof org.psoexplorer.model.RelationType r) {
            return Optional.ofNullable(r.id());
        } else if (entry instanceof org.psoexplorer.model.Tour tour) {
            return Optional.ofNullable(tour.id());
        } else if (entry instanceof org.psoexplorer.model.View v) {
            return Optional.ofNullable(v.id());
        }
        return Optional.empty();
    }
}
