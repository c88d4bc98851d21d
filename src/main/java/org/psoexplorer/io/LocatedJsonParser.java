package org.psoexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON into a {@link Json} tree that keeps line and column of every value and key.
 * Text is decoded strictly as UTF-8 (a byte-order mark is skipped) so columns count characters,
 * not bytes, and invalid bytes are reported rather than silently replaced.
 */
final class LocatedJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints())
            .build();

    private static final Message LONG_NUMBER = Message.of("json.longNumber");
    private static final Message LIMIT_HINT = Message.of("json.hint.limit");
    private static final Pattern TOKEN_LENGTH = Pattern.compile("length \\((\\d+)\\)");

    private final Consumer<Problem> duplicateKeys;
    private final String file;
    private static final int SHARED_MAX_LENGTH = 40;
    private final Map<String, String> sharedTexts = new java.util.HashMap<>();
    private JsonParser parser;

    /** @param duplicateKeys told of every key that repeats within an object (the first one wins) */
    LocatedJsonParser(String file, Consumer<Problem> duplicateKeys) {
        this.file = file;
        this.duplicateKeys = duplicateKeys;
    }

    Json parse(InputStream in) throws JsonSyntaxException, IOException {
        try (JsonParser p = FACTORY.createParser(new StrictUtf8Reader(in))) {
            parser = p;
            try {
                return readDocument(p);
            } catch (StreamConstraintsException e) {
                // Located here, while the parser is open: where the offending token starts, not where reading stopped.
                throw new JsonSyntaxException(limitMessage(e, p), limitPosition(e, p),
                        LIMIT_HINT);
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new JsonSyntaxException(NonStandardJson.explain(e.getOriginalMessage()), position(loc),
                    NonStandardJson.hint(e.getOriginalMessage()));
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            throw new JsonSyntaxException(Message.of("json.notUtf8"), new Json.Position(e.line, e.column),
                    Message.of("json.hint.utf8"));
        }
    }

    private Json readDocument(JsonParser p) throws IOException, JsonSyntaxException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new JsonSyntaxException(Message.of("json.empty"), new Json.Position(1, 1), Message.of("json.hint.empty"));
        }
        Json root = readValue(first);
        expectEnd(p);
        return root;
    }

    private static void expectEnd(JsonParser p) throws IOException, JsonSyntaxException {
        Json.Position after = position(p.currentLocation());
        boolean more;
        try {
            more = p.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        if (more) {
            Json.Position at = p.currentTokenLocation() != null ? position(p.currentTokenLocation()) : after;
            throw new JsonSyntaxException(Message.of("json.textAfterEnd"), at, Message.of("json.hint.textAfterEnd"));
        }
    }

    private Json readValue(JsonToken token) throws IOException, JsonSyntaxException {
        long at = packed(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT:
                return readObject(at);
            case START_ARRAY:
                ArrayList<Json> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(t));
                }
                items.trimToSize();
                return new Json.Arr(at, items);
            case VALUE_STRING:
                return new Json.Str(at, shared(parser.getText()));
            case VALUE_NUMBER_INT:
                return new Json.Num(at, number(at), true);
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(at, number(at), false);
            case VALUE_TRUE:
                return new Json.Bool(at, true);
            case VALUE_FALSE:
                return new Json.Bool(at, false);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw new IllegalStateException("Unexpected token " + token);
        }
    }

    /** The number, refused before converting it when it is longer than any number a taxonomy holds. */
    private Number number(long at) throws IOException, JsonSyntaxException {
        if (parser.getTextLength() > JsonLimits.MAX_NUMBER_CHARS) {
            throw new JsonSyntaxException(LONG_NUMBER, Json.Position.unpack(at), LIMIT_HINT);
        }
        return parser.getNumberValue();
    }

    private Json readObject(long at) throws IOException, JsonSyntaxException {
        Map<String, Json.Member> members = new LinkedHashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = shared(parser.currentName());
            long keyAt = packed(parser.currentTokenLocation());
            Json value = readValue(parser.nextToken());
            if (members.containsKey(key)) {
                Json.Position first = Json.Position.unpack(keyAt);
                duplicateKeys.accept(new Problem(Problem.Severity.ERROR, file, first.line(), first.column(), "",
                        Message.of("json.duplicateKey", Excerpt.of(key)), Message.of("json.hint.duplicateKey")));
            } else {
                members.put(key, new Json.Member(key, keyAt, value));
            }
        }
        return new Json.Obj(at, members);
    }

    /**
     * One instance of each short text: ids, kinds and relation types recur thousands of times in a
     * large taxonomy and would otherwise each be a separate string.
     */
    private String shared(String text) {
        if (text.length() > SHARED_MAX_LENGTH) {
            return text;
        }
        String known = sharedTexts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /** {@link #position}, packed: one per value of the file, so without a position object in between. */
    private static long packed(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return 0;
        }
        return Json.Position.pack(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static Json.Position position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Json.Position.NONE;
        }
        return new Json.Position(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /**
     * Where the token that broke a limit starts. Jackson throws before it records where a number or
     * key starts, but it says how long the token was when it gave up, and a number or key lies on one line.
     */
    private static Json.Position limitPosition(StreamConstraintsException e, JsonParser p) {
        String m = String.valueOf(e.getMessage());
        Matcher length = TOKEN_LENGTH.matcher(m);
        if (m.startsWith("Document length")) {
            return position(p.currentLocation()); // the whole file is too long: say where reading stopped
        }
        boolean text = p.currentToken() == JsonToken.VALUE_STRING;
        if (text || !length.find()) {
            return position(p.currentTokenLocation());
        }
        Json.Position end = position(p.currentLocation());
        long chars = Long.parseLong(length.group(1));
        if (m.startsWith("Name length")) {
            chars += 2; // the key's quotes
        } else if (m.startsWith("String value length")) {
            chars += 1; // a number's digits overflowing the text buffer: the next one was already read
        }
        return new Json.Position(end.line(), (int) Math.max(1, end.column() - chars));
    }

    private static Message limitMessage(StreamConstraintsException e, JsonParser p) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("String value length") && p.currentToken() != JsonToken.VALUE_STRING) {
            // Jackson gathers a number's digits in its text buffer, so an endless number breaks the text limit.
            return LONG_NUMBER;
        }
        if (m.contains("nesting depth")) {
            return Message.of("json.tooDeep", JsonLimits.MAX_DEPTH);
        }
        if (m.contains("String value length")) {
            return Message.of("json.textTooLong", JsonLimits.MAX_STRING_CHARS);
        }
        if (m.contains("Document length")) {
            return Message.of("json.fileTooLarge", JsonLimits.MAX_FILE_BYTES / (1024 * 1024));
        }
        if (m.contains("Number value length")) {
            return LONG_NUMBER;
        }
        if (m.contains("Name length")) {
            return Message.of("json.longKey");
        }
        return Message.of("json.sizeLimit");
    }
}
