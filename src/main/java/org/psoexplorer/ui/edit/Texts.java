package org.psoexplorer.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Taxonomy;
import org.psoexplorer.ui.I18n;

/** Reading and writing texts per language as forms edit them, one language's field at a time. */
final class Texts {

    private Texts() {
    }

    /** The languages a form offers: the taxonomy's default, English and French, then any other it uses. */
    static List<String> languages(Taxonomy t) {
        Set<String> langs = new LinkedHashSet<>();
        if (t != null) {
            langs.add(t.defaultLanguage());
        }
        langs.add("en");
        langs.add("fr");
        if (t != null) {
            langs.addAll(t.languages());
        }
        return List.copyOf(langs);
    }

    /** "English", "Français": the language's own name, as language pickers write it. */
    static String languageName(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayLanguage(l);
        if (name.isEmpty()) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The text in exactly this language, or "" (no fallback: a form shows what the file says). */
    static String in(LocalizedText text, String lang) {
        return text == null ? "" : text.values().getOrDefault(lang, "");
    }

    /** The text with this language's value replaced, removed when blank; other languages keep their order. */
    static LocalizedText with(LocalizedText text, String lang, String value) {
        Map<String, String> values = new LinkedHashMap<>(text == null ? Map.of() : text.values());
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            values.remove(lang);
        } else {
            values.put(lang, v);
        }
        return new LocalizedText(values);
    }

    /** The alternative labels in one language, one a line. */
    static String altLines(List<LocalizedText> alts, String lang) {
        List<String> lines = new ArrayList<>();
        for (LocalizedText a : alts) {
            String v = a.values().get(lang);
            if (v != null) {
                lines.add(v);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Alternative labels with one language's lines replaced: the n-th line goes to the n-th entry that
     * has that language, so entries that pair translations ({"en": "PKO", "fr": "OMP"}) stay paired.
     */
    static List<LocalizedText> withAltLines(List<LocalizedText> alts, String lang, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        List<LocalizedText> out = new ArrayList<>();
        int next = 0;
        for (LocalizedText a : alts) {
            if (!a.values().containsKey(lang)) {
                out.add(a);
                continue;
            }
            LocalizedText changed = with(a, lang, next < lines.size() ? lines.get(next) : "");
            next++;
            if (!changed.isEmpty()) {
                out.add(changed);
            }
        }
        for (; next < lines.size(); next++) {
            out.add(LocalizedText.of(lang, lines.get(next)));
        }
        return out;
    }

    /** A label in the interface's words for a kind or a relation type: its label, else its id. */
    static String label(Taxonomy t, LocalizedText text, String id, String lang) {
        String s = t == null || text == null ? "" : t.text(text, lang);
        return s.isBlank() ? id : s;
    }

    static String ui(String key, Object... args) {
        return I18n.get(key, args);
    }
}
