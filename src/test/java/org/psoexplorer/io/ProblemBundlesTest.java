package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.psoexplorer.testing.TranslatedBundles;

/**
 * The core's words for problems, in English and French: the same keys, the same arguments, every
 * pattern well-formed for MessageFormat. The bundles are read as plain properties, not through
 * {@link java.util.ResourceBundle}, whose fallback to the English parent would hide a missing key.
 */
class ProblemBundlesTest {

    private static final String DIR = "/org/psoexplorer/io/";
    private static final Properties EN = TranslatedBundles.load(DIR + "problems.properties");
    private static final Properties FR = TranslatedBundles.load(DIR + "problems_fr.properties");


    /**
     * Keys whose French is the English, and why. Anything else identical is most likely untranslated.
     */
    private static final Map<String, String> SAME_IN_BOTH = Map.of(
            "problem.withHint", "punctuation only",
            "value.literal", "a JSON literal: true, false or null",
            "entry.CONCEPT", "\"concept\" is French too",
            "entry.SOURCE", "\"source\" is French too",
            "entry.RELATION", "\"relation\" is French too",
            "entry.POSITION", "\"position\" is French too");


    @Test
    void everyEnglishKeyHasAFrenchTranslationAndViceVersa() {
        TranslatedBundles.assertSameKeys(EN, FR, "problems_fr.properties", 100);
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        for (String key : TranslatedBundles.keys(EN)) {
            assertThat(arguments(FR.getProperty(key), Locale.FRENCH)).as("arguments of %s in French", key)
                    .isEqualTo(arguments(EN.getProperty(key), Locale.ROOT));
        }
    }

    @Test
    void everyPatternParsesAndFormats() {
        for (String key : TranslatedBundles.keys(EN)) {
            for (Map.Entry<Properties, Locale> language : Map.of(EN, Locale.ROOT, FR, Locale.FRENCH).entrySet()) {
                String pattern = language.getKey().getProperty(key, "");
                assertThat(pattern).as("%s (%s)", key, language.getValue()).isNotBlank();
                assertThatCode(() -> arguments(pattern, language.getValue()))
                        .as("%s (%s): %s", key, language.getValue(), pattern).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void apostrophesAreDoubledOrQuoteABrace() {
        for (Properties p : new Properties[] {EN, FR}) {
            for (String key : TranslatedBundles.keys(p)) {
                assertThat(loneApostrophe(p.getProperty(key))).as("lone apostrophe in %s: %s", key, p.getProperty(key))
                        .isFalse();
            }
        }
    }

    @Test
    void frenchWritesEveryApostropheTypographically() {
        // As the interface's bundle does: ’ is right in French, and no escape at all.
        for (String key : TranslatedBundles.keys(FR)) {
            assertThat(FR.getProperty(key).replace("'{'", "")).as("straight apostrophe in %s", key).doesNotContain("'");
        }
    }

    @Test
    void theseChecksCatchAnApostropheThatSwallowsAnArgument() {
        // The mistake the checks are for: "l'{0}" quotes the placeholder, which is then printed as is.
        String broken = "L'identifiant {0} est déjà utilisé";
        assertThat(new MessageFormat(broken, Locale.FRENCH).format(new Object[] {"a"})).doesNotContain("a est");
        assertThat(arguments(broken, Locale.FRENCH)).isEmpty();
        assertThat(loneApostrophe(broken)).isTrue();
        String right = "L’identifiant {0} est déjà utilisé";
        assertThat(arguments(right, Locale.FRENCH)).containsExactly(0);
        assertThat(loneApostrophe(right)).isFalse();
        assertThat(loneApostrophe("the file''s '{' }")).isFalse();
        assertThat(loneApostrophe("the file's '{' }")).isTrue();
    }

    @Test
    void frenchTextsAreTranslatedSaveAFewWordsBothLanguagesShare() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : TranslatedBundles.keys(EN)) {
            if (EN.getProperty(key).equals(FR.getProperty(key)) && !SAME_IN_BOTH.containsKey(key)) {
                untranslated.add(key + "=" + FR.getProperty(key));
            }
        }
        assertThat(untranslated).as("French identical to English").isEmpty();
        for (String key : SAME_IN_BOTH.keySet()) {
            assertThat(FR.getProperty(key)).as("allow-listed key %s", key).isEqualTo(EN.getProperty(key));
        }
    }

    /** A ' that is neither doubled ('') nor quotes a brace ('{'): MessageFormat would quote what follows. */
    static boolean loneApostrophe(String pattern) {
        return pattern.replace("''", "").replace("'{'", "").contains("'");
    }

    @Test
    void everyKeyTheCoreAsksForExists() throws IOException {
        Pattern asked = Pattern.compile("Message\\.of\\(\\s*\"([A-Za-z0-9.]+)\"");
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> used = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/psoexplorer"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = asked.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher l = literal.matcher(source);
                while (l.find()) {
                    literals.add(l.group(1));
                }
            }
        }
        // Keys made up at run time: the literal is a prefix, the rest an enum's name.
        used.removeIf(k -> k.endsWith("."));
        used.add(SyntaxMessages.NOT_JSON);
        for (Entry e : Entry.values()) {
            used.add("entry." + e.name());
            if (e.referredTo()) {
                used.add("unknown." + e.name());
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(TranslatedBundles.keys(EN)).containsAll(used);
        // And nothing is left in the bundles that the code no longer names.
        literals.addAll(used);
        assertThat(literals).containsAll(TranslatedBundles.keys(EN));
    }

    /**
     * The argument indexes a pattern really uses: one quoted away by a stray apostrophe is not
     * among them. Each argument is given as a marker (a number where the pattern formats a number)
     * and looked for in the result.
     */
    static Set<Integer> arguments(String pattern, Locale locale) {
        MessageFormat f = new MessageFormat(pattern, locale);
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < args.length; i++) {
            boolean number = formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat;
            args[i] = number ? (Object) 7L : "\u27E6" + i + "\u27E7";
        }
        String out = f.format(args);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < args.length; i++) {
            if (formats[i] != null || out.contains("\u27E6" + i + "\u27E7")) {
                used.add(i);
            }
        }
        return used;
    }
}
