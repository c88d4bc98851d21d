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

/**
 * Reads JSON into a {@link Json} tree that keeps line and column of every value and key.
 * Text is decoded strictly as UTF-8 (a byte-order mark is skipped) so columns count characters,
 * not bytes, and invalid bytes are reported rather than silently replaced.
 */
final class LocatedJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints())
            .build();

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
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonSyntaxException("The file is empty", new Json.Position(1, 1),
                        "A taxonomy file is one JSON object: start from the example in taxonomy/README.md");
            }
            Json root = readValue(first);
            expectEnd(p);
            return root;
        } catch (StreamConstraintsException e) {
            throw new JsonSyntaxException(limitMessage(e), position(parser.currentLocation()),
                    "A taxonomy file is never this large or deeply nested: is this the right file?");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new JsonSyntaxException(SyntaxMessages.explain(e.getOriginalMessage()), position(loc),
                    SyntaxMessages.hint(e.getOriginalMessage()));
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            throw new JsonSyntaxException("The file is not valid UTF-8 text here", new Json.Position(e.line, e.column),
                    "Save the file with the UTF-8 encoding (most editors offer it in 'Save as')");
        }
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
            throw new JsonSyntaxException("Unexpected text after the end of the main object", at,
                    "Remove it, or check that the main object's closing } is not too early");
        }
    }

    private Json readValue(JsonToken token) throws IOException {
        long at = position(parser.currentTokenLocation()).packed();
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
                return new Json.Num(at, parser.getNumberValue(), true);
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(at, parser.getNumberValue(), false);
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

    private Json readObject(long at) throws IOException {
        Map<String, Json.Member> members = new LinkedHashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = shared(parser.currentName());
            Json.Position keyAt = position(parser.currentTokenLocation());
            Json value = readValue(parser.nextToken());
            if (members.containsKey(key)) {
                duplicateKeys.accept(new Problem(Problem.Severity.ERROR, file, keyAt.line(), keyAt.column(), "",
                        "The key \"" + key + "\" appears twice in the same object",
                        "Keep one: only the first is used"));
            } else {
                members.put(key, new Json.Member(key, keyAt.packed(), value));
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

    private static Json.Position position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Json.Position.NONE;
        }
        return new Json.Position(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "The file nests objects or lists more than " + JsonLimits.MAX_DEPTH + " levels deep";
        }
        if (m.contains("String value length")) {
            return "A text in the file is longer than " + JsonLimits.MAX_STRING_CHARS + " characters";
        }
        if (m.contains("Document length")) {
            return "The file is larger than " + JsonLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB";
        }
        if (m.contains("Number value length")) {
            return "A number in the file is implausibly long";
        }
        if (m.contains("Name length")) {
            return "A key in the file is implausibly long";
        }
        return "The file exceeds a size limit";
    }
}
