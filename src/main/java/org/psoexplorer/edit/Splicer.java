package org.psoexplorer.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a new value over the text of an old one, keeping the old text wherever the value did not
 * change: unchanged members and items keep their characters, the gaps between them their
 * whitespace, unknown members ({@code x-} fields) stay, and only what changed is written anew, in
 * the file's {@link TextStyle}.
 *
 * <p>Each step compares three things: the old text's {@link Span}, the value {@code before} (what
 * the model said when the text was read, in {@link Canon} form) and the value {@code after}. A
 * member the model does not know is in neither, so it is kept; a member that was and is no more is
 * dropped.
 */
final class Splicer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String text;
    private final TextStyle style;

    Splicer(String text, TextStyle style) {
        this.text = text;
        this.style = style;
    }

    /** The text of {@code after}, reusing {@code old}'s text; {@code before} may be {@code null} (then old's own value). */
    String write(Span old, JsonNode before, JsonNode after, String place) {
        return write(old, before, after, place, false);
    }

    /** @param inlineParent whether the value stands in a container written on one line */
    private String write(Span old, JsonNode before, JsonNode after, String place, boolean inlineParent) {
        JsonNode was = before != null ? before : old.value();
        if (was.equals(after) || old.value().equals(after)) {
            return source(old);
        }
        if (old instanceof Span.Obj o && after.isObject() && was.isObject()) {
            return object(o, was, after, place);
        }
        if (old instanceof Span.Arr a && after.isArray() && was.isArray() && was.size() == a.items().size()) {
            return array(a, was, after, place);
        }
        JsonNode value = after;
        if (old.value().isTextual() && after.isObject() && after.size() == 1 && after.has(style.defaultLanguage)
                && after.get(style.defaultLanguage).isTextual()) {
            value = after.get(style.defaultLanguage); // the author writes this text as a plain string
        }
        boolean wasInline = old.value().isContainerNode() && !old.value().isEmpty() && !source(old).contains("\n");
        return fresh(value, TextStyle.indentAt(text, old.start()), place, wasInline || inlineParent);
    }

    private String source(Span s) {
        return text.substring(s.start(), s.end());
    }

    /** A piece of a container being written: the old member or item it continues (-1 for none) and its text. */
    private record Piece(int oldIndex, String text) {
    }

    private String object(Span.Obj o, JsonNode was, JsonNode after, String place) {
        List<Piece> pieces = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < o.members().size(); i++) {
            Span.Member m = o.members().get(i);
            String key = m.key();
            JsonNode now = after.get(key);
            if (now != null) {
                String value = write(m.value(), was.get(key), now, TextStyle.child(place, key),
                        inlineContainer(o) || !startsLine(m.keyStart()));
                pieces.add(new Piece(i, text.substring(m.keyStart(), m.value().start()) + value));
                kept.add(key);
            } else if (!was.has(key)) {
                pieces.add(new Piece(i, text.substring(m.keyStart(), m.value().end())));
                kept.add(key);
            }
        }
        // New members go after the member that precedes them in the model's order, so a field
        // appears where the format guide puts it.
        String indent = memberIndent(o);
        String previous = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (kept.contains(key)) {
                previous = key;
                continue;
            }
            if (Objects.equals(was.get(key), e.getValue()) && !hasMember(o, key)) {
                continue; // unchanged, and absent from the text: the model's default, never written
            }
            String member = quoted(key) + style.colon + fresh(e.getValue(), indent, TextStyle.child(place, key),
                    inlineContainer(o));
            int at = previous == null ? 0 : kept.indexOf(previous) + 1;
            pieces.add(at, new Piece(-1, member));
            kept.add(at, key);
            previous = key;
        }
        List<String> leads = new ArrayList<>();
        for (Span.Member m : o.members()) {
            leads.add(text.substring(leadStart(o, leads.size()), m.keyStart()));
        }
        return assemble(o.start(), o.end(), '{', '}', leads, pieces, indent, inlineContainer(o));
    }

    /** Whether only blanks precede {@code offset} on its line. */
    private boolean startsLine(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static boolean hasMember(Span.Obj o, String key) {
        return o.members().stream().anyMatch(m -> m.key().equals(key));
    }

    private int leadStart(Span.Obj o, int i) {
        return i == 0 ? o.start() + 1 : o.members().get(i - 1).value().end();
    }

    private String array(Span.Arr a, JsonNode was, JsonNode after, String place) {
        int[] partner = pair(was, after);
        List<Piece> pieces = new ArrayList<>();
        String indent = itemIndent(a);
        for (int j = 0; j < after.size(); j++) {
            int i = partner[j];
            pieces.add(i >= 0
                    ? new Piece(i, write(a.items().get(i), was.get(i), after.get(j), place + "[]", inlineContainer(a)))
                    : new Piece(-1, fresh(after.get(j), indent, place + "[]", inlineContainer(a))));
        }
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            int from = i == 0 ? a.start() + 1 : a.items().get(i - 1).end();
            leads.add(text.substring(from, a.items().get(i).start()));
        }
        return assemble(a.start(), a.end(), '[', ']', leads, pieces, indent, inlineContainer(a));
    }

    /**
     * For each new item, the old item it continues, or -1: first an item equal to it, then one with
     * the same "id", then the unpaired ones in order (an item edited in place, a renamed entry).
     */
    static int[] pair(JsonNode was, JsonNode after) {
        int[] partner = new int[after.size()];
        java.util.Arrays.fill(partner, -1);
        boolean[] used = new boolean[was.size()];
        Map<JsonNode, Deque<Integer>> byValue = new HashMap<>();
        Map<String, Deque<Integer>> byId = new HashMap<>();
        for (int i = 0; i < was.size(); i++) {
            byValue.computeIfAbsent(was.get(i), k -> new ArrayDeque<>()).add(i);
            JsonNode id = was.get(i).get("id");
            if (id != null && id.isTextual()) {
                byId.computeIfAbsent(id.asText(), k -> new ArrayDeque<>()).add(i);
            }
        }
        for (int j = 0; j < after.size(); j++) {
            partner[j] = take(byValue.get(after.get(j)), used);
        }
        for (int j = 0; j < after.size(); j++) {
            JsonNode id = after.get(j).get("id");
            if (partner[j] < 0 && id != null && id.isTextual()) {
                partner[j] = take(byId.get(id.asText()), used);
            }
        }
        int next = 0;
        for (int j = 0; j < after.size(); j++) {
            if (partner[j] >= 0) {
                continue;
            }
            while (next < used.length && used[next]) {
                next++;
            }
            if (next < used.length && !hasIdOfAnother(was.get(next), after)) {
                used[next] = true;
                partner[j] = next;
            }
        }
        return partner;
    }

    /** Whether an old entry's id is still in the new list (so it cannot have been renamed into another). */
    private static boolean hasIdOfAnother(JsonNode old, JsonNode after) {
        JsonNode id = old.get("id");
        if (id == null || !id.isTextual()) {
            return false;
        }
        for (JsonNode n : after) {
            if (id.equals(n.get("id"))) {
                return true;
            }
        }
        return false;
    }

    private static int take(Deque<Integer> candidates, boolean[] used) {
        if (candidates == null) {
            return -1;
        }
        while (!candidates.isEmpty()) {
            int i = candidates.poll();
            if (!used[i]) {
                used[i] = true;
                return i;
            }
        }
        return -1;
    }

    /**
     * A container from its pieces: where two pieces were neighbours in the old text the gap between
     * them is kept as it was; elsewhere the container's usual gap is used.
     */
    private String assemble(int start, int end, char open, char close, List<String> leads, List<Piece> pieces,
                            String indent, boolean inline) {
        String closing;
        String first;
        String between;
        if (!leads.isEmpty()) {
            first = leads.get(0);
            between = leads.size() > 1 ? leads.get(1) : first.contains("\n") ? "," + first : ", ";
            closing = lastPieceEnd(start, end);
        } else if (inline) {
            first = "";
            closing = "";
            between = ", ";
        } else {
            String outer = TextStyle.indentAt(text, start);
            first = style.newline + outer + style.unit;
            closing = style.newline + outer;
            between = "," + first;
        }
        StringBuilder sb = new StringBuilder().append(open);
        for (int j = 0; j < pieces.size(); j++) {
            Piece p = pieces.get(j);
            if (j == 0) {
                sb.append(first);
            } else if (p.oldIndex() > 0 && pieces.get(j - 1).oldIndex() == p.oldIndex() - 1) {
                sb.append(leads.get(p.oldIndex()));
            } else {
                sb.append(between);
            }
            sb.append(p.text());
        }
        if (!pieces.isEmpty()) {
            sb.append(closing);
        }
        return sb.append(close).toString();
    }

    /** The blanks between the last member or item and the closing bracket. */
    private String lastPieceEnd(int start, int end) {
        int i = end - 1; // the closing bracket
        int j = i;
        while (j > start + 1 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return text.substring(j, i);
    }

    private String memberIndent(Span.Obj o) {
        if (o.members().isEmpty()) {
            return TextStyle.indentAt(text, o.start()) + style.unit;
        }
        return TextStyle.indentAt(text, o.members().get(o.members().size() - 1).keyStart());
    }

    private String itemIndent(Span.Arr a) {
        if (a.items().isEmpty()) {
            return TextStyle.indentAt(text, a.start()) + style.unit;
        }
        return TextStyle.indentAt(text, a.items().get(a.items().size() - 1).start());
    }

    private boolean inlineContainer(Span s) {
        return !source(s).contains("\n") && (s instanceof Span.Obj o ? !o.members().isEmpty() : !((Span.Arr) s).items().isEmpty());
    }

    /**
     * A value written anew, starting on a line indented by {@code indent}: on one line when the
     * author writes such values on one line (or everything around is on one line), otherwise one
     * member or item per line.
     */
    String fresh(JsonNode value, String indent, String place, boolean forceInline) {
        if (!value.isContainerNode()) {
            return scalar(value);
        }
        if (value.isEmpty()) {
            return value.isObject() ? "{}" : "[]";
        }
        Boolean learned = style.inline(place);
        boolean inline = forceInline || (learned != null && learned);
        String inner = indent + style.unit;
        StringBuilder sb = new StringBuilder().append(value.isObject() ? '{' : '[');
        boolean firstItem = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.isObject() ? value.fields() : null; it != null && it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(firstItem ? "" : ",").append(inline ? (firstItem ? "" : " ") : style.newline + inner);
            sb.append(quoted(e.getKey())).append(style.colon)
                    .append(fresh(e.getValue(), inner, TextStyle.child(place, e.getKey()), inline));
            firstItem = false;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                sb.append(firstItem ? "" : ",").append(inline ? (firstItem ? "" : " ") : style.newline + inner);
                sb.append(fresh(item, inner, place + "[]", inline));
                firstItem = false;
            }
        }
        if (!inline) {
            sb.append(style.newline).append(indent);
        }
        return sb.append(value.isObject() ? '}' : ']').toString();
    }

    private static String quoted(String key) {
        return scalar(com.fasterxml.jackson.databind.node.TextNode.valueOf(key));
    }

    private static String scalar(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a plain value always writes
        }
    }
}
