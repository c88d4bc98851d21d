package org.psoexplorer.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A JSON value of the file with where its text lies: {@code start} inclusive, {@code end}
 * exclusive, as offsets in the file's text. Objects know their members, arrays their items, so the
 * writer can reuse the text between them.
 */
sealed interface Span {

    int start();

    int end();

    /** The value, for comparing with what is to be written. */
    JsonNode value();

    /** A value without parts: text, number, true, false, null. */
    record Leaf(int start, int end, JsonNode value) implements Span {
    }

    /** A member of an object: the key's text runs from {@code keyStart} to {@code keyEnd}. */
    record Member(String key, int keyStart, int keyEnd, Span value) {
    }

    record Obj(int start, int end, JsonNode value, List<Member> members) implements Span {
    }

    record Arr(int start, int end, JsonNode value, List<Span> items) implements Span {
    }
}
