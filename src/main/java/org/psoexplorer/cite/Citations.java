package org.psoexplorer.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.text.Collator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoexplorer.model.Source;

/**
 * Formats sources in a {@link CitationStyle} and language through citeproc-java. Plain text out:
 * callers escape it for HTML, PDF or the clipboard themselves, so a hostile title stays text.
 * Not thread-safe (neither is the CSL processor); make one per job.
 */
public final class Citations {

    private final CitationStyle style;
    private final String locale;
    private final BibliographyCache cache;

    /** Citations that reuse bibliographies formatted before, in the user's {@link BibliographyCache#standard() cache}. */
    public Citations(CitationStyle style, String language) {
        this(style, language, BibliographyCache.standard());
    }

    public Citations(CitationStyle style, String language, BibliographyCache cache) {
        this.style = style;
        this.locale = locale(style.language().orElse(language));
        this.cache = cache;
    }

    public CitationStyle style() {
        return style;
    }

    /** The CSL locale used: {@code en-US}, {@code fr-FR}... */
    public String locale() {
        return locale;
    }

    /**
     * The bibliography entries of these sources, keyed by source id, in the style's order
     * (alphabetical for every style offered). Duplicate ids count once.
     */
    public Map<String, String> bibliography(List<Source> sources) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.putIfAbsent(s.id(), s));
        if (byId.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<Source> distinct = List.copyOf(byId.values());
        Optional<Map<String, String>> kept = cache.find(style.cslName(), locale, distinct);
        if (kept.isPresent()) {
            return kept.get();
        }
        Map<String, String> out = format(distinct, byId.keySet());
        cache.keep(style.cslName(), locale, distinct, out);
        return out;
    }

    private Map<String, String> format(List<Source> distinct, Set<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        CSLItemData[] items = CslItems.items(distinct);
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), style.cslName(), locale);
            csl.setOutputFormat("text");
            csl.registerCitationItems(ids);
            // citeproc-java 3.1 leaves the entry ids of a bibliography empty: each entry is made on its own
            // (disambiguation still sees every registered item), then sorted as the styles sort, by text.
            List<Map.Entry<String, String>> entries = new ArrayList<>();
            for (Source s : distinct) {
                Bibliography one = csl.makeBibliography(item -> item.getId().equals(s.id()));
                if (one.getEntries().length > 0) {
                    entries.add(Map.entry(s.id(), withSymbol(s, clean(one.getEntries()[0]))));
                }
            }
            Collator collator = Collator.getInstance(Locale.forLanguageTag(locale));
            collator.setStrength(Collator.SECONDARY);
            entries.sort((a, b) -> collator.compare(a.getValue(), b.getValue()));
            entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException("The citation style " + style.cslName() + " could not be read", e);
        }
        return out;
    }

    /**
     * The in-text citation of each source in the style ("(Boutros-Ghali 1992)" in Chicago,
     * "(Boutros-Ghali)" in MLA), keyed by source id; {@code locator} ("para. 20") is added inside.
     */
    public String inText(Source source, String locator) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(CslItems.item(source)), style.cslName(), locale);
            csl.setOutputFormat("text");
            List<de.undercouch.citeproc.output.Citation> made = csl.makeCitation(source.id());
            String text = made.isEmpty() ? "(" + source.shortCitation() + ")" : clean(made.get(0).getText());
            if (locator == null || locator.isBlank()) {
                return text;
            }
            return text.endsWith(")") ? text.substring(0, text.length() - 1) + ", " + locator.strip() + ")"
                    : text + ", " + locator.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The citation style " + style.cslName() + " could not be read", e);
        }
    }

    /** One source's bibliography entry, as "Copy citation" gives it. */
    public String entry(Source source) {
        return bibliography(List.of(source)).values().iterator().next();
    }

    /** Whitespace folded to single spaces: styles end entries with a newline and may double spaces. */
    private static String clean(String entry) {
        return entry.replaceAll("\\s+", " ").strip();
    }

    /**
     * UN documents (press releases included) are found by their symbol, so it is printed even by
     * a style that leaves the number out for reports (MLA does) or for other kinds of item.
     */
    private static String withSymbol(Source s, String entry) {
        if (s == null || s.symbol() == null || s.symbol().isBlank() || entry.contains(s.symbol())) {
            return entry;
        }
        String body = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
        return body + ". " + s.symbol() + ".";
    }

    /** A CSL locale for a language tag: region added where CSL has one per region. */
    static String locale(String language) {
        if (language == null || language.isBlank()) {
            return "en-US";
        }
        String primary = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (language.contains("-") || language.contains("_")) {
            return language.replace('_', '-');
        }
        return switch (primary) {
            case "en" -> "en-US";
            case "fr" -> "fr-FR";
            case "es" -> "es-ES";
            case "de" -> "de-DE";
            case "pt" -> "pt-PT";
            case "ar" -> "ar";
            default -> primary;
        };
    }
}
