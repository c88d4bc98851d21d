package org.psoexplorer.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.psoexplorer.model.LocalizedText;

/**
 * Typed access to one JSON object of the file, reporting every mismatch with the entry's path.
 * A missing or ill-typed field yields {@code null} (or an empty value) so reading goes on and
 * the user sees all mistakes at once.
 */
final class Fields {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** The key of "Missing "definition" (a text)": its first argument is the key the entry lacks. */
    static final String MISSING = "field.missing";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final Json.Obj obj;
    private final String path;
    private final Reporter reporter;
    private final String defaultLanguage;

    Fields(Json.Obj obj, String path, Reporter reporter, String defaultLanguage) {
        this.obj = obj;
        this.path = path;
        this.reporter = reporter;
        this.defaultLanguage = defaultLanguage;
    }

    static boolean isLanguageTag(String s) {
        return LANGUAGE_TAG.matcher(s).matches();
    }

    Json.Obj node() {
        return obj;
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Refuses keys not in {@code allowed}; keys starting with "x-" pass where extensions are allowed. */
    void allowOnly(boolean extensions, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Json.Member m : obj.members().values()) {
            if (known.contains(m.key()) || (extensions && m.key().startsWith("x-"))) {
                continue;
            }
            Message hint = Suggestions.closest(m.key(), known).map(Suggestions::didYouMean)
                    .orElse(Message.of(extensions ? "key.hint.knownOrOwn" : "key.hint.known",
                            String.join(", ", Arrays.stream(allowed).sorted().toList())));
            reporter.error(m.keyAt(), child(m.key()), Message.of("key.unknown", Excerpt.of(m.key())), hint);
        }
    }

    Json get(String key) {
        Json.Member m = obj.members().get(key);
        return m == null ? null : m.value();
    }

    boolean has(String key) {
        return obj.members().containsKey(key);
    }

    Json.Position at(String key) {
        Json v = get(key);
        return v == null ? obj.at() : v.at();
    }

    /** Reports that {@code key} is missing; {@code what} is what it holds, e.g. {@code Message.of("expect.text")}. */
    void missing(String key, Message what) {
        reporter.error(obj.at(), path, Message.of(MISSING, key, what), null);
    }

    /** Reports that {@code key} holds {@code actual}; {@code expected} is e.g. {@code Message.of("type.list")}. */
    void wrongType(String key, Message expected, Json actual) {
        reporter.error(actual.at(), child(key), Message.of("field.wrongType", key, expected, actual.describe()), null);
    }

    String string(String key, boolean required) {
        Json v = get(key);
        if (v == null) {
            if (required) {
                missing(key, Message.of("expect.text"));
            }
            return null;
        }
        if (v instanceof Json.Str s) {
            if (required && s.value().isBlank()) {
                reporter.error(v.at(), child(key), Message.of("field.empty", key), null);
            }
            return s.value();
        }
        wrongType(key, Message.of("type.text"), v);
        return null;
    }

    String id(String key, Entry what) {
        String id = string(key, true);
        if (id != null && !id.isBlank() && !ID.matcher(id).matches()) {
            String suggestion = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            reporter.error(at(key), child(key), Message.of("id.notAllowed", what.noun(), Excerpt.of(id)),
                    suggestion.isEmpty() ? Message.of("id.hint.form")
                            : Message.of("id.hint.formWithExample", Excerpt.of(suggestion)));
        }
        return id;
    }

    Integer integer(String key, boolean required, int min, int max) {
        Json v = get(key);
        if (v == null) {
            if (required) {
                missing(key, Message.of("expect.wholeNumber"));
            }
            return null;
        }
        if (v instanceof Json.Num n && n.integral()) {
            java.math.BigInteger value = new java.math.BigInteger(n.value().toString());
            if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0 || value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                reporter.error(v.at(), child(key), Message.of("field.outOfRange", key, value.toString(),
                        String.valueOf(min), String.valueOf(max)), null);
                return null;
            }
            return value.intValue();
        }
        wrongType(key, Message.of("type.wholeNumber"), v);
        return null;
    }

    Boolean bool(String key, boolean required) {
        Json v = get(key);
        if (v == null) {
            if (required) {
                missing(key, Message.of("expect.boolean"));
            }
            return null;
        }
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        wrongType(key, Message.of("type.boolean"), v);
        return null;
    }

    /** A text: a plain string in the default language, or an object of language tags to strings. */
    LocalizedText text(String key, boolean required) {
        Json v = get(key);
        if (v == null) {
            if (required) {
                missing(key, Message.of("expect.localizedText"));
            }
            return LocalizedText.EMPTY;
        }
        LocalizedText text = textValue(v, child(key), key);
        if (required && allBlank(text) && (v instanceof Json.Str || v instanceof Json.Obj)) {
            reporter.error(v.at(), child(key), Message.of("field.empty", key), Message.of("text.hint.empty"));
        }
        return text;
    }

    /** Whether every language's text is blank (true for none): a loop, as it runs for every concept's texts. */
    private static boolean allBlank(LocalizedText text) {
        for (String s : text.values().values()) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** An optional language tag such as "en" or "pt-BR". */
    String languageTag(String key) {
        String tag = string(key, false);
        if (tag != null && !LANGUAGE_TAG.matcher(tag).matches()) {
            reporter.error(at(key), child(key), Message.of("language.notATag", Excerpt.of(tag)), Message.of("language.hint"));
            return null;
        }
        return tag;
    }

    LocalizedText textValue(Json v, String valuePath, String name) {
        if (v instanceof Json.Str s) {
            return LocalizedText.of(defaultLanguage, s.value());
        }
        if (v instanceof Json.Obj o) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Json.Member m : o.members().values()) {
                String tagPath = valuePath + "." + m.key();
                if (!LANGUAGE_TAG.matcher(m.key()).matches()) {
                    reporter.error(m.keyAt(), tagPath, Message.of("language.notATag", Excerpt.of(m.key())),
                            Message.of("language.hint"));
                } else if (m.value() instanceof Json.Str s) {
                    values.put(m.key(), s.value());
                } else {
                    reporter.error(m.value().at(), tagPath, Message.of("text.languageNotText", Excerpt.of(m.key()),
                            m.value().describe()), null);
                }
            }
            return new LocalizedText(values);
        }
        reporter.error(v.at(), valuePath, Message.of("text.wrongType", name, v.describe()), null);
        return LocalizedText.EMPTY;
    }

    /** A list of values read by {@code item}, which gets each element and its path; bad elements are skipped. */
    <T> List<T> list(String key, BiFunction<Json, String, T> item) {
        Json v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof Json.Arr arr)) {
            wrongType(key, Message.of("type.list"), v);
            return List.of();
        }
        List<T> out = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            T t = item.apply(arr.items().get(i), child(key) + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** An element of a list that must be an object; reports and returns null otherwise. */
    Fields objectAt(Json v, String itemPath, Entry what) {
        if (v instanceof Json.Obj o) {
            return new Fields(o, itemPath, reporter, defaultLanguage);
        }
        reporter.error(v.at(), itemPath, Message.of("item.notAnObject", what.noun(), v.describe()), null);
        return null;
    }

    List<String> strings(String key) {
        return list(key, (v, p) -> {
            if (v instanceof Json.Str s) {
                return s.value();
            }
            reporter.error(v.at(), p, Message.of("item.notAnId", v.describe()), null);
            return null;
        });
    }

    Fields object(String key) {
        Json v = get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Obj o) {
            return new Fields(o, child(key), reporter, defaultLanguage);
        }
        wrongType(key, Message.of("type.object"), v);
        return null;
    }
}
