package org.psoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.psoexplorer.testing.TranslatedBundles;
import org.psoexplorer.layout.LayoutKind;

/**
 * The French bundle is complete, really French, and every message of both bundles formats. The
 * bundles are read as plain properties, not through {@link java.util.ResourceBundle}, whose
 * fallback to the English parent would hide a missing French key.
 */
class FrenchBundleTest {

    private static final String DIR = "/org/psoexplorer/ui/";

    /**
     * Keys whose French text may be the same as the English, and why. Keep this short: anything
     * else identical is most likely an untranslated string.
     */
    private static final Map<String, String> SAME_IN_BOTH = Map.of(
            "details.relations", "\"Relations\" is French too",
            "status.counts", "\"concepts\" and \"relations\" are French words too",
            "export.formatLabel", "\"Format\" is French too",
            "export.sources", "\"Sources\" is French too",
            "export.format.graphml", "a format's own name",
            "export.format.dot", "a format's own name",
            "export.page.a4-portrait", "\"A4 portrait\" is French too",
            "export.page.letter-portrait", "a paper size's own name",
            "dialog.ok", "\"OK\" is what French dialogs say too",
            "keys.presentationMenus.keys", "a key's own name (F10)");

    private static final Properties EN = TranslatedBundles.load(DIR + "messages.properties");
    private static final Properties FR = TranslatedBundles.load(DIR + "messages_fr.properties");


    @Test
    void everyEnglishKeyHasAFrenchTranslationAndViceVersa() {
        TranslatedBundles.assertSameKeys(EN, FR, "messages_fr.properties", 50);
    }

    @Test
    void noMessageIsEmpty() {
        for (Properties p : List.of(EN, FR)) {
            for (String key : TranslatedBundles.keys(p)) {
                assertThat(p.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void frenchTextsAreTranslatedSaveAFewInternationalWords() {
        List<String> untranslated = new ArrayList<>();
        for (String key : TranslatedBundles.keys(EN)) {
            String en = EN.getProperty(key);
            String fr = FR.getProperty(key);
            boolean hasWords = en.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
            if (en.equals(fr) && hasWords && !SAME_IN_BOTH.containsKey(key)) {
                untranslated.add(key + "=" + fr);
            }
        }
        assertThat(untranslated).as("French identical to English").isEmpty();
        // The allow-list must not outlive the reason for it.
        for (String key : SAME_IN_BOTH.keySet()) {
            assertThat(FR.getProperty(key)).as("allow-listed key %s", key).isEqualTo(EN.getProperty(key));
        }
    }

    @Test
    void frenchWritesEveryApostropheTypographically() {
        // French typography wants ’; a straight one beside it ("Langue de l'interface" next to
        // "d’autres") looks like a typo, and in a MessageFormat pattern it is an escape besides.
        for (String key : TranslatedBundles.keys(FR)) {
            assertThat(FR.getProperty(key)).as("straight apostrophe in %s", key).doesNotContain("'");
        }
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() {
        // A single ' starts a quoted section in MessageFormat: the text after it would lose its placeholders.
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Properties p : List.of(EN, FR)) {
            for (String key : TranslatedBundles.keys(p)) {
                assertThat(lone.matcher(p.getProperty(key)).find()).as("lone apostrophe in %s: %s", key,
                        p.getProperty(key)).isFalse();
            }
        }
    }

    @Test
    void everyPatternFormatsWithPlausibleArguments() {
        for (String key : TranslatedBundles.keys(EN)) {
            for (Object count : new Object[] {0, 1, 2, 12, 1500}) {
                assertFormats(key, EN.getProperty(key), Locale.ROOT, count);
                assertFormats(key, FR.getProperty(key), Locale.FRENCH, count);
            }
        }
    }

    private static void assertFormats(String key, String pattern, Locale locale, Object count) {
        assertThatCode(() -> {
            MessageFormat f = new MessageFormat(pattern, locale);
            Object[] args = arguments(f, count);
            String out = f.format(args);
            assertThat(out).as("%s (%s) with %s", key, locale, count).doesNotContain("{", "}").isNotBlank();
            if (count.equals(1500) && usesNumbers(f)) {
                assertThat(out).as("%s (%s) shows the number", key, locale).containsPattern("1.500");
            }
        }).as("%s (%s): %s", key, locale, pattern).doesNotThrowAnyException();
    }

    /** Numbers where the pattern asks for numbers, a word where it takes text. */
    private static Object[] arguments(MessageFormat f, Object count) {
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            Format format = formats[i];
            if (format instanceof NumberFormat || format instanceof ChoiceFormat) {
                args[i] = count;
            } else if (format instanceof DateFormat) {
                args[i] = new Date(0);
            } else {
                args[i] = "Peacekeeping";
            }
        }
        return args;
    }

    private static boolean usesNumbers(MessageFormat f) {
        return Stream.of(f.getFormatsByArgumentIndex())
                .anyMatch(x -> x instanceof NumberFormat && !(x instanceof ChoiceFormat));
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        for (String key : TranslatedBundles.keys(EN)) {
            if (!FR.containsKey(key)) {
                continue;
            }
            Format[] en = new MessageFormat(EN.getProperty(key), Locale.ROOT).getFormatsByArgumentIndex();
            Format[] fr = new MessageFormat(FR.getProperty(key), Locale.FRENCH).getFormatsByArgumentIndex();
            assertThat(fr.length).as("arguments of %s", key).isEqualTo(en.length);
            for (int i = 0; i < en.length; i++) {
                assertThat(kind(fr[i])).as("argument %s of %s", i, key).isEqualTo(kind(en[i]));
            }
        }
    }

    private static String kind(Format f) {
        return f == null ? "text" : f instanceof ChoiceFormat || f instanceof NumberFormat ? "number" : "other";
    }

    @Test
    void everyKeyTheUserInterfaceAsksForExists() throws IOException {
        Set<String> prefixes = TranslatedBundles.keys(EN).stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[A-Za-z][A-Za-z.]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/psoexplorer/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // Keys made up at run time: the literal is a prefix, the rest an enum's id.
        used.removeIf(k -> k.endsWith("."));
        for (LayoutKind k : LayoutKind.values()) {
            used.add("layout." + k.id());
        }
        for (org.psoexplorer.export.ExportFormat f : org.psoexplorer.export.ExportFormat.values()) {
            used.add("export.format." + f.id());
        }
        for (org.psoexplorer.export.ExportOptions.PageSize p : org.psoexplorer.export.ExportOptions.PageSize.values()) {
            used.add("export.page." + p.id());
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(TranslatedBundles.keys(EN)).containsAll(used);
    }

    @Test
    void theChosenLanguageWinsOverTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        Locale before = I18n.locale();
        try {
            Locale.setDefault(Locale.FRENCH);
            I18n.setLocale(Locale.ENGLISH);
            assertThat(I18n.get("toolbar.open")).isEqualTo("Open");

            Locale.setDefault(Locale.ENGLISH);
            I18n.setLocale(Locale.FRENCH);
            assertThat(I18n.get("toolbar.open")).isEqualTo("Ouvrir");
            assertThat(I18n.get("problems.title", 2, "t.json")).isEqualTo("2 problèmes dans t.json");
            assertThat(I18n.get("problems.title", 1, "t.json")).isEqualTo("1 problème dans t.json");
            assertThat(I18n.get("filters.source")).isEqualTo("Point de vue d’une source");

            // A language without a bundle gets English, not whatever the machine speaks.
            Locale.setDefault(Locale.FRENCH);
            I18n.setLocale(Locale.GERMAN);
            assertThat(I18n.get("toolbar.open")).isEqualTo("Open");
        } finally {
            Locale.setDefault(machine);
            I18n.setLocale(before.getLanguage().isEmpty() ? Locale.ENGLISH : before);
        }
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailing() {
        assertThat(I18n.get("no.such.key")).isEqualTo("no.such.key");
    }
}
