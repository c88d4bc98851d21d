package org.psoexplorer.edit;

import java.util.Objects;
import org.psoexplorer.model.Taxonomy;

/**
 * Equality of what two taxonomies say. {@link Taxonomy} keeps identity equality on purpose: the
 * window tells a reloaded file from the one it shows by identity.
 */
public final class TaxonomyContent {

    private TaxonomyContent() {
    }

    /** Whether {@code a} and {@code b} hold the same entries in the same order. */
    public static boolean equal(Taxonomy a, Taxonomy b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.defaultLanguage(), b.defaultLanguage())
                && Objects.equals(a.description(), b.description()) && a.sources().equals(b.sources())
                && a.kinds().equals(b.kinds()) && a.relationTypes().equals(b.relationTypes())
                && a.concepts().equals(b.concepts()) && a.relations().equals(b.relations())
                && a.tours().equals(b.tours()) && a.views().equals(b.views());
    }
}
