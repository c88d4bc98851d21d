package org.psoexplorer.io;

import java.util.List;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.RelationRef;
import org.psoexplorer.model.Tour;
import org.psoexplorer.model.TourStep;

/**
 * Reads the structure of the optional {@code tours} list: keys, types, ids, layout names. What the
 * steps refer to (concepts, sources, relations) is checked afterwards by {@link TourChecker}.
 */
final class TourReader {

    /** A step as read, with where it and each of its relation references came from. */
    record ReadStep(TourStep step, Fields fields, List<Located<RelationRef>> relations) {
    }

    /** A tour as read, with where it and each of its steps came from. */
    record ReadTour(Tour tour, Fields fields, List<ReadStep> steps) {
    }

    private final Reporter reporter;

    TourReader(Reporter reporter) {
        this.reporter = reporter;
    }

    /** The tours of the document whose top level is {@code root}; empty when it has none. */
    List<ReadTour> read(Fields root) {
        return root.list("tours", (v, p) -> tour(root.objectAt(v, p, Entry.TOUR)));
    }

    private ReadTour tour(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "title", "description", "steps");
        String id = f.id("id", Entry.TOUR);
        LocalizedText title = f.text("title", true);
        LocalizedText description = f.text("description", false);
        List<ReadStep> steps = f.list("steps", (v, p) -> step(f.objectAt(v, p, Entry.STEP)));
        if (!f.has("steps")) {
            f.missing("steps", Message.of("expect.steps"));
        } else if (f.get("steps") instanceof Json.Arr arr && arr.items().isEmpty()) {
            reporter.error(f.at("steps"), f.child("steps"),
                    id == null ? Message.of("tour.noSteps") : Message.of("tour.namedNoSteps", Excerpt.of(id)),
                    Message.of("tour.hint.noSteps"));
        }
        Tour tour = new Tour(id, title, description, steps.stream().map(ReadStep::step).toList());
        return new ReadTour(tour, f, steps);
    }

    private ReadStep step(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "concepts", "focus", "relations", "layout", "caption", "sources", "view");
        if (!f.has("concepts")) {
            f.missing("concepts", Message.of("expect.stepConcepts"));
        }
        List<String> concepts = f.strings("concepts");
        String focus = f.string("focus", false);
        if (focus != null && focus.isBlank()) {
            reporter.error(f.at("focus"), f.child("focus"), Message.of("field.empty", "focus"), Message.of("step.hint.emptyFocus"));
            focus = null;
        }
        List<Located<RelationRef>> relations = f.list("relations", (v, p) -> relationRef(f.objectAt(v, p, Entry.RELATION)));
        String layout = layout(f);
        LocalizedText caption = f.text("caption", true);
        List<String> sources = f.strings("sources");
        String view = f.string("view", false);
        TourStep step = new TourStep(concepts, focus, relations.stream().map(Located::value).toList(), layout,
                caption, sources, view);
        return new ReadStep(step, f, relations);
    }

    private String layout(Fields f) {
        String layout = f.string("layout", false);
        if (layout != null && !TourStep.LAYOUTS.contains(layout)) {
            reporter.error(f.at("layout"), f.child("layout"), Message.of("layout.unknown", Excerpt.of(layout)),
                    Suggestions.closest(layout, TourStep.LAYOUTS).map(Suggestions::didYouMean)
                            .orElse(Message.of("layout.hint.oneOfOrNone", String.join(", ", TourStep.LAYOUTS))));
            return null;
        }
        return layout;
    }

    private Located<RelationRef> relationRef(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "from", "type", "to");
        String from = f.string("from", true);
        String type = f.string("type", true);
        String to = f.string("to", true);
        if (from == null || type == null || to == null) {
            return null;
        }
        return new Located<>(new RelationRef(from, type, to), f);
    }
}
