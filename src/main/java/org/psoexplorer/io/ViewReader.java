package org.psoexplorer.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.TourStep;
import org.psoexplorer.model.View;

/**
 * Reads the optional {@code views} list: named arrangements of the diagram. What a view names
 * (concepts, kinds, relation types, a source) is checked afterwards by {@link ViewChecker}.
 */
final class ViewReader {

    /** A view as read, with where it and each of its positions came from. */
    record ReadView(View view, Fields fields, Map<String, Json.Member> positions) {
    }

    private static final double MAX_COORDINATE = 1_000_000;

    private final Reporter reporter;

    ViewReader(Reporter reporter) {
        this.reporter = reporter;
    }

    List<ReadView> read(Fields root) {
        return root.list("views", (v, p) -> view(root.objectAt(v, p, Entry.VIEW)));
    }

    private ReadView view(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "id", "label", "layout", "focus", "depth", "hiddenKinds", "hiddenRelationTypes",
                "onlySource", "viewport", "positions");
        String id = f.id("id", Entry.VIEW);
        LocalizedText label = f.text("label", true);
        String layout = f.string("layout", false);
        if (layout != null && !TourStep.LAYOUTS.contains(layout)) {
            reporter.error(f.at("layout"), f.child("layout"), Message.of("layout.unknown", Excerpt.of(layout)),
                    Suggestions.closest(layout, TourStep.LAYOUTS).map(Suggestions::didYouMean)
                            .orElse(Message.of("value.hint.oneOf", String.join(", ", TourStep.LAYOUTS))));
            layout = null;
        }
        String focus = f.string("focus", false);
        Integer depth = f.integer("depth", false, 1, 3);
        List<String> hiddenKinds = f.strings("hiddenKinds");
        List<String> hiddenTypes = f.strings("hiddenRelationTypes");
        String onlySource = f.string("onlySource", false);
        View.Viewport viewport = viewport(f.object("viewport"));
        Map<String, Json.Member> positionMembers = new LinkedHashMap<>();
        Map<String, View.Position> positions = positions(f.object("positions"), positionMembers);
        View view = new View(id, label, layout, focus, depth, hiddenKinds, hiddenTypes, onlySource, viewport, positions);
        return new ReadView(view, f, positionMembers);
    }

    private View.Viewport viewport(Fields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(true, "scale", "x", "y");
        Double scale = number(f, "scale", 0.01, 100);
        Double x = number(f, "x", -MAX_COORDINATE, MAX_COORDINATE);
        Double y = number(f, "y", -MAX_COORDINATE, MAX_COORDINATE);
        return scale == null || x == null || y == null ? null : new View.Viewport(scale, x, y);
    }

    private Map<String, View.Position> positions(Fields f, Map<String, Json.Member> members) {
        Map<String, View.Position> out = new LinkedHashMap<>();
        if (f == null) {
            return out;
        }
        for (Json.Member m : f.node().members().values()) {
            Fields p = f.objectAt(m.value(), f.child(m.key()), Entry.POSITION);
            if (p == null) {
                continue;
            }
            p.allowOnly(false, "x", "y");
            Double x = number(p, "x", -MAX_COORDINATE, MAX_COORDINATE);
            Double y = number(p, "y", -MAX_COORDINATE, MAX_COORDINATE);
            if (x != null && y != null) {
                out.put(m.key(), new View.Position(x, y));
                members.put(m.key(), m);
            }
        }
        return out;
    }

    private Double number(Fields f, String key, double min, double max) {
        Json v = f.get(key);
        if (v == null) {
            f.missing(key, Message.of("expect.number"));
            return null;
        }
        if (!(v instanceof Json.Num n)) {
            f.wrongType(key, Message.of("type.number"), v);
            return null;
        }
        double d = n.value().doubleValue();
        if (!Double.isFinite(d) || d < min || d > max) {
            reporter.error(v.at(), f.child(key), Message.of("field.outOfRange", key, String.valueOf(n.value()), fmt(min), fmt(max)),
                    null);
            return null;
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
