package org.psoexplorer.edit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON text into {@link Span}s: each value with its character offsets. Used only on text the
 * loader has already accepted, so it reports no problems of its own.
 */
final class SpanParser {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String text;
    private final int offset;
    private JsonParser parser;

    /** @param offset where the JSON starts in the text (after a byte-order mark) */
    private SpanParser(String text, int offset) {
        this.text = text;
        this.offset = offset;
    }

    static Span parse(String text) {
        int offset = text.startsWith("\uFEFF") ? 1 : 0;
        SpanParser p = new SpanParser(text, offset);
        try (JsonParser parser = FACTORY.createParser(text.substring(offset))) {
            p.parser = parser;
            return p.value(parser.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int tokenStart() {
        return offset + (int) parser.currentTokenLocation().getCharOffset();
    }

    private int tokenEnd() {
        return offset + (int) parser.currentLocation().getCharOffset();
    }

    private Span value(JsonToken token) throws IOException {
        int start = tokenStart();
        switch (token) {
            case START_OBJECT: {
                ObjectNode node = NODES.objectNode();
                List<Span.Member> members = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyStart = tokenStart();
                    int keyEnd = keyEnd(keyStart);
                    Span v = value(parser.nextToken());
                    members.add(new Span.Member(key, keyStart, keyEnd, v));
                    node.set(key, v.value());
                }
                return new Span.Obj(start, tokenEnd(), node, List.copyOf(members));
            }
            case START_ARRAY: {
                ArrayNode node = NODES.arrayNode();
                List<Span> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    Span v = value(t);
                    items.add(v);
                    node.add(v.value());
                }
                return new Span.Arr(start, tokenEnd(), node, List.copyOf(items));
            }
            case VALUE_STRING:
                return leaf(start, NODES.textNode(parser.getText()));
            case VALUE_NUMBER_INT:
                return leaf(start, Canon.number(parser.getNumberValue()));
            case VALUE_NUMBER_FLOAT:
                return leaf(start, Canon.number(parser.getDecimalValue()));
            case VALUE_TRUE:
                return leaf(start, NODES.booleanNode(true));
            case VALUE_FALSE:
                return leaf(start, NODES.booleanNode(false));
            case VALUE_NULL:
                return leaf(start, NODES.nullNode());
            default:
                throw new IllegalStateException("Unexpected " + token);
        }
    }

    private Span leaf(int start, JsonNode node) {
        return new Span.Leaf(start, tokenEnd(), node);
    }

    /** Where a key's closing quote ends: the key's text, escapes and all, lies between its quotes. */
    private int keyEnd(int keyStart) {
        int i = keyStart + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
