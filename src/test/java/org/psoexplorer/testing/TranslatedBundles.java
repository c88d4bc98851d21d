package org.psoexplorer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle and its translation read as plain properties, for the tests that hold them to each other:
 * {@link java.util.ResourceBundle} would fall back to the English parent and hide a missing key.
 */
public final class TranslatedBundles {

    private TranslatedBundles() {
    }

    /** The properties of a resource on the class path, read as UTF-8. */
    public static Properties load(String resource) {
        try (InputStream in = TranslatedBundles.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys, sorted. */
    public static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Every English key has a translation and no translation lacks its English; at least {@code atLeast} keys. */
    public static void assertSameKeys(Properties english, Properties translated, String translatedName, int atLeast) {
        Set<String> missing = new TreeSet<>(keys(english));
        missing.removeAll(keys(translated));
        Set<String> extra = new TreeSet<>(keys(translated));
        extra.removeAll(keys(english));

        assertThat(missing).as("keys missing from %s", translatedName).isEmpty();
        assertThat(extra).as("keys of %s that English lacks", translatedName).isEmpty();
        assertThat(keys(english)).hasSizeGreaterThan(atLeast);
    }
}
